package jp.kitakyushu.busters.search.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

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

	private final int mostKept;

	private final AtomicReference<Kept<K, V>> kept = new AtomicReference<>(new Kept<>(Long.MIN_VALUE));

	/**
	 * Keeps answers of the newest generation.
	 * @param mostKept how many answers are held at most
	 */
	public KeptPerGeneration(int mostKept) {
		this.mostKept = mostKept;
	}

	/**
	 * The answer kept for this generation, or null.
	 * @param generation the scope's generation, read before the search began
	 * @param key what names the answer
	 * @return the kept answer, or null
	 */
	public @Nullable V get(long generation, K key) {
		Map<K, V> answers = answersOf(generation);
		return (answers != null) ? answers.get(key) : null;
	}

	/**
	 * Keeps an answer worked out by a search that began at this generation; nothing is
	 * kept for a generation older than the one whose answers are held.
	 * @param generation the scope's generation, read before the search began
	 * @param key what names the answer
	 * @param value the answer
	 */
	public void put(long generation, K key, V value) {
		Map<K, V> answers = answersOf(generation);
		if (answers == null) {
			return;
		}
		if (answers.size() >= this.mostKept) {
			answers.clear();
		}
		answers.put(key, value);
	}

	private @Nullable Map<K, V> answersOf(long generation) {
		while (true) {
			Kept<K, V> current = this.kept.get();
			if (current.generation() == generation) {
				return current.answers();
			}
			if (generation < current.generation()) {
				return null;
			}
			Kept<K, V> fresh = new Kept<>(generation);
			if (this.kept.compareAndSet(current, fresh)) {
				return fresh.answers();
			}
		}
	}

	private record Kept<K, V>(long generation, Map<K, V> answers) {

		Kept(long generation) {
			this(generation, new ConcurrentHashMap<>());
		}

	}

}
