package jp.kitakyushu.busters.search.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.match.MatchSettings;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.query.FullTextSearch;
import jp.kitakyushu.busters.search.query.SearchRequest;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Indexes generated problems, proposals and themes on disk and prints the indexing rate,
 * index size, search and matching latency percentiles and the heap used after a full
 * index.
 *
 * <pre>
 * [--problems N] [--proposals N] [--themes N] [--queries N] [--threads N] [--data DIR] [--dir DIR]
 * [--set name=value,...] [--only floor,search,matchThemes,similarProblems] [--dump FILE] [--index DIR]
 * [--slowest N] [--warmup N]
 * </pre>
 *
 * {@code --index DIR} keeps the index in DIR and reuses it when it already holds as many
 * documents as the run generates, so a loop of measurements skips the indexing.
 * {@code --slowest N} prints each kind's N slowest queries and how many ran during a
 * garbage collection. {@code --warmup N} runs N unmeasured queries of each kind before
 * its measured ones (300 by default, or as many as are measured; the texts cycle over the
 * measured ones), so that a long warm-up shows a warm server's figures once the JIT
 * compiler has settled.
 */
public final class SearchBenchmark {

	/** Words in a floor query. */
	private static final int FLOOR_TERMS = 20;

	/** The measurements to run, by the start of their names; all when empty. */
	private static String only = "";

	/** How many of the slowest queries of each kind are printed. */
	private static int slowest;

	/** Unmeasured queries of each kind before the measured ones. */
	private static int warmup;

