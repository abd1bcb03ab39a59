package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches the index in as many slices as there are processors at once, for the one query
 * of a request that costs most (retrieving problem candidates): the request's thread
 * searches one slice and a shared pool of daemon threads the others, so one request waits
 * less while all requests together use about the same processor time.
 */
final class SliceSearch {

	/** Slices a search is cut into: one per processor. */
	static final int SLICES = Math.max(1, Runtime.getRuntime().availableProcessors());

	private static final ExecutorService POOL = (SLICES > 1) ? Executors.newFixedThreadPool(SLICES - 1, (task) -> {
		Thread thread = new Thread(task, "busters-slice-search");
		thread.setDaemon(true);
		return thread;
	}) : null;

	private SliceSearch() {
	}

	/**
	 * A searcher over the same reader with the same similarity, time limit and query
	 * cache that searches its slices at once; the searcher itself when there is only one
	 * processor.
	 * @param searcher the request's searcher
	 * @return the slicing searcher
	 */
	static IndexSearcher of(IndexSearcher searcher) {
		if (POOL == null) {
			return searcher;
		}
		IndexSearcher sliced = new MirrorStatisticsSearcher(searcher.getIndexReader(), POOL, SLICES);
		sliced.setSimilarity(searcher.getSimilarity());
		sliced.setTimeout(searcher.getTimeout());
		sliced.setQueryCache(searcher.getQueryCache());
		sliced.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
		return sliced;
	}

	/**
	 * The segments in order cut into {@code count} slices of as many documents each (the
	 * last may have fewer), a segment cut in two ranges where a slice fills up: the index
	 * mostly lies in one merged segment, which Lucene's own slicing would give one slice
	 * and its smaller neighbours another, leaving one thread most of the work.
	 */
	static IndexSearcher.LeafSlice[] slices(List<LeafReaderContext> leaves, int count) {
		long documents = leaves.stream().mapToLong((leaf) -> leaf.reader().maxDoc()).sum();
		long perSlice = Math.max(1, (documents + count - 1) / count);
		List<IndexSearcher.LeafSlice> slices = new ArrayList<>(count);
		List<IndexSearcher.LeafReaderContextPartition> current = new ArrayList<>();
		long room = perSlice;
		for (LeafReaderContext leaf : leaves) {
			int from = 0;
			int maxDoc = leaf.reader().maxDoc();
			while (from < maxDoc) {
				int to = (int) Math.min(maxDoc, from + room);
				current.add((from == 0 && to == maxDoc)
						? IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaf)
						: IndexSearcher.LeafReaderContextPartition.createFromAndTo(leaf, from, to));
				room -= to - from;
				from = to;
				if (room == 0) {
					slices.add(new IndexSearcher.LeafSlice(current));
					current = new ArrayList<>();
					room = perSlice;
				}
			}
		}
		if (!current.isEmpty()) {
			slices.add(new IndexSearcher.LeafSlice(current));
		}
		return slices.toArray(IndexSearcher.LeafSlice[]::new);
	}

}
