package jp.kitakyushu.busters.api.privacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the detector costs on every write: the time to find and mask the personal data of
 * one 1,000-character post, as p50 and p99 over many posts. A program, not a test, so the
 * figure is read on a quiet machine instead of asserted on a busy one.
 *
 * <p>
 * Posts are built from the labelled tuning posts of both sets, Japanese and English kept
 * apart, cut to exactly {@value #POST_LENGTH} chars; then every post of all four corpora
 * as it was written (most are a few lines). Run with
 * {@code java -cp api/target/classes:api/target/test-classes:$(cat api/target/classpath.txt) jp.kitakyushu.busters.api.privacy.PersonalDataBenchmark [rounds]}.
 */
public final class PersonalDataBenchmark {

	static final int POST_LENGTH = 1_000;

	private static final int POSTS = 400;

	private static final int WARM_UP_ROUNDS = 5;

	private static final long SEED = 20260401L;

	private PersonalDataBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		List<LabelledPost> corpus = new ArrayList<>(LabelledPost.load(LabelledPost.TUNING));
		corpus.addAll(LabelledPost.load(LabelledPost.TUNING_2));
		long start = System.nanoTime();
		PersonalDataRedactor redactor = PersonalDataRedactor.standard();
		System.out.printf(Locale.ROOT, "redactor ready (dictionary loaded) in %.0f ms%n",
				(System.nanoTime() - start) / 1e6);
		List<String> japanese = posts(corpus, true);
		List<String> english = posts(corpus, false);
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			japanese.forEach((post) -> publicText(redactor, post));
			english.forEach((post) -> publicText(redactor, post));
		}
		System.out.printf(Locale.ROOT, "%d posts of %d chars each, %d rounds, %d cores, %s%n", POSTS, POST_LENGTH,
				rounds, Runtime.getRuntime().availableProcessors(), Runtime.version());
		report("Japanese", measure(redactor, japanese, rounds));
		report("English", measure(redactor, english, rounds));
		List<String> asWritten = new ArrayList<>(corpus.stream().map(LabelledPost::text).toList());
		LabelledPost.load(LabelledPost.HELD_OUT_2).forEach((post) -> asWritten.add(post.text()));
		LabelledPost.load(LabelledPost.HELD_OUT_3).forEach((post) -> asWritten.add(post.text()));
		System.out.printf(Locale.ROOT,
				"%d corpus posts as written (tuning, tuning 2, held out 2 and 3), mean %.0f chars%n", asWritten.size(),
				asWritten.stream().mapToInt(String::length).average().orElse(0));
		report("as written", measure(redactor, asWritten, rounds), "per post");
	}

	/** The write path: detect once, then mask what was found. */
	private static String publicText(PersonalDataRedactor redactor, String post) {
		return redactor.redact(post, redactor.detect(post));
	}

	/**
	 * Wall-clock and CPU time of each run: on a shared machine the CPU time shows what
	 * the detector itself costs, the wall-clock time what a request waits.
	 */
	private static long[][] measure(PersonalDataRedactor redactor, List<String> posts, int rounds) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] wall = new long[posts.size() * rounds];
		long[] cpu = new long[wall.length];
		int at = 0;
		int sink = 0;
		for (int round = 0; round < rounds; round++) {
			for (String post : posts) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				sink += publicText(redactor, post).length();
				wall[at] = System.nanoTime() - start;
				cpu[at++] = threads.getCurrentThreadCpuTime() - cpuStart;
			}
		}
		if (sink == 42) {
			System.out.println();
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return new long[][] { wall, cpu };
	}

	private static void report(String name, long[][] sorted) {
		report(name, sorted, "per 1,000-char post");
	}

	private static void report(String name, long[][] sorted, String unit) {
		long[] wall = sorted[0];
		long[] cpu = sorted[1];
		System.out.printf(Locale.ROOT,
				"%-10s %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms wall; p50 %.2f ms, p99 %.2f ms CPU (%d runs)%n", name,
				unit, percentile(wall, 0.50), percentile(wall, 0.99), wall[wall.length - 1] / 1e6,
				percentile(cpu, 0.50), percentile(cpu, 0.99), wall.length);
	}

	private static double percentile(long[] sorted, double fraction) {
		int index = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** Corpus posts of one language in random order, joined and cut into equal posts. */
	static List<String> posts(List<LabelledPost> corpus, boolean japanese) {
		List<String> texts = new ArrayList<>(
				corpus.stream().filter((post) -> post.japanese() == japanese).map(LabelledPost::text).toList());
		Random random = new Random(SEED);
		List<String> posts = new ArrayList<>();
		StringBuilder post = new StringBuilder();
		while (posts.size() < POSTS) {
			String text = texts.get(random.nextInt(texts.size()));
			post.append(text).append(japanese ? "" : " ");
			if (post.length() >= POST_LENGTH) {
				posts.add(post.substring(0, POST_LENGTH));
				post.setLength(0);
			}
		}
		return posts;
	}

}
