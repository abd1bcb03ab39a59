package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOFunction;
import org.jspecify.annotations.Nullable;

/**
 * A scoring query restricted by a filter that lets nearly every document through (the
 * public's document type and reader token on similar problems), the filter applied as the
 * accepted documents the top-level scorer already checks for deletions instead of as a
 * required clause. As a clause, Lucene's disjunction scorer copies the filter's matches
 * into a bit set for every window of documents it scores and tests each candidate against
 * it, which was a third of similar problems' candidate retrieval; as accepted documents,
 * its per-segment bits are built once and read where deletions are read. The same
 * documents match with the same scores.
 */
final class DenseFilterQuery extends Query {

	/** Filters kept per segment before the segment's are dropped: a bound on memory. */
	static final int MAX_FILTERS_PER_SEGMENT = 32;

	private static final Map<IndexReader.CacheKey, Map<Query, FixedBitSet>> BY_SEGMENT = new ConcurrentHashMap<>();

	private final Query scoring;

	private final Query filter;

	DenseFilterQuery(Query scoring, Query filter) {
		this.scoring = scoring;
		this.filter = filter;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.scoring.rewrite(searcher);
		return (rewritten != this.scoring) ? new DenseFilterQuery(rewritten, this.filter) : this;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight inner = searcher.createWeight(this.scoring, scoreMode, boost);
		return new FilterWeight(this, inner) {

			private @Nullable Weight filterWeight;

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

			@Override
			public int count(LeafReaderContext context) {
				return -1;
			}

			@Override
			public Explanation explain(LeafReaderContext context, int doc) throws IOException {
				if (!accepted(context).get(doc)) {
					return Explanation.noMatch("not accepted by " + DenseFilterQuery.this.filter);
				}
				return this.in.explain(context, doc);
			}

			@Override
			public @Nullable Matches matches(LeafReaderContext context, int doc) throws IOException {
				return accepted(context).get(doc) ? this.in.matches(context, doc) : null;
			}

			@Override
			public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				ScorerSupplier supplier = this.in.scorerSupplier(context);
				if (supplier == null) {
					return null;
				}
				FixedBitSet accepted = accepted(context);
				if (accepted.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
					return null;
				}
				return new AcceptedScorerSupplier(supplier, accepted);
			}

			private FixedBitSet accepted(LeafReaderContext context) throws IOException {
				return cached(context, DenseFilterQuery.this.filter, this::bits);
			}

			private FixedBitSet bits(LeafReaderContext context) throws IOException {
				Weight weight = this.filterWeight;
				if (weight == null) {
					weight = searcher.createWeight(searcher.rewrite(DenseFilterQuery.this.filter),
							ScoreMode.COMPLETE_NO_SCORES, 1f);
					this.filterWeight = weight;
				}
				FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
				Scorer scorer = weight.scorer(context);
				if (scorer != null) {
					bits.or(scorer.iterator());
				}
				return bits;
			}

		};
	}

	/**
	 * A filter's documents in a segment, kept per segment (at most
	 * {@value #MAX_FILTERS_PER_SEGMENT} filters) until it closes: a filter on indexed
	 * terms matches the same documents for the segment's life, deleted ones included
	 * (deletions are the searcher's accepted documents). The bits are shared: read them,
	 * never change them.
	 * @param context the segment
	 * @param filter the filter, the key
	 * @param bits computes the filter's bits when they are not kept
	 * @return the filter's documents in the segment
	 * @throws IOException on index failure
	 */
	static FixedBitSet cached(LeafReaderContext context, Query filter, IOFunction<LeafReaderContext, FixedBitSet> bits)
			throws IOException {
		IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
		if (helper == null) {
			return bits.apply(context);
		}
		Map<Query, FixedBitSet> filters = BY_SEGMENT.computeIfAbsent(helper.getKey(), (key) -> {
			helper.addClosedListener(BY_SEGMENT::remove);
			return new ConcurrentHashMap<>();
		});
		FixedBitSet kept = filters.get(filter);
		if (kept == null) {
			kept = bits.apply(context);
			if (filters.size() >= MAX_FILTERS_PER_SEGMENT) {
				filters.clear();
			}
			filters.put(filter, kept);
		}
		return kept;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.scoring.visit(visitor);
		this.filter.visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
	}

	@Override
	public String toString(String field) {
		return "+(" + this.scoring.toString(field) + ") #accepted(" + this.filter.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.scoring.equals(((DenseFilterQuery) other).scoring)
				&& this.filter.equals(((DenseFilterQuery) other).filter);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.scoring, this.filter);
	}

	/** The inner query's scorers, restricted to the accepted documents. */
	private static final class AcceptedScorerSupplier extends ScorerSupplier {

		private final ScorerSupplier in;

		private final FixedBitSet accepted;

		AcceptedScorerSupplier(ScorerSupplier in, FixedBitSet accepted) {
			this.in = in;
			this.accepted = accepted;
		}

		@Override
		public Scorer get(long leadCost) throws IOException {
			return new AcceptedScorer(this.in.get(leadCost), this.accepted);
		}

		@Override
		public BulkScorer bulkScorer() throws IOException {
			BulkScorer bulk = this.in.bulkScorer();
			FixedBitSet accepted = this.accepted;
			return new BulkScorer() {

				@Override
				public int score(LeafCollector collector, @Nullable Bits acceptDocs, int min, int max)
						throws IOException {
					return bulk.score(collector, (acceptDocs != null) ? both(acceptDocs, accepted) : accepted, min,
							max);
				}

				@Override
				public long cost() {
					return bulk.cost();
				}

			};
		}

		@Override
		public long cost() {
			return this.in.cost();
		}

		@Override
		public void setTopLevelScoringClause() throws IOException {
			this.in.setTopLevelScoringClause();
		}

		private static Bits both(Bits live, FixedBitSet accepted) {
			return new Bits() {

				@Override
				public boolean get(int index) {
					return accepted.get(index) && live.get(index);
				}

				@Override
				public int length() {
					return accepted.length();
				}

				@Override
				public void applyMask(FixedBitSet dest, int offset) {
					accepted.applyMask(dest, offset);
					live.applyMask(dest, offset);
				}

			};
		}

	}

	/** A scorer that skips the documents not accepted, as a conjunction would. */
	private static final class AcceptedScorer extends Scorer {

		private final Scorer in;

		private final TwoPhaseIterator twoPhase;

		AcceptedScorer(Scorer in, FixedBitSet accepted) {
			this.in = in;
			TwoPhaseIterator inner = in.twoPhaseIterator();
			DocIdSetIterator approximation = (inner != null) ? inner.approximation() : in.iterator();
			this.twoPhase = new TwoPhaseIterator(approximation) {

				@Override
				public boolean matches() throws IOException {
					return accepted.get(this.approximation.docID()) && (inner == null || inner.matches());
				}

				@Override
				public float matchCost() {
					return 1f + ((inner != null) ? inner.matchCost() : 0f);
				}

			};
		}

		@Override
		public int docID() {
			return this.in.docID();
		}

		@Override
		public DocIdSetIterator iterator() {
			return TwoPhaseIterator.asDocIdSetIterator(this.twoPhase);
		}

		@Override
		public TwoPhaseIterator twoPhaseIterator() {
			return this.twoPhase;
		}

		@Override
		public int advanceShallow(int target) throws IOException {
			return this.in.advanceShallow(target);
		}

		@Override
		public float getMaxScore(int upTo) throws IOException {
			return this.in.getMaxScore(upTo);
		}

		@Override
		public float score() throws IOException {
			return this.in.score();
		}

		@Override
		public void setMinCompetitiveScore(float minScore) throws IOException {
			this.in.setMinCompetitiveScore(minScore);
		}

	}

}
