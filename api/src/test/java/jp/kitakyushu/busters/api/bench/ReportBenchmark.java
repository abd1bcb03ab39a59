package jp.kitakyushu.busters.api.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kitakyushu.busters.api.BustersApiApplication;
import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reporting at scale (a program, not a test): starts the api in-process on the embedded
 * store, stores N problems spread over three years in every state (default 100,000),
 * builds reporting's projection from them, then times every reporting query over HTTP
 * (p50, p99, max of 30 runs each, alone and with 4 concurrent clients) next to the floor
 * query {@code { __typename }}, and the cost reporting adds to one problem write.
 * <p>
 * Run with {@code ./busters bench-report [--problems N]}.
 */
public final class ReportBenchmark {

	private static final String[] CATEGORIES = { "CHILDCARE", "ELDERLY", "DISASTER_SAFETY", "TRANSPORT", "ENVIRONMENT",
			"TOURISM", "INDUSTRY", "EDUCATION", "ADMINISTRATION", "OTHER" };

	private static final String[] WARDS = { "MOJI", "KOKURA_KITA", "KOKURA_MINAMI", "WAKAMATSU", "YAHATA_HIGASHI",
			"YAHATA_NISHI", "TOBATA", "CITYWIDE" };

	private static final String[] CHANNELS = { "WEB", "WEB", "WEB", "PROXY", "OPEN311" };

	private static final int RUNS = 30;

	/**
	 * When the slowest run so far ended, in ms of the JVM's uptime: to find it in a GC
	 * log or a flight recording.
	 */
	private static volatile long slowestEndedAt;

