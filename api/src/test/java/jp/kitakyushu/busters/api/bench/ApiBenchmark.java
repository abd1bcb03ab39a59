package jp.kitakyushu.busters.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.support.TestIssuer;
import tools.jackson.databind.JsonNode;

/**
 * GraphQL throughput, latency and memory of the api at a realistic size (a program, not a
 * test): starts the api in a JVM of its own on the embedded file store, fills it with
 * published problems (by default through the problem feature's import, the api then
 * building its index from the store at start, both timed; with {@code --load api} through
 * its own mutations, the load rate a figure of its own), then has 1, 8, 32 and 128
 * clients send each public query alone and the public mix, and 8 clients submit problems
 * through the api, printing requests per second, p50, p99, errors, the api's CPU per
 * request and its resident memory.
 * <p>
 * Run with
 * {@code ./busters bench-api [--problems N] [--seconds S] [--warmup S] [--data DIR] [--load
 * seed|api]}.
 */
public final class ApiBenchmark {

	/** The floor: what the framework alone costs for a request. */
	static final String FLOOR = "{ __typename }";

	static final String MIX = "the public mix (each of the above but the floor, at random)";

	static final String SUBMISSIONS = "submissions: problemSubmit, one problem per request";

	/**
	 * How often the paced writer submits beside the mix: far more often than a city's
	 * citizens do (100,000 problems are years of posts), so the kept pages are dropped
	 * several times a second.
	 */
	static final Duration WRITE_EVERY = Duration.ofMillis(250);

	static final String MIX_WHILE_WRITING = "the public mix while one writer submits a problem every "
			+ WRITE_EVERY.toMillis() + " ms (each write reaches the index: pages kept per reader are"
			+ " worked out anew)";

	/** The embedded store's file in the data directory. */
	private static final String STORE = "busters-store.mv";

	/** Threads importing problems while seeding: the machine's cores, at least two. */
	private static final int SEED_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

	/** What a reader of the public site asks, by name. */
	static final Map<String, String> PUBLIC_QUERIES = publicQueries();

