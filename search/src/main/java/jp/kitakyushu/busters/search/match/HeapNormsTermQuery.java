package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOSupplier;

/**
 * A term query whose scorers read the field's norms from {@link HeapNorms}: the same
 * postings, similarity, statistics and norm values as {@link TermQuery}'s scorers, so the
 * same scores and score bounds. Queries that do not score (filters, counts) and
 * explanations are the term query's own.
 */
final class HeapNormsTermQuery extends TermQuery {

	/**
	 * A term query with its lookups done.
	 * @param term the term
	 * @param states its lookups in the searcher's reader
	 */
	HeapNormsTermQuery(Term term, TermStates states) {
		super(term, states);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		TermStates states = getTermStates();
		if (!scoreMode.needsScores() || !states.wasBuiltFor(searcher.getTopReaderContext()) || states.docFreq() <= 0) {
			return super.createWeight(searcher, scoreMode, boost);
		}
		return new HeapNormsWeight(searcher, scoreMode, boost, states);
	}

	/** The weight of a scoring term query, as Lucene's term weight builds it. */
	private final class HeapNormsWeight extends Weight {

		private final IndexSearcher searcher;

		private final ScoreMode scoreMode;

		private final float boost;

		private final TermStates states;

		private final Similarity.SimScorer simScorer;

		private Weight plain;

		HeapNormsWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost, TermStates states)
				throws IOException {
			super(HeapNormsTermQuery.this);
			this.searcher = searcher;
			this.scoreMode = scoreMode;
			this.boost = boost;
			this.states = states;
			Term term = getTerm();
			CollectionStatistics collection = searcher.collectionStatistics(term.field());
			this.simScorer = searcher.getSimilarity()
				.scorer(boost, collection, searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
		}

		/** The term query's own weight, for what this one does not do itself. */
		private Weight plain() throws IOException {
			if (this.plain == null) {
				this.plain = HeapNormsTermQuery.super.createWeight(this.searcher, this.scoreMode, this.boost);
			}
			return this.plain;
		}

		@Override
		public Matches matches(LeafReaderContext context, int doc) throws IOException {
			return plain().matches(context, doc);
		}

		@Override
		public Explanation explain(LeafReaderContext context, int doc) throws IOException {
			return plain().explain(context, doc);
		}

		@Override
		public int count(LeafReaderContext context) throws IOException {
			return plain().count(context);
		}

		@Override
		public boolean isCacheable(LeafReaderContext context) {
			return true;
		}

		@Override
		public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
			IOSupplier<TermState> stateSupplier = this.states.get(context);
			if (stateSupplier == null) {
				return null;
			}
			Term term = getTerm();
			return new ScorerSupplier() {

				private TermsEnum termsEnum;

				private boolean topLevelScoringClause;

				private TermsEnum termsEnum() throws IOException {
					if (this.termsEnum == null) {
						TermState state = stateSupplier.get();
						if (state == null) {
							return null;
						}
						this.termsEnum = context.reader().terms(term.field()).iterator();
						this.termsEnum.seekExact(term.bytes(), state);
					}
					return this.termsEnum;
				}

				@Override
				public Scorer get(long leadCost) throws IOException {
					TermsEnum terms = termsEnum();
					if (terms == null) {
						return new ConstantScoreScorer(0f, HeapNormsWeight.this.scoreMode, DocIdSetIterator.empty());
					}
					NumericDocValues norms = HeapNorms.of(context.reader(), term.field());
					if (HeapNormsWeight.this.scoreMode == ScoreMode.TOP_SCORES) {
						return new TermScorer(terms.impacts(PostingsEnum.FREQS), HeapNormsWeight.this.simScorer, norms,
								this.topLevelScoringClause);
					}
					return new TermScorer(terms.postings(null, PostingsEnum.FREQS), HeapNormsWeight.this.simScorer,
							norms);
				}

				@Override
				public long cost() {
					try {
						TermsEnum terms = termsEnum();
						return (terms != null) ? terms.docFreq() : 0;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void setTopLevelScoringClause() {
					this.topLevelScoringClause = true;
				}

			};
		}

	}

}
