package jp.kitakyushu.busters.search.index;

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

	private final KeptAnswers<K, V> kept;

	/**
	 * Keeps answers of the newest reader.
	 * @param mostKept how many answers are held at most
	 */
	public KeptPerReader(int mostKept) {
		this.kept = new KeptAnswers<>(mostKept);
	}

	/**
	 * The answer kept for this reader, or null.
	 * @param reader the reader the request searches
	 * @param key what names the answer
	 * @return the kept answer, or null
	 */
	public @Nullable V get(IndexReader reader, K key) {
		Object state = stateOf(reader);
		return (state != null) ? this.kept.get(state, versionOf(reader), key) : null;
	}

	/**
	 * Keeps an answer worked out on this reader; nothing is kept for a reader older than
	 * the one whose answers are held (a slow request still searching it).
	 * @param reader the reader the answer was worked out on
	 * @param key what names the answer
	 * @param value the answer, exact for this reader
	 */
	public void put(IndexReader reader, K key, V value) {
		Object state = stateOf(reader);
		if (state != null) {
			this.kept.put(state, versionOf(reader), key, value);
		}
	}

	/** The reader's identity, or null for a reader that has none (nothing is kept). */
	private static @Nullable Object stateOf(IndexReader reader) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		return (helper != null) ? helper.getKey() : null;
	}

	/** Newer readers of one index have higher versions. */
	private static long versionOf(IndexReader reader) {
		return (reader instanceof DirectoryReader directory) ? directory.getVersion() : 0;
	}

}
