package jp.kitakyushu.busters.search.index;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Answers kept for the newest state of something that only moves forwards (an index
 * reader, a scope's generation): the answers of an older state are dropped when a newer
 * one is asked for, and all of them when {@code mostKept} are held. The one mechanism
 * behind {@link KeptPerReader} and {@link KeptPerGeneration}.
 *
 * @param <K> what names an answer
 * @param <V> the answer
 */
final class KeptAnswers<K, V> {

	private final int mostKept;

	private final AtomicReference<Kept<K, V>> kept = new AtomicReference<>(new Kept<>(new Object(), Long.MIN_VALUE));

	KeptAnswers(int mostKept) {
		this.mostKept = mostKept;
	}

	/**
	 * The answer kept for this state, or null.
	 * @param state what names the state (compared with equals), or null when its order
	 * alone names it
	 * @param order where the state stands, growing with newer states
	 */
	@Nullable V get(@Nullable Object state, long order, K key) {
		Map<K, V> answers = answersOf(state, order);
		return (answers != null) ? answers.get(key) : null;
	}

	/**
	 * Keeps an answer for this state; nothing is kept for a state older than the held
	 * one.
	 */
	void put(@Nullable Object state, long order, K key, V value) {
		Map<K, V> answers = answersOf(state, order);
		if (answers == null) {
			return;
		}
		if (answers.size() >= this.mostKept) {
			answers.clear();
		}
		answers.put(key, value);
	}

	private @Nullable Map<K, V> answersOf(@Nullable Object state, long order) {
		while (true) {
			Kept<K, V> current = this.kept.get();
			if (current.order() == order && Objects.equals(current.state(), state)) {
				return current.answers();
			}
			if (order < current.order()) {
				return null;
			}
			Kept<K, V> fresh = new Kept<>(state, order);
			if (this.kept.compareAndSet(current, fresh)) {
				return fresh.answers();
			}
		}
	}

	private record Kept<K, V>(@Nullable Object state, long order, Map<K, V> answers) {

		Kept(@Nullable Object state, long order) {
			this(state, order, new ConcurrentHashMap<>());
		}

	}

}
