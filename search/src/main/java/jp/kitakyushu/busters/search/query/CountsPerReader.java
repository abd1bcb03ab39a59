package jp.kitakyushu.busters.search.query;

import java.io.IOException;

import jp.kitakyushu.busters.search.index.KeptPerGeneration;
import jp.kitakyushu.busters.search.index.KeptPerReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How many documents a list's filter matches, counted once per index reader.
 * <p>
 * The total of a public list is the same for every request until the index changes, yet
 * counting it walked every match (the public problems' filters, 100,000 documents, were
 * 40 % of a newest-first page's CPU). A reader never changes, so a count taken on it
 * stays exact for as long as requests search that reader; the counts are dropped when a
 * newer reader appears.
 */
final class CountsPerReader {

	/** Lists with a text filter each count anew; this bounds how many are kept. */
	private static final int MOST_KEPT = 1_000;

	private final KeptPerReader<Query, Long> kept = new KeptPerReader<>(MOST_KEPT);

	private final KeptPerGeneration<Query, Long> scoped = new KeptPerGeneration<>(MOST_KEPT);

	/**
	 * The number of documents the query matches on the searcher's reader, kept for it.
	 * @param searcher the searcher
	 * @param query the filter, whose equality names the list
	 * @return the count, exact for this reader
	 * @throws IOException when the index cannot be read
	 */
	long count(IndexSearcher searcher, Query query) throws IOException {
		return count(searcher, query, DocumentLists.NO_GENERATION);
	}

	/**
	 * The number of documents the query matches on the searcher's reader.
	 * @param searcher the searcher
	 * @param query the filter, whose equality names the list
	 * @param generation the watched scope's generation read before the search, for a
	 * filter that only matches documents in the scope (then the count is kept until a
	 * write in the scope), else {@link DocumentLists#NO_GENERATION}
	 * @return the count, exact for this reader
	 * @throws IOException when the index cannot be read
	 */
	long count(IndexSearcher searcher, Query query, long generation) throws IOException {
		boolean inScope = generation != DocumentLists.NO_GENERATION;
		IndexReader reader = searcher.getIndexReader();
		Long known = inScope ? this.scoped.get(generation, query) : this.kept.get(reader, query);
		if (known != null) {
			return known;
		}
		long counted = searcher.count(query);
		if (inScope) {
			this.scoped.put(generation, query, counted);
		}
		else {
			this.kept.put(reader, query, counted);
		}
		return counted;
	}

}
