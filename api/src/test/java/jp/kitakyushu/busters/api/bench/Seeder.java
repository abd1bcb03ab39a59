package jp.kitakyushu.busters.api.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.BustersApiApplication;
import jp.kitakyushu.busters.api.audit.AuditLog.Importer;
import jp.kitakyushu.busters.api.problem.Channel;
import jp.kitakyushu.busters.api.problem.Contact;
import jp.kitakyushu.busters.api.problem.ImportedProblem;
import jp.kitakyushu.busters.api.problem.ProblemImport;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.problem.Ward;
import org.bson.types.ObjectId;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * Fills a data directory with published problems in minutes instead of hours: the api's
 * own application (no web server) on the directory's store, each problem handed to the
 * problem feature's import of past records ({@link ProblemImport}) as the demo data is,
 * so it is stored, masked, supported, audited and announced as the feature stores its
 * own, and every listener but the search index's follows. The directory's index is
 * deleted: the api started afterwards builds its index from the store, as it does
 * whenever its index is missing, and that start is timed.
 */
final class Seeder {

	/** Who the audit trail says brought the problems in. */
	static final Importer IMPORTER = new Importer("bench-seed", "bench-api seed", "ApiBenchmark");

	/** The bean that starts the search index's follower when the application starts. */
	private static final String SEARCH_FOLLOWER_START = "searchFollowsTheStore";

	/** The search feature's listener that indexes what the events name. */
	private static final String SEARCH_INDEXER = "jp.kitakyushu.busters.api.search.SearchIndexer";

	/**
	 * Submitted over the last three years, so lists and reports see a spread of dates.
	 */
	private static final Duration SPAN = Duration.ofDays(3 * 365);

	private Seeder() {
	}

	/**
	 * Imports {@code count} published problems into the store under {@code data} with
	 * {@code threads} threads, and deletes the directory's search index; returns the
	 * seconds the application took to start and to import.
	 */
	static Timing seed(Path data, int count, int threads) throws Exception {
		Path scratch = Files.createTempDirectory("busters-bench-seed-index-");
		long started = System.nanoTime();
		try (ConfigurableApplicationContext api = new SpringApplicationBuilder(BustersApiApplication.class)
			.web(WebApplicationType.NONE)
			.initializers(Seeder::withoutSearchFollower)
			.run("--busters.data-dir=" + data, "--busters.search.index-dir=" + scratch, "--logging.level.root=error",
					"--spring.main.banner-mode=off", "--busters.keycloak.url=http://127.0.0.1:9")) {
			withoutSearchIndexer(api);
			double start = (System.nanoTime() - started) / 1e9;
			long importing = System.nanoTime();
			importProblems(api.getBean(ProblemImport.class), count, threads);
			return new Timing(start, (System.nanoTime() - importing) / 1e9);
		}
		finally {
			deleteRecursively(scratch);
			deleteRecursively(data.resolve("index"));
		}
	}

	/**
	 * The index this application would build is thrown away (the api builds its own from
	 * the store), so its follower is not started: it would first fill the throw-away
	 * index with every problem already stored.
	 */
	private static void withoutSearchFollower(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor(
				(factory) -> ((BeanDefinitionRegistry) factory).removeBeanDefinition(SEARCH_FOLLOWER_START));
	}

	/**
	 * Nor does the search feature's listener index each imported problem into it; every
	 * other listener (timeline, reporting, notifications) does what it does for any
	 * import.
	 */
	private static void withoutSearchIndexer(ConfigurableApplicationContext api) {
		ApplicationEventMulticaster listeners = api.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		int[] removed = { 0 };
		listeners.removeApplicationListeners((listener) -> {
			boolean indexer = listener instanceof GenericApplicationListener named
					&& named.getListenerId().startsWith(SEARCH_INDEXER + ".");
			removed[0] += indexer ? 1 : 0;
			return indexer;
		});
		if (removed[0] == 0) {
			throw new IllegalStateException("No listener of " + SEARCH_INDEXER
					+ " found to leave out while seeding: has the search feature's indexer moved?");
		}
	}

	private static void importProblems(ProblemImport problems, int count, int threads) throws Exception {
		AtomicInteger next = new AtomicInteger();
		Instant now = Instant.now();
		long started = System.nanoTime();
		Workers.run(threads, (thread) -> {
			ProblemTexts texts = new ProblemTexts(20261205L + thread);
			Random random = new Random(thread);
			int i;
			while ((i = next.getAndIncrement()) < count) {
				if (!problems.importIfAbsent(problem(texts.next(), random, i, now), IMPORTER)) {
					throw new IllegalStateException("A new id was taken: the store is not what it seems");
				}
				if ((i + 1) % 10_000 == 0) {
					double seconds = (System.nanoTime() - started) / 1e9;
					System.out.printf("  imported %,d problems (%.0f/s)%n", i + 1, (i + 1) / seconds);
				}
			}
		});
	}

	/**
	 * One published problem from a citizen, submitted some time in the last three years,
	 * with up to three supporters.
	 */
	private static ImportedProblem problem(Map<String, Object> text, Random random, int i, Instant now) {
		List<String> supporters = new ArrayList<>();
		for (int s = random.nextInt(4); s > 0; s--) {
			supporters.add("bench-supporter-" + random.nextInt(1_000));
		}
		String citizen = "bench-citizen-" + (i % 500);
		Instant created = now.minus(Duration.ofSeconds((long) (random.nextDouble() * SPAN.toSeconds())));
		return new ImportedProblem(new ObjectId().toHexString(), (String) text.get("title"), (String) text.get("body"),
				(String) text.get("category"), Ward.valueOf((String) text.get("ward")), null, Channel.WEB, null,
				citizen, null, new Contact(null, null, citizen + "@bench.busters.example", null, null),
				ProblemStatus.PUBLISHED, null, null, List.of(), List.of(), supporters.stream().distinct().toList(),
				created);
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	/**
	 * How long seeding took.
	 *
	 * @param startSeconds the application's start on the store
	 * @param importSeconds importing the problems
	 */
	record Timing(double startSeconds, double importSeconds) {
	}

}
