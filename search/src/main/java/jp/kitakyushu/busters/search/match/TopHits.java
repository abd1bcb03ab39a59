package jp.kitakyushu.busters.search.match;

import java.io.IOException;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The best hits of a query without counting every hit: matching never shows a total, and
 * {@link IndexSearcher#search(Query, int)} scores the first thousand hits of a query in
 * full before it starts skipping documents that cannot reach the top, which for a
 * disjunction of a hundred terms is most of a match's time. The hits are the same.
 */
final class TopHits {

	private TopHits() {
	}

	/**
	 * The {@code n} best hits, best first.
	 * @param searcher the searcher
	 * @param query the query
	 * @param n hits wanted
	 * @return the hits
	 * @throws IOException on index failure
	 */
	static ScoreDoc[] of(IndexSearcher searcher, Query query, int n) throws IOException {
		int wanted = Math.min(n, Math.max(1, searcher.getIndexReader().maxDoc()));
		// Built as Lucene would rewrite it, so rewriting it costs one pass.
		Query flat = FlatQueries.of(query);
		return searcher.search(flat, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs;
	}

}
