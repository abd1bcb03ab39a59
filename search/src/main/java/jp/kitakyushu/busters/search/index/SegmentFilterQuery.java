package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;

/**
 * A non-scoring filter (document types, readers, keywords) whose matches each large
 * segment works out once and keeps as a bit set.
 * <p>
 * Nearly every problem is public, so the filters of a public search or "is this your
 * problem?" match almost every document: run as postings they were walked in full on
 * every request (a JFR profile of the api's mix at 100,000 problems put half of the
 * candidate search there), and Lucene's own query cache never keeps a conjunction of
 * single terms. Kept as bits, the filter costs a word copy per window instead. Only for
 * use as a filter: every match scores the same.
 */
final class SegmentFilterQuery extends Query {

	private final Query filter;

	SegmentFilterQuery(Query filter) {
		this.filter = filter;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight matches = searcher.createWeight(searcher.rewrite(this.filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
		return new ConstantScoreWeight(this, boost) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				SegmentFilterBits.Matches kept = SegmentFilterBits.of(context, SegmentFilterQuery.this.filter, matches);
				if (kept != null) {
					if (kept.count() == 0) {
						return null;
					}
					BitSetIterator iterator = new BitSetIterator(kept.bits(), kept.count());
					return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
				}
				Scorer scorer = matches.scorer(context);
				if (scorer == null) {
					return null;
				}
				TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
				Scorer constant = (twoPhase != null) ? new ConstantScoreScorer(score(), scoreMode, twoPhase)
						: new ConstantScoreScorer(score(), scoreMode, scorer.iterator());
				return new DefaultScorerSupplier(constant);
			}

			@Override
			public int count(LeafReaderContext context) throws IOException {
				SegmentFilterBits.Matches kept = SegmentFilterBits.of(context, SegmentFilterQuery.this.filter, matches);
				// The bits count deleted documents too: exact only without deletions.
				return (kept != null && !context.reader().hasDeletions()) ? kept.count() : -1;
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				// Kept here already; Lucene's cache would keep a second copy.
				return false;
			}

		};
	}

	@Override
	public Query rewrite(IndexSearcher searcher) {
		// Left whole, so Lucene does not inline the filter's clauses into the query and
		// walk them as postings again.
		return this;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.filter.visit(visitor.getSubVisitor(BooleanClause.Occur.FILTER, this));
	}

	@Override
	public String toString(String field) {
		return "kept(" + this.filter.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.filter.equals(((SegmentFilterQuery) other).filter);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.filter);
	}

}
