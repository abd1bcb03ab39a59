package jp.kitakyushu.busters.api.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Throughput and latency of requests sent by a number of clients for a while, each client
 * sending its next request as soon as the previous one is answered.
 *
 * @param clients how many clients sent at once
 * @param requests how many requests were answered well
 * @param errors how many were answered badly or not at all
 * @param seconds how long it ran
 * @param p50 median latency in milliseconds
 * @param p99 99th percentile latency in milliseconds
 */
record Measurement(int clients, int requests, int errors, double seconds, double p50, double p99) {

	/** Requests answered well per second. */
	double perSecond() {
		return this.requests / this.seconds;
	}

	/**
	 * Runs {@code clients} clients for {@code duration}, each picking its next request
	 * body at random from {@code bodies}.
	 */
	static Measurement run(BenchHttp http, List<String> bodies, @Nullable Supplier<String> token, int clients,
			Duration duration) throws Exception {
		long started = System.nanoTime();
		long until = started + duration.toNanos();
		List<Future<long[]>> futures = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			for (int i = 0; i < clients; i++) {
				futures.add(pool.submit(() -> client(http, bodies, token, until)));
			}
			List<Long> latencies = new ArrayList<>();
			int errors = 0;
			for (Future<long[]> future : futures) {
				for (long took : future.get()) {
					if (took < 0) {
						errors++;
					}
					else {
						latencies.add(took);
					}
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Collections.sort(latencies);
			return new Measurement(clients, latencies.size(), errors, seconds, percentile(latencies, 0.50),
					percentile(latencies, 0.99));
		}
	}

	private static long[] client(BenchHttp http, List<String> bodies, @Nullable Supplier<String> token, long until) {
		List<Long> took = new ArrayList<>();
		while (System.nanoTime() < until) {
			String body = bodies.get(ThreadLocalRandom.current().nextInt(bodies.size()));
			took.add(http.time(body, (token != null) ? token.get() : null));
		}
		return took.stream().mapToLong(Long::longValue).toArray();
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

}