	/** Where every answer is written, one a line, to compare two versions' answers. */
	private static java.io.PrintStream dump;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int problems = intArg(args, "--problems", 100_000);
		int proposals = intArg(args, "--proposals", 10_000);
		int themes = intArg(args, "--themes", 1_000);
		int queries = intArg(args, "--queries", 1_000);
		int threads = intArg(args, "--threads", 2);
		only = arg(args, "--only", "");
		slowest = intArg(args, "--slowest", 0);
		warmup = intArg(args, "--warmup", Math.min(queries, 300));
		String dumpFile = arg(args, "--dump", "");
		dump = dumpFile.isEmpty() ? null : new java.io.PrintStream(dumpFile, java.nio.charset.StandardCharsets.UTF_8);
		Path data = Path.of(arg(args, "--data", "../shared/data/eval"));
		String kept = arg(args, "--index", "");
		Path dir = kept.isEmpty() ? Files.createTempDirectory(
				Path.of(arg(args, "--dir", System.getProperty("java.io.tmpdir"))), "busters-bench") : Path.of(kept);
		DocumentGenerator generator = new DocumentGenerator(data, 1);
		List<SearchDocument> documents = new ArrayList<>(problems + proposals + themes);
		for (int i = 0; i < themes; i++) {
			documents.add(generator.theme(i));
		}
		for (int i = 0; i < proposals; i++) {
			documents.add(generator.proposal(i, themes));
		}
		for (int i = 0; i < problems; i++) {
			documents.add(generator.problem(i, themes));
		}
		// The tail of p99 is the collector's pauses: say which collector and heap these
		// figures are from.
		System.out.printf(Locale.ROOT, "jvm: %s, max heap %d MiB, collectors %s%n", Runtime.version(),
				Runtime.getRuntime().maxMemory() / 1048576,
				java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(java.lang.management.GarbageCollectorMXBean::getName)
					.toList());
		System.out.printf(Locale.ROOT, "documents: %d problems, %d proposals, %d themes; %d indexing threads%n",
				problems, proposals, themes, threads);
		System.out.println("text: " + generator.describe(data));
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(dir, "bench"), IndexSource.empty())) {
			int present = index.withSearcher((searcher) -> searcher.getIndexReader().numDocs());
			if (!kept.isEmpty() && present == documents.size()) {
				System.out.printf(Locale.ROOT, "indexing: reused the %d docs in %s%n", present, dir);
			}
			else {
				long start = System.nanoTime();
				index(index, documents, threads);
				index.commit();
				index.refreshNow();
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf(Locale.ROOT, "indexing: %.0f docs/s (%d docs in %.1f s, committed)%n",
						documents.size() / seconds, documents.size(), seconds);
			}
			// The api's index is merged into one segment after a rebuild (IndexRebuild);
			// the benchmark loads through upserts, so it merges the same way here, also a
			// kept index an older benchmark left in several segments.
			int segments = index.withSearcher((searcher) -> searcher.getIndexReader().leaves().size());
			if (segments > 1) {
				long start = System.nanoTime();
				index.compact();
				index.commit();
				System.out.printf(Locale.ROOT, "merged %d segments into one in %.1f s (committed)%n", segments,
						(System.nanoTime() - start) / 1e9);
			}
			System.out.printf(Locale.ROOT, "index size on disk: %.1f MiB%n", size(dir) / 1048576.0);
			System.out.printf(Locale.ROOT, "heap used after full index (after GC): %.0f MiB%n",
					heapAfterGc() / 1048576.0);
			FullTextSearch search = new FullTextSearch(index);
			MatchSettings settings = MatchSettings.defaults();
			for (String pair : arg(args, "--set", "").split(",")) {
				if (pair.contains("=")) {
					settings = settings.with(pair.substring(0, pair.indexOf('=')),
							pair.substring(pair.indexOf('=') + 1));
				}
			}
			Matcher matcher = new Matcher(index, settings);
			List<String> searchQueries = new ArrayList<>();
			List<String> proposalTexts = new ArrayList<>();
			List<String> problemTexts = new ArrayList<>();
			for (int i = 0; i < queries; i++) {
				searchQueries.add(generator.query());
				proposalTexts.add(generator.text(4 + i % 4));
				problemTexts.add(generator.text(1 + i % 3));
			}
			List<Query> floorQueries = new ArrayList<>();
			for (String text : problemTexts) {
				floorQueries.add(floorQuery(text));
			}
			report("floor (plain Lucene top-10, same texts)",
					(i) -> index.withSearcher((searcher) -> searcher.search(floorQueries.get(i), 10)), queries,
					problemTexts::get);
			report("search (20 hits, facets, highlights)",
					(i) -> search.search(SearchRequest.builder(searchQueries.get(i)).build()), queries,
					searchQueries::get);
			report("search without facets (the api's mix)",
					(i) -> search.search(SearchRequest.builder(searchQueries.get(i)).withoutFacets().build()), queries,
					searchQueries::get);
			report("matchThemes (proposal text -> 5 themes)", (i) -> matcher.themesFor(proposalTexts.get(i), 5),
					queries, proposalTexts::get);
			report("similarProblems (problem text -> 10)", (i) -> matcher.similarProblems(problemTexts.get(i), 10),
					queries, problemTexts::get);
		}
		finally {
			if (kept.isEmpty()) {
				delete(dir);
			}
		}
	}

	/**
	 * What Lucene alone costs for a similar-problems text: its first
	 * {@value #FLOOR_TERMS} distinct Japanese and English words in one disjunction over
	 * the text fields, no synonyms, no re-ranking, no highlighting.
	 */
	private static Query floorQuery(String text) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Set<Term> terms = new LinkedHashSet<>();
		for (Family family : List.of(Family.JA, Family.EN)) {
			String field = IndexFields.analyzed(IndexFields.TEXT, family);
			try (TokenStream stream = family.analyzer().tokenStream(field, text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken() && terms.size() < FLOOR_TERMS) {
					terms.add(new Term(field, term.toString()));
				}
				stream.end();
			}
		}
		terms.forEach((term) -> query.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
		return query.build();
	}

	private static void index(SearchIndex index, List<SearchDocument> documents, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int offset = t;
				futures.add(pool.submit(() -> {
					for (int i = offset; i < documents.size(); i += threads) {
						index.upsert(documents.get(i));
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Runs the operation once per query after a warm-up, single-threaded, and prints
	 * percentiles.
	 */
	private static void report(String name, IntFunction<Object> operation, int queries, IntFunction<String> texts) {
		if (!only.isEmpty() && Arrays.stream(only.split(",")).noneMatch(name::startsWith)) {
			return;
		}
		for (int i = 0; i < warmup; i++) {
			operation.apply(i % queries);
		}
		long[] nanos = new long[queries];
		long[] cpu = new long[queries];
		boolean[] collected = new boolean[queries];
		long digest = 0;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long processCpuBefore = system.getProcessCpuTime();
		for (int i = 0; i < queries; i++) {
			long collections = collections();
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			Object result = operation.apply(i);
			nanos[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
			collected[i] = collections() != collections;
			digest = digest * 31 + String.valueOf(result).hashCode();
			if (dump != null) {
				dump.println(name + " " + i + " " + result);
			}
		}
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		long processCpu = system.getProcessCpuTime() - processCpuBefore;
		if (slowest > 0) {
			printSlowest(nanos, collected, slowest, texts);
			// The calling thread's CPU time and allocation tell two versions apart when
			// other work on the machine blurs the wall-clock times; the process's CPU
			// counts as well what other threads (a searcher's executor, the collector)
			// spent on the queries.
			Arrays.sort(cpu);
			System.out.printf(Locale.ROOT,
					"  this thread: CPU p50 %.2f ms, p99 %.2f ms, mean %.2f ms; process CPU %.2f ms per query; %.2f MB allocated per query%n",
					cpu[queries / 2] / 1e6, cpu[(int) Math.min(queries - 1, Math.ceil(queries * 0.99) - 1)] / 1e6,
					Arrays.stream(cpu).average().orElse(0) / 1e6, processCpu / 1e6 / queries,
					allocated / 1e6 / queries);
		}
		Arrays.sort(nanos);
		// The digest of every answer (ids, scores, terms, passages) tells whether a
		// change that should only be faster changed what the queries return.
		System.out.printf(Locale.ROOT,
				"%-42s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms  (%d queries, answers %016x)%n", name,
				nanos[queries / 2] / 1e6, nanos[(int) Math.min(queries - 1, Math.ceil(queries * 0.99) - 1)] / 1e6,
				nanos[queries - 1] / 1e6, queries, digest);
	}

	/**
	 * The slowest queries, with whether a garbage collection ran during each: whether the
	 * tail is the collector's or some texts'.
	 */
	private static void printSlowest(long[] nanos, boolean[] collected, int count, IntFunction<String> texts) {
		Integer[] order = new Integer[nanos.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingLong((Integer i) -> nanos[i]).reversed());
		long withCollection = 0;
		for (boolean c : collected) {
			withCollection += c ? 1 : 0;
		}
		// The queries no collection met show what the code costs apart from the
		// collector's pauses.
		long[] quiet = new long[(int) (nanos.length - withCollection)];
		for (int i = 0, q = 0; i < nanos.length; i++) {
			if (!collected[i]) {
				quiet[q++] = nanos[i];
			}
		}
		Arrays.sort(quiet);
		System.out.printf(Locale.ROOT, "  queries during a collection: %d of %d; the others p50 %.2f ms, p99 %.2f ms%n",
				withCollection, nanos.length, (quiet.length == 0) ? 0 : quiet[quiet.length / 2] / 1e6,
				(quiet.length == 0) ? 0 : quiet[(int) Math.max(0, Math.ceil(quiet.length * 0.99) - 1)] / 1e6);
		for (int k = 0; k < Math.min(count, order.length); k++) {
			int i = order[k];
			String text = texts.apply(i).replace('\n', ' ');
			System.out.printf(Locale.ROOT, "  %7.2f ms%s  #%d  %d chars  %s%n", nanos[i] / 1e6,
					collected[i] ? " (gc)" : "", i, text.length(), text.substring(0, Math.min(60, text.length())));
		}
	}

	private static long collections() {
		long count = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, collector.getCollectionCount());
		}
		return count;
	}

	private static long heapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	private static void delete(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/**
	 * The last value given for an option, so the user's arguments override the script's.
	 */
	private static String arg(String[] args, String name, String fallback) {
		String value = fallback;
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				value = args[i + 1];
			}
		}
		return value;
	}

	private static int intArg(String[] args, String name, int fallback) {
		return Integer.parseInt(arg(args, name, String.valueOf(fallback)));
	}

}
