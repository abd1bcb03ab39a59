package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Two or more filters that must all hold, kept as one clause so that Lucene's query cache
 * can keep their conjunction's matches as bits once it recurs.
 *
 * <p>
 * Lucene never caches a single term (it is cheap to read), and it folds a nested
 * conjunction into the enclosing query, so filters written as separate clauses are walked
 * as postings lists on every request, however often the same pair comes back: the
 * public's document type with its reader token comes with nearly every search and match.
 * Wrapped here, the pair's weight is the conjunction's, which the cache's usage policy
 * keeps after a few uses on large segments, and leaves alone where the scoring query is
 * far more selective than the filters (its skip factor).
 */
final class FilterConjunction extends Query {

	private final BooleanQuery conjunction;

	private FilterConjunction(BooleanQuery conjunction) {
		this.conjunction = conjunction;
	}

	/**
	 * One clause that holds where all the filters hold.
	 * @param filters the filters, two or more
	 * @return the conjunction
	 */
	static Query of(List<Query> filters) {
		if (filters.size() < 2) {
			throw new IllegalArgumentException("A conjunction joins two filters or more.");
		}
		BooleanQuery.Builder conjunction = new BooleanQuery.Builder();
		filters.forEach((filter) -> conjunction.add(filter, BooleanClause.Occur.FILTER));
		return new FilterConjunction(conjunction.build());
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.conjunction.rewrite(searcher);
		if (rewritten == this.conjunction) {
			return this;
		}
		// A conjunction that rewrote to something else (no documents, one filter left)
		// has nothing to keep.
		return (rewritten instanceof BooleanQuery still) ? new FilterConjunction(still) : rewritten;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		// The weight is the conjunction's own, so the cache keys and counts it by the
		// conjunction, which equals itself from one request to the next.
		return this.conjunction.createWeight(searcher, scoreMode, boost);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.conjunction.visit(visitor);
	}

	@Override
	public String toString(String field) {
		return "filters(" + this.conjunction.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.conjunction.equals(((FilterConjunction) other).conjunction);
	}

	@Override
	public int hashCode() {
		return 31 * classHash() + this.conjunction.hashCode();
	}

}
