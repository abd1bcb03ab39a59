package jp.kitakyushu.busters.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task on several threads at once and waits for all of them: how the benchmarks
 * seed and load the store, each thread taking work from a shared counter.
 */
final class Workers {

	private Workers() {
	}

	/**
	 * Runs {@code task} on {@code threads} threads, each given its number from 0, and
	 * returns when all have finished; the first failure is thrown.
	 */
	static void run(int threads, Task task) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				futures.add(pool.submit(() -> {
					task.run(thread);
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
	}

	/** What each thread does. */
	@FunctionalInterface
	interface Task {

		/** Does this thread's share; {@code thread} is its number from 0. */
		void run(int thread) throws Exception;

	}

}