	private static volatile long slowest;

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int problems = (args.length == 2 && args[0].equals("--problems")) ? Integer.parseInt(args[1]) : 100_000;
		Path data = Files.createTempDirectory("busters-bench-report-");
		try (ConfigurableApplicationContext api = new SpringApplicationBuilder(BustersApiApplication.class).run(
				"--server.port=0", "--busters.store.embedded.backend=memory", "--busters.data-dir=" + data,
				"--logging.level.root=warn", "--busters.keycloak.url=http://127.0.0.1:9")) {
			MongoTemplate mongo = api.getBean(MongoTemplate.class);
			YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Tokyo"));
			long started = System.nanoTime();
			store(mongo, problems, thisMonth);
			System.out.printf("stored %,d problems over 36 months in %.1f s%n", problems, seconds(started));
			Object rebuild = api.getBean(Class.forName("jp.kitakyushu.busters.api.report.ProblemProjectionRebuild"));
			var method = rebuild.getClass().getDeclaredMethod("rebuild");
			method.setAccessible(true);
			started = System.nanoTime();
			long counted = (long) method.invoke(rebuild);
			double took = seconds(started);
			System.out.printf("built reporting's projection from %,d problems in %.1f s (%.0f problems/s)%n", counted,
					took, counted / took);

			started = System.nanoTime();
			long indexed = catchUpSearch(api);
			System.out.printf("the search index caught up with %,d stored problems in %.1f s%n", indexed,
					seconds(started));

			int port = ((WebServerApplicationContext) api).getWebServer().getPort();
			URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
			HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
			Map<String, String> queries = queries(thisMonth);
			for (String query : queries.values()) {
				for (int i = 0; i < 5; i++) {
					send(http, endpoint, query);
				}
			}
			System.out.printf("%nreporting queries over HTTP at %,d problems, %d runs each (ms):%n", problems, RUNS);
			System.out.printf("  %-44s %8s %8s %8s %12s%n", "query", "p50", "p99", "max", "p50 4 clients");
			for (Map.Entry<String, String> query : queries.entrySet()) {
				List<Long> alone = times(http, endpoint, query.getValue(), 1);
				long slowestAloneEndedAt = slowestEndedAt;
				List<Long> shared = times(http, endpoint, query.getValue(), 4);
				System.out.printf("  %-44s %8.1f %8.1f %8.1f %12.1f%n", query.getKey(), ms(alone, 0.5), ms(alone, 0.99),
						ms(alone, 1.0), ms(shared, 0.5));
				if (ms(alone, 1.0) >= 1_000) {
					System.out.printf("    (a run alone took %.1f ms; it ended %.1f s after the JVM started)%n",
							ms(alone, 1.0), slowestAloneEndedAt / 1e3);
				}
			}
			writeCost(api, mongo, thisMonth);
		}
	}

	/**
	 * Lets the search index catch up with the problems stored behind its back before any
	 * query is timed. Otherwise its rounds (10,000 problems each, read by id with a scan
	 * of the embedded store's collection) hold the store for seconds while the queries
	 * run, and a query that reads problems waits behind them: a measure of that bulk
	 * catch-up, not of reporting.
	 */
	private static long catchUpSearch(ConfigurableApplicationContext api) throws Exception {
		Class<?> type = Class.forName("jp.kitakyushu.busters.api.search.IndexFollower");
		var catchUp = type.getDeclaredMethod("catchUp");
		catchUp.setAccessible(true);
		Object follower = api.getBean(type);
		long total = 0;
		int written;
		do {
			written = (int) catchUp.invoke(follower);
			total += written;
		}
		while (written > 0);
		return total;
	}

	/** What reporting adds to one problem write: the listener's work for one change. */
	private static void writeCost(ConfigurableApplicationContext api, MongoTemplate mongo, YearMonth month)
			throws Exception {
		Object listener = api.getBean(Class.forName("jp.kitakyushu.busters.api.report.ProblemProjectionListener"));
		var follow = listener.getClass().getDeclaredMethod("follow", String.class);
		follow.setAccessible(true);
		List<Long> times = new ArrayList<>();
		Random random = new Random(7);
		for (int i = 0; i < 2_000; i++) {
			Instant now = Instant.now();
			Document problem = problem(random, now, "PUBLISHED", now);
			mongo.insert(problem, "problems");
			String id = problem.getObjectId("_id").toHexString();
			long started = System.nanoTime();
			follow.invoke(listener, id);
			times.add(System.nanoTime() - started);
		}
		Collections.sort(times);
		System.out.printf("%nreporting's work per problem change (read the problem, claim the row, count): "
				+ "p50 %.2f ms, p99 %.2f ms over %d changes%n", ms(times, 0.5), ms(times, 0.99), times.size());
	}

	private static Map<String, String> queries(YearMonth now) {
		String three = "{ from: \"" + now.minusMonths(35) + "\", to: \"" + now + "\" }";
		String ten = "{ from: \"" + now.minusMonths(119) + "\", to: \"" + now + "\" }";
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("floor: { __typename }", "{ __typename }");
		queries.put("problemTotals, 36 months", "{ report(period: " + three
				+ ") { problemTotals { submitted published adopted resolved rejected merged supporters } } }");
		queries.put("problemFlow by MONTH, 36 rows", "{ report(period: " + three
				+ ") { problemFlow(groupBy: MONTH, first: 36) { nodes { label { key } submitted published adopted resolved } } } }");
		queries.put("problemFlow by CATEGORY, 120 months", "{ report(period: " + ten
				+ ") { problemFlow(groupBy: CATEGORY, first: 100) { nodes { label { key } submitted published } } } }");
		queries.put("problemFlow by WARD, filtered", "{ report(period: " + three
				+ ") { problemFlow(groupBy: WARD, filter: { category: \"ELDERLY\" }) { nodes { submitted } } } }");
		queries.put("problemFlow by CATEGORY, filtered by ward", "{ report(period: " + three
				+ ") { problemFlow(groupBy: CATEGORY, filter: { ward: MOJI }) { nodes { submitted } } } }");
		queries.put("problemsByStatus, 36 months",
				"{ report(period: " + three + ") { problemsByStatus { status count } } }");
		queries.put("problemTimings (median, p90), 36 months", "{ report(period: " + three
				+ ") { problemTimings { publication { count medianDays p90Days } adoption { medianDays p90Days } resolution { medianDays p90Days } } } }");
		queries.put("kpis with records", "{ report(period: " + three
				+ ") { kpis { kind value target share records(first: 10) { totalCount } } } }");
		queries.put("themes, selection rate, fund by month", "{ report(period: " + three
				+ ") { selectionRate { rate } themes { totalCount } themesByStatus { count } fundByMonth(first: 36) { nodes { contributed availableAtEnd } } } }");
		queries.put("everything public in one request", "{ report(period: " + three
				+ ") { problemTotals { submitted } problemsByStatus { count } problemTimings { publication { medianDays } } kpis { value } fundByMonth(first: 36) { nodes { contributed } } } }");
		return queries;
	}

	/**
	 * Problems over 36 months in every state, written as the problem feature stores them.
	 */
	private static void store(MongoTemplate mongo, int count, YearMonth now) {
		Random random = new Random(20260401);
		Instant start = now.minusMonths(35).atDay(1).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant();
		long span = Duration.between(start, Instant.now()).toSeconds();
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Instant created = start.plusSeconds((long) (random.nextDouble() * span));
			double roll = random.nextDouble();
			String status = (roll < 0.08) ? "SUBMITTED" : (roll < 0.15) ? "REJECTED"
					: (roll < 0.18) ? "MERGED" : (roll < 0.80) ? "PUBLISHED" : (roll < 0.995) ? "ADOPTED" : "RESOLVED";
			Instant updated = created.plusSeconds((long) (random.nextDouble() * 20 * 86_400));
			if (updated.isAfter(Instant.now())) {
				updated = Instant.now();
			}
			batch.add(problem(random, created, status, updated));
			if (batch.size() == 5_000) {
				mongo.insert(batch, "problems");
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			mongo.insert(batch, "problems");
		}
	}

	private static Document problem(Random random, Instant created, String status, Instant updated) {
		return new Document("_id", new ObjectId()).append("version", 0L)
			.append("createdAt", Date.from(created))
			.append("updatedAt", Date.from(updated))
			.append("title", "バス停に屋根がない")
			.append("body", "雨の日にバスを待つ高齢者が濡れています。")
			.append("publicTitle", "バス停に屋根がない")
			.append("publicBody", "雨の日にバスを待つ高齢者が濡れています。")
			.append("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
			.append("ward", WARDS[random.nextInt(WARDS.length)])
			.append("channel", CHANNELS[random.nextInt(CHANNELS.length)])
			.append("contact", new Document())
			.append("status", status)
			.append("themeIds", List.of())
			.append("resolvedBy", List.of())
			.append("supporterCount", (long) random.nextInt(30));
	}

	private static List<Long> times(HttpClient http, URI endpoint, String query, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<List<Long>>> futures = new ArrayList<>();
		slowest = 0;
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				List<Long> times = new ArrayList<>();
				for (int i = 0; i < RUNS; i++) {
					times.add(send(http, endpoint, query));
				}
				return times;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> future : futures) {
			all.addAll(future.get());
		}
		pool.shutdown();
		Collections.sort(all);
		return all;
	}

	private static long send(HttpClient http, URI endpoint, String query) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + quote(query) + "}"))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - started;
		if (took > slowest) {
			slowest = took;
			slowestEndedAt = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
		}
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The api answered " + response.statusCode() + ": " + response.body());
		}
		return took;
	}

	private static double ms(List<Long> sorted, double p) {
		int index = Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
		return sorted.get(index) / 1e6;
	}

	private static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

}
