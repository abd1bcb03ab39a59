package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
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

	private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(new Object(), Long.MIN_VALUE));

	/**
	 * The number of documents the query matches on the searcher's reader.
	 * @param searcher the searcher
	 * @param query the filter, whose equality names the list
	 * @return the count, exact for this reader
	 * @throws IOException when the index cannot be read
	 */
	long count(IndexSearcher searcher, Query query) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return searcher.count(query);
		}
		Kept current = keptFor(helper.getKey(),
				(reader instanceof DirectoryReader directory) ? directory.getVersion() : 0);
		if (current == null) {
			return searcher.count(query);
		}
		Long known = current.counts().get(query);
		if (known != null) {
			return known;
		}
		long counted = searcher.count(query);
		if (current.counts().size() >= MOST_KEPT) {
			// Full of one-off text filters: start again, or the lists everyone reads
			// would go uncounted for as long as this reader lasts.
			current.counts().clear();
		}
		current.counts().put(query, counted);
		return counted;
	}

	/**
	 * The counts of this reader, started afresh when it is newer than the kept one; null
	 * for a request still searching an older reader, which counts without keeping.
	 */
	private Kept keptFor(Object readerKey, long version) {
		while (true) {
			Kept current = this.kept.get();
			if (current.readerKey() == readerKey) {
				return current;
			}
			if (version < current.version()) {
				return null;
			}
			Kept fresh = new Kept(readerKey, version);
			if (this.kept.compareAndSet(current, fresh)) {
				return fresh;
			}
		}
	}

	private record Kept(Object readerKey, long version, Map<Query, Long> counts) {

		Kept(Object readerKey, long version) {
			this(readerKey, version, new ConcurrentHashMap<>());
		}

	}

}
