package jp.kitakyushu.busters.search.index;

import java.time.Duration;

import org.apache.lucene.index.QueryTimeout;

/**
 * A per-thread search deadline: searchers are shared between threads, so the timeout they
 * are given reads the deadline of the thread that is searching.
 */
final class QueryDeadline implements QueryTimeout {

	static final QueryDeadline INSTANCE = new QueryDeadline();

	private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[] { Long.MAX_VALUE });

	private QueryDeadline() {
	}

	static void start(Duration timeout) {
		DEADLINE.get()[0] = System.nanoTime() + timeout.toNanos();
	}

	static boolean expired() {
		long deadline = DEADLINE.get()[0];
		return deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0;
	}

	static void clear() {
		DEADLINE.get()[0] = Long.MAX_VALUE;
	}

	@Override
	public boolean shouldExit() {
		return expired();
	}

}
