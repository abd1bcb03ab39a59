package jp.kitakyushu.busters.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jp.kitakyushu.busters.api.BustersApiApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GraphQL throughput and latency under concurrent load (a program, not a test): starts
 * the api in-process on the embedded store with the demo data, then has 1, 8 and 32
 * concurrent clients send a mix of public queries over HTTP for a while, and prints
 * requests per second, p50/p99 latency and the heap in use.
 * <p>
 * Run with {@code ./busters bench-api [--seconds N]}.
 */
public final class ApiBenchmark {

	/**
	 * What a reader of the public site asks: lists with nested fields, search, similar
	 * problems.
	 */
	private static final List<String> QUERIES = List.of("""
			{ problems(first: 20) { totalCount nodes { id title body ward supporterCount category { nameJa } } } }""",
			"""
					{ themes(first: 10) { nodes { id title status proposalCount problems { id title supporterCount } } } }""",
			"""
					{ search(query: "バス停 高齢者", first: 20) { totalCount nodes { score title { text } passages { text } } } }""",
			"""
					{ similarProblems(text: "雨の日にバスを待つ場所に屋根がない", first: 5) { score node { ... on Problem { id title } } } }""",
			"""
					{ fund { contributed allocated available contributions(first: 10) { nodes { donor amount } } } }""");

	private ApiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length == 2 && args[0].equals("--seconds")) ? Integer.parseInt(args[1]) : 15;
		Path data = Files.createTempDirectory("busters-bench-");
		try (ConfigurableApplicationContext api = new SpringApplicationBuilder(BustersApiApplication.class)
			.profiles("demo")
			.run("--server.port=0", "--busters.store.embedded.backend=memory", "--busters.data-dir=" + data,
					"--logging.level.root=warn", "--busters.keycloak.url=http://127.0.0.1:9")) {
			int port = ((WebServerApplicationContext) api).getWebServer().getPort();
			URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
			HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
			run(http, endpoint, 4, 3);
			perQuery(http, endpoint);
			System.out.printf("GraphQL over HTTP, query mix of %d public queries, %d s per level%n", QUERIES.size(),
					seconds);
			for (int clients : List.of(1, 8, 32)) {
				run(http, endpoint, clients, seconds);
			}
			System.gc();
			var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
			System.out.printf("heap used after the runs, after GC: %d MiB (api and benchmark clients in one JVM)%n",
					heap.getUsed() / (1024 * 1024));
		}
	}

	/** One client, each query alone: which part of the mix costs what. */
	private static void perQuery(HttpClient http, URI endpoint) throws IOException, InterruptedException {
		System.out.println("each query alone, one client, 100 requests:");
		for (String query : QUERIES) {
			List<Long> latencies = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				latencies.add(send(http, endpoint, query));
			}
			Collections.sort(latencies);
			System.out.printf("  p50 %6.2f ms  p99 %6.2f ms  %s%n", percentile(latencies, 0.5),
					percentile(latencies, 0.99), query.substring(0, Math.min(60, query.length())).strip());
		}
	}

	private static void run(HttpClient http, URI endpoint, int clients, int seconds) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			futures.add(pool.submit(() -> client(http, endpoint, until)));
		}
		List<Long> latencies = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			latencies.addAll(future.get());
		}
		pool.shutdown();
		Collections.sort(latencies);
		System.out.printf("%2d clients: %7.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%d requests)%n", clients,
				latencies.size() / (double) seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
				latencies.size());
	}

	private static List<Long> client(HttpClient http, URI endpoint, long until)
			throws IOException, InterruptedException {
		List<Long> latencies = new ArrayList<>();
		while (System.nanoTime() < until) {
			latencies.add(send(http, endpoint, QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()))));
		}
		return latencies;
	}

	/** Sends one query and returns how long the answer took, in nanoseconds. */
	private static long send(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quote(query) + "}"))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - started;
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The api answered " + response.statusCode() + ": " + response.body());
		}
		return took;
	}

	private static double percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

}