	private ApiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			System.out.println("bench-api " + Options.USAGE);
			return;
		}
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			// An operator's typo gets one line, not a stack trace and not a default run.
			System.err.println("bench-api: " + ex.getMessage());
			System.exit(2);
			return;
		}
		Path data = (options.data() != null) ? Files.createDirectories(options.data())
				: Files.createTempDirectory("busters-bench-api-");
		Path log = data.resolve("api.log");
		System.out.printf("Busters bench-api: %d cores, JDK %s, api JVM options %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.version(), options.apiJvmOptions());
		ApiProcess api = null;
		try (TestIssuer issuer = new TestIssuer()) {
			if (options.seeds()) {
				// A new data directory is seeded before the api first starts; one that
				// holds a store is asked how many problems it has.
				int present = 0;
				if (Files.exists(data.resolve(STORE))) {
					api = start(data, issuer, options, log);
					present = count(api, issuer);
				}
				if (present < options.problems()) {
					if (api != null) {
						api.close();
						api = null;
					}
					seed(data, options.problems() - present);
				}
			}
			if (api == null) {
				api = start(data, issuer, options, log);
			}
			BenchHttp http = new BenchHttp(api.endpoint());
			String staff = issuer.token("bench-staff", "staff");
			System.out.printf("data in %s (api log: %s, api pid %d)%n%n", data, log, api.pid());
			load(http, issuer, staff, options);
			System.out.printf("store %.0f MiB, index %.0f MiB on disk%n", size(data.resolve(STORE)),
					size(data.resolve("index")));
			System.out.printf("api resident memory after loading: %s%n%n", memory(api));

			Duration each = Duration.ofSeconds(options.seconds());
			Duration warmUp = Duration.ofSeconds(options.warmUpSeconds());
			System.out.println("warming up (the mix, 8 clients, " + options.warmUpSeconds() + " s) ...");
			Measurement.run(http, bodies(PUBLIC_QUERIES.values()), null, 8, warmUp);
			System.out.println();
			System.out.println("(cpu: the api's CPU time per request, all cores together, which a busy machine"
					+ " changes less than requests/s; jit: the part of it the JIT compiler's threads used;"
					+ " sender: this process's CPU per request, taken from the same cores)");
			table("floor: " + FLOOR, api, http, List.of(BenchHttp.body(FLOOR, Map.of())), options, each);
			for (Map.Entry<String, String> query : PUBLIC_QUERIES.entrySet()) {
				if (options.wants(query.getKey())) {
					table(query.getKey(), api, http, List.of(BenchHttp.body(query.getValue(), Map.of())), options,
							each);
				}
			}
			if (options.wants(MIX)) {
				table(MIX, api, http, bodies(PUBLIC_QUERIES.values()), options, each);
			}
			if (options.wants(MIX_WHILE_WRITING)) {
				mixWhileWriting(api, http, issuer, options, each);
			}
			if (options.wants(SUBMISSIONS)) {
				submissions(api, http, issuer, warmUp, each);
			}
			ApiProcess.Memory memory = api.memory();
			System.out.printf("%napi resident memory after the runs: %s%n", memory);
		}
		finally {
			if (api != null) {
				api.close();
			}
			if (options.data() == null) {
				deleteRecursively(data);
			}
		}
	}

	/** Starts the api on the data directory and says how long that took. */
	private static ApiProcess start(Path data, TestIssuer issuer, Options options, Path log) throws Exception {
		boolean indexed = Files.isDirectory(data.resolve("index"));
		long logBefore = Files.exists(log) ? Files.size(log) : 0;
		long started = System.nanoTime();
		ApiProcess api = ApiProcess.start(data, issuer.url(), options.apiJvmOptions(), log);
		double seconds = (System.nanoTime() - started) / 1e9;
		String rebuilt = rebuildReason(log, logBefore);
		System.out.printf("the api started and answered ready in %.1f s (%s)%n", seconds,
				(rebuilt != null) ? "it rebuilt its index from the store first: " + rebuilt
						: indexed ? "its index was there: it followed the store from where the index stood"
								: "no index yet: it built one from the store first");
		return api;
	}

	/**
	 * Why the api rebuilt its index during this start, as its log says, or null: an index
	 * of an older analysis version is there but rebuilt, which takes as long as none.
	 */
	private static String rebuildReason(Path log, long from) throws IOException {
		if (!Files.exists(log)) {
			return null;
		}
		try (var in = Files.newInputStream(log)) {
			in.skipNBytes(Math.min(from, Files.size(log)));
			String written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String marker = "is rebuilt from its source: ";
			int at = written.indexOf(marker);
			if (at < 0) {
				return null;
			}
			int end = written.indexOf('\n', at);
			return written.substring(at + marker.length(), (end < 0) ? written.length() : end).strip();
		}
	}

	/** How many problems the public reads in the running api. */
	private static int count(ApiProcess api, TestIssuer issuer) throws Exception {
		return new BenchHttp(api.endpoint())
			.send(BenchHttp.body("{ problems(first: 1) { totalCount } }", Map.of()),
					issuer.token("bench-staff", "staff"))
			.path("data")
			.path("problems")
			.path("totalCount")
			.asInt();
	}

	private static void seed(Path data, int missing) throws Exception {
		System.out.printf("seeding %,d published problems through the problem feature's import (%d threads; the api"
				+ " stopped meanwhile, as the store admits one process) ...%n", missing, SEED_THREADS);
		Seeder.Timing took = Seeder.seed(data, missing, SEED_THREADS);
		System.out.printf(
				"seeded %,d problems in %.0f s: %.0f problems/s (plus %.1f s to start the application on"
						+ " the store)%n",
				missing, took.importSeconds(), missing / took.importSeconds(), took.startSeconds());
	}

	private static void load(BenchHttp http, TestIssuer issuer, String staff, Options options) throws Exception {
		int present = http.send(BenchHttp.body("{ problems(first: 1) { totalCount } }", Map.of()), staff)
			.path("data")
			.path("problems")
			.path("totalCount")
			.asInt();
		Loader loader = new Loader(http, issuer);
		List<String> sample;
		if (present < options.problems() && !options.seeds()) {
			int missing = options.problems() - present;
			System.out.printf("loading %,d problems through problemSubmit and problemPublish (8 clients, %d per"
					+ " request) ...%n", missing, Loader.BATCH);
			long started = System.nanoTime();
			sample = loader.problems(missing, 8);
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("loaded %,d problems in %.0f s: %.0f problems/s (each submitted and published)%n%n",
					missing, seconds, missing / seconds);
		}
		else {
			System.out.printf("the store already holds %,d problems%n", present);
			sample = new ArrayList<>();
			JsonNode page = http.send(BenchHttp.body("{ problems(first: 100) { nodes { id status } } }", Map.of()),
					staff);
			page.path("data").path("problems").path("nodes").forEach((node) -> {
				if ("PUBLISHED".equals(node.path("status").asString())) {
					sample.add(node.path("id").asString());
				}
			});
		}
		// Loading can outlast a token: ask with a fresh one.
		String fresh = issuer.token("bench-staff", "staff");
		int themes = http.send(BenchHttp.body("{ themes(first: 1) { totalCount } }", Map.of()), fresh)
			.path("data")
			.path("themes")
			.path("totalCount")
			.asInt();
		if (themes == 0) {
			loader.themes(50, sample);
			loader.companies(20);
			System.out.println("created 50 themes taking up 5 problems each, and 20 verified companies");
		}
	}

	private static void table(String title, ApiProcess api, BenchHttp http, List<String> bodies, Options options,
			Duration each) throws Exception {
		System.out.println(title);
		for (int clients : options.levels()) {
			long cpu = api.cpuMillis();
			long jit = api.compilerCpuMillis();
			long client = clientCpuMillis();
			Measurement m = Measurement.run(http, bodies, null, clients, each);
			print(m, api.cpuMillis() - cpu, api.compilerCpuMillis() - jit, clientCpuMillis() - client);
		}
		System.out.println();
	}

	/**
	 * The public mix with a paced writer beside it: the list pages are kept per index
	 * reader, and this shows what the reads cost when writes keep opening new readers.
	 */
	private static void mixWhileWriting(ApiProcess api, BenchHttp http, TestIssuer issuer, Options options,
			Duration each) throws Exception {
		List<String> writes = submissionBodies(11L);
		String token = issuer.token("bench-paced-writer", "citizen");
		// The write path is compiled first, as the submissions' own measurement does: a
		// cold one spent more CPU in the JIT's threads than in the reads.
		System.out.println("warming up the mix beside the writer (8 clients, " + options.warmUpSeconds() + " s) ...");
		PacedWriter warming = PacedWriter.start(http, writes, token);
		Measurement.run(http, bodies(PUBLIC_QUERIES.values()), null, 8, Duration.ofSeconds(options.warmUpSeconds()));
		warming.stop();
		System.out.println(MIX_WHILE_WRITING);
		for (int clients : options.levels()) {
			PacedWriter writer = PacedWriter.start(http, writes, token);
			long cpu = api.cpuMillis();
			long jit = api.compilerCpuMillis();
			long client = clientCpuMillis();
			Measurement m = Measurement.run(http, bodies(PUBLIC_QUERIES.values()), null, clients, each);
			long apiCpu = api.cpuMillis() - cpu;
			long jitCpu = api.compilerCpuMillis() - jit;
			long clientCpu = clientCpuMillis() - client;
			writer.stop();
			print(m, apiCpu, jitCpu, clientCpu);
			System.out.printf(
					"               beside it: %d problems submitted, %d failed (their CPU is in the reads')%n",
					writer.written().get(), writer.failed().get());
		}
		System.out.println();
	}

	/** One client submitting a problem every {@link #WRITE_EVERY}, beside the readers. */
	private record PacedWriter(Thread thread, AtomicBoolean stopped, AtomicInteger written, AtomicInteger failed) {

		static PacedWriter start(BenchHttp http, List<String> writes, String token) {
			AtomicBoolean stopped = new AtomicBoolean();
			AtomicInteger written = new AtomicInteger();
			AtomicInteger failed = new AtomicInteger();
			Thread thread = Thread.ofPlatform().name("paced-writer").start(() -> {
				long next = System.nanoTime();
				for (int i = 0; !stopped.get(); i++) {
					long took = http.time(writes.get(i % writes.size()), token);
					(took < 0 ? failed : written).incrementAndGet();
					next += WRITE_EVERY.toNanos();
					LockSupport.parkNanos(next - System.nanoTime());
				}
			});
			return new PacedWriter(thread, stopped, written, failed);
		}

		void stop() throws InterruptedException {
			this.stopped.set(true);
			this.thread.join();
		}

	}

	private static List<String> submissionBodies(long seed) {
		ProblemTexts texts = new ProblemTexts(seed);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			bodies.add(BenchHttp.body(
					"mutation($input: ProblemSubmitInput!) { problemSubmit(input: $input) { problem { id } userErrors { code } } }",
					Map.of("input", texts.next())));
		}
		return bodies;
	}

	private static void submissions(ApiProcess api, BenchHttp http, TestIssuer issuer, Duration warmUp, Duration each)
			throws Exception {
		List<String> bodies = submissionBodies(7L);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			tokens.add(issuer.token("bench-writer-" + i, "citizen"));
		}
		Supplier<String> token = () -> tokens.get((int) (Thread.currentThread().threadId() % tokens.size()));
		// The reads are warmed up before they are measured, and so are the writes: on a
		// store loaded earlier the api has not run a write yet, and the first seconds of
		// submissions went largely to compiling the write path (the JIT's threads took a
		// fifth of the api's CPU even minutes into loading).
		System.out.println("warming up submissions (8 clients, " + warmUp.toSeconds() + " s) ...");
		Measurement.run(http, bodies, token, 8, warmUp);
		System.out.println(SUBMISSIONS);
		long cpu = api.cpuMillis();
		long jit = api.compilerCpuMillis();
		long client = clientCpuMillis();
		Measurement m = Measurement.run(http, bodies, token, 8, each);
		print(m, api.cpuMillis() - cpu, api.compilerCpuMillis() - jit, clientCpuMillis() - client);
	}

	private static void print(Measurement m, long apiCpuMillis, long compilerCpuMillis, long clientCpuMillis) {
		long answered = Math.max(1, m.requests() + m.errors());
		System.out.printf(
				"  %3d clients: %7.0f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d   (%,d requests)   cpu %5.2f ms"
						+ " (jit %4.2f; sender %4.2f)%n",
				m.clients(), m.perSecond(), m.p50(), m.p99(), m.errors(), m.requests(),
				(double) apiCpuMillis / answered, (double) compilerCpuMillis / answered,
				(double) clientCpuMillis / answered);
	}

	/**
	 * This process's CPU time: the sender shares the machine's cores with the api, so
	 * what it takes per request is capacity the api does not get.
	 */
	private static long clientCpuMillis() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000;
	}

	private static List<String> bodies(java.util.Collection<String> documents) {
		return documents.stream().map((document) -> BenchHttp.body(document, Map.of())).toList();
	}

	private static String memory(ApiProcess api) throws IOException {
		return api.memory().toString();
	}

	private static Map<String, String> publicQueries() {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("problems: newest page",
				"""
						{ problems(first: 20) { totalCount nodes { id title body ward supporterCount category { nameJa } } } }""");
		queries.put("problems: one ward, most supported first",
				"""
						{ problems(first: 20, filter: { ward: KOKURA_KITA }, orderBy: { field: SUPPORTER_COUNT, direction: DESC }) {
						    totalCount nodes { id title supporterCount } } }""");
		queries.put("themes with their problems",
				"""
						{ themes(first: 10) { totalCount nodes { id title status proposalCount problems { id title supporterCount } } } }""");
		queries.put("companies", """
				{ companies(first: 10) { totalCount nodes { id name tags } } }""");
		queries.put("search",
				"""
						{ search(query: "バス停 高齢者", first: 20) { totalCount nodes { score title { text } passages { text } } } }""");
		queries.put("similarProblems",
				"""
						{ similarProblems(text: "雨の日にバスを待つ場所に屋根がない", first: 5) { score node { ... on Problem { id title } } } }""");
		queries.put("fund", """
				{ fund { contributed allocated available contributions(first: 10) { nodes { donor amount } } } }""");
		return queries;
	}

	private static double size(Path path) throws IOException {
		if (!Files.exists(path)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(path)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum()
					/ (1024.0 * 1024.0);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	/**
	 * The command line.
	 *
	 * @param problems how many problems the store should hold
	 * @param seconds how long each measurement runs
	 * @param warmUpSeconds how long the reads, and then the writes, run unmeasured first:
	 * the launcher's JIT compiles a method only after thousands of calls, so a short
	 * warm-up measures the compiler as much as the api
	 * @param data a data directory to keep (and reuse) instead of a temporary one
	 * @param levels the numbers of concurrent clients
	 * @param apiJvmOptions the api JVM's options
	 * @param only words of the measurements to run (each whose name contains one), all
	 * when empty; the floor always runs, as the others read as ratios to it
	 * @param load how missing problems get into the store: {@code seed} (the problem
	 * feature's import, in minutes) or {@code api} (submitted and published through the
	 * api's mutations, hours for 100,000, the load rate a figure of its own)
	 */
	record Options(int problems, int seconds, int warmUpSeconds, Path data, List<Integer> levels,
			List<String> apiJvmOptions, List<String> only, String load) {

		boolean seeds() {
			return "seed".equals(this.load);
		}

		boolean wants(String measurement) {
			return this.only.isEmpty() || this.only.stream().anyMatch(measurement::contains);
		}

		/** The options, as the usage line and the errors name them. */
		static final String USAGE = "--problems N, --seconds S, --warmup S, --data DIR, --clients 1,8,32,128, --only newest,mix,"
				+ " --load seed|api";

		static Options parse(String[] args) {
			int problems = 100_000;
			int seconds = 10;
			Integer warmUp = null;
			Path data = null;
			List<Integer> levels = List.of(1, 8, 32, 128);
			List<String> only = List.of();
			String load = "seed";
			for (int i = 0; i < args.length; i += 2) {
				if (i + 1 == args.length) {
					throw new IllegalArgumentException(
							(args[i].startsWith("--") ? args[i] + " needs a value" : "Unknown option " + args[i])
									+ "; use " + USAGE);
				}
				switch (args[i]) {
					case "--problems" -> problems = Integer.parseInt(args[i + 1]);
					case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
					case "--warmup" -> warmUp = Integer.parseInt(args[i + 1]);
					case "--data" -> data = Path.of(args[i + 1]).toAbsolutePath();
					case "--clients" -> levels = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
					case "--only" -> only = Arrays.stream(args[i + 1].split(",")).map(String::strip).toList();
					case "--load" -> load = args[i + 1];
					default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; use " + USAGE);
				}
			}
			if (!List.of("seed", "api").contains(load)) {
				throw new IllegalArgumentException(
						"--load takes seed (the problem feature's import) or api (its" + " mutations), not " + load);
			}
			String jvm = System.getProperty("busters.bench.apiJvmOptions", "");
			List<String> apiJvmOptions = jvm.isBlank() ? List.of() : List.of(jvm.strip().split("\\s+"));
			return new Options(problems, seconds, warmUp == null ? seconds : warmUp, data, levels, apiJvmOptions, only,
					load);
		}

	}

}
