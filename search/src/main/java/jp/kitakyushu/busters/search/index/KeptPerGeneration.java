package jp.kitakyushu.busters.search.index;

import org.jspecify.annotations.Nullable;

/**
 * Answers kept for one generation of a {@link WatchedScope}: while the generation stays,
 * an answer worked out from the scope's documents alone answers again, whatever new
 * readers other writes bring. The answers are dropped when a newer generation appears,
 * and all of them when {@code mostKept} are held.
 *
 * @param <K> what names an answer
 * @param <V> the answer
 */
public final class KeptPerGeneration<K, V> {

	private final KeptAnswers<K, V> kept;

	/**
	 * Keeps answers of the newest generation.
	 * @param mostKept how many answers are held at most
	 */
	public KeptPerGeneration(int mostKept) {
		this.kept = new KeptAnswers<>(mostKept);
	}

	/**
	 * The answer kept for this generation, or null.
	 * @param generation the scope's generation, read before the search began
	 * @param key what names the answer
	 * @return the kept answer, or null
	 */
	public @Nullable V get(long generation, K key) {
		return this.kept.get(null, generation, key);
	}

	/**
	 * Keeps an answer worked out by a search that began at this generation; nothing is
	 * kept for a generation older than the one whose answers are held.
	 * @param generation the scope's generation, read before the search began
	 * @param key what names the answer
	 * @param value the answer
	 */
	public void put(long generation, K key, V value) {
		this.kept.put(null, generation, key, value);
	}

}
