package jp.kitakyushu.busters.search.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * Answers worked out on one index reader, kept for as long as requests search that
 * reader: a reader never changes, so what it answered once it answers again. The answers
 * are dropped when a newer reader appears, and all of them when {@code mostKept} are held
 * (one-off requests then make room for the common ones again).
 *
 * @param <K> what names an answer
 * @param <V> the answer
 */
public final class KeptPerReader<K, V> {

	private final int mostKept;

	private final AtomicReference<Kept<K, V>> kept = new AtomicReference<>(new Kept<>(new Object(), Long.MIN_VALUE));

	/**
	 * Keeps answers of the newest reader.
	 * @param mostKept how many answers are held at most
	 */
	public KeptPerReader(int mostKept) {
		this.mostKept = mostKept;
	}

	/**
	 * The answer kept for this reader, or null.
	 * @param reader the reader the request searches
	 * @param key what names the answer
	 * @return the kept answer, or null
	 */
	public @Nullable V get(IndexReader reader, K key) {
		Map<K, V> answers = answersOf(reader);
		return (answers != null) ? answers.get(key) : null;
	}

	/**
	 * Keeps an answer worked out on this reader; nothing is kept for a reader older than
	 * the one whose answers are held (a slow request still searching it).
	 * @param reader the reader the answer was worked out on
	 * @param key what names the answer
	 * @param value the answer, exact for this reader
	 */
	public void put(IndexReader reader, K key, V value) {
		Map<K, V> answers = answersOf(reader);
		if (answers == null) {
			return;
		}
		if (answers.size() >= this.mostKept) {
			answers.clear();
		}
		answers.put(key, value);
	}

	private @Nullable Map<K, V> answersOf(IndexReader reader) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return null;
		}
		Object readerKey = helper.getKey();
		long version = (reader instanceof DirectoryReader directory) ? directory.getVersion() : 0;
		while (true) {
			Kept<K, V> current = this.kept.get();
			if (current.readerKey() == readerKey) {
				return current.answers();
			}
			if (version < current.version()) {
				return null;
			}
			Kept<K, V> fresh = new Kept<>(readerKey, version);
			if (this.kept.compareAndSet(current, fresh)) {
				return fresh.answers();
			}
		}
	}

	private record Kept<K, V>(Object readerKey, long version, Map<K, V> answers) {

		Kept(Object readerKey, long version) {
			this(readerKey, version, new ConcurrentHashMap<>());
		}

	}

}
