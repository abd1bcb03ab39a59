package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Trains the keep model ({@link FindingKeepModel}): a logistic regression over every
 * finding {@link PersonalDataRedactor#detect} returns on every labelled post file (66 in
 * round 36), a finding being right when it touches a labelled value. Cross-validates it
 * by leaving one whole file out at a time and prints, for each threshold, the posts that
 * newly leak and the must-stay strings and posts without data it frees over the held-out
 * files. Run from the repository root with
 * {@code java -cp "api/target/classes:api/target/test-classes:$(cat api/target/classpath.txt)" jp.kitakyushu.busters.api.privacy.FindingKeepModelTrainer};
 * {@code -Dcost=5} is how much more dropping a right finding costs in training,
 * {@code -Dthresholds=0.5,0.7} the probabilities to try, {@code -DperKind=true} also lets
 * each kind alone be dropped, {@code -Dkinds=PERSON_NAME,PHONE} restricts what may be
 * dropped, {@code -Dwrite=0.97} also trains on every file and writes
 * {@code target/privacy/finding-keep-model.tsv} with that threshold.
 *
 * <p>
 * Round 36 (39,898 findings, 1,012 on no labelled value): out of sample it does not
 * separate the must-stay strings from the values. With cost 5 the best threshold, 0.5,
 * frees 4 of 484 must-stay strings and newly leaks 23 posts; with cost 1, names alone at
 * 0.7 free 6 for 5 new leaks, every kind at 0.5 frees 31 for 89. So it is not shipped;
 * the findings on must-stay strings look like the values around them.
 */
public final class FindingKeepModelTrainer {

	static final double[] THRESHOLDS = thresholds(
			System.getProperty("thresholds", "0.5,0.7,0.8,0.9,0.95,0.97,0.98,0.99"));

	/** How many times more dropping a right finding costs than keeping a wrong one. */
	static final double LEAK_COST = Double.parseDouble(System.getProperty("cost", "5"));

	static final int EPOCHS = 8;

	static final double RATE = 0.05;

	/** Features seen fewer times than this in training are left out: they are names. */
	static final int MIN_COUNT = 3;

	static final long SEED = 20261207L;

	private static final Path OUTPUT = Path.of("api/target/privacy/finding-keep-model.tsv");

	private FindingKeepModelTrainer() {
	}

	private static double[] thresholds(String spec) {
		String[] parts = spec.split(",");
		double[] out = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			out[i] = Double.parseDouble(parts[i].trim());
		}
		return out;
	}

	/** One post with the findings the rules made, resolved. */
	record Case(LabelledPost post, String folded, List<Finding> candidates, List<List<String>> features,
			boolean[] right) {
	}

	/** Every labelled post file in the test resources, as resources. */
	static List<String> files() throws IOException {
		try (Stream<Path> paths = Files.list(Path.of("api/src/test/resources/privacy"))) {
			return paths.map((p) -> p.getFileName().toString())
				.filter((n) -> n.startsWith("posts-") && n.endsWith(".tsv"))
				.sorted()
				.map((n) -> "/privacy/" + n)
				.toList();
		}
	}

	static List<Case> cases(String file) {
		List<Case> cases = new ArrayList<>();
		PersonalDataRedactor redactor = PersonalDataRedactor.standard();
		for (LabelledPost post : LabelledPost.load(file)) {
			String folded = TextFold.fold(post.text());
			List<Finding> candidates = redactor.detect(post.text());
			BitSet labelled = new BitSet();
			String text = post.text();
			for (LabelledPost.Value value : post.values()) {
				for (int at = text.indexOf(value.text()); at >= 0; at = text.indexOf(value.text(), at + 1)) {
					labelled.set(at, at + value.text().length());
				}
			}
			List<List<String>> features = new ArrayList<>();
			boolean[] right = new boolean[candidates.size()];
			for (int i = 0; i < candidates.size(); i++) {
				Finding finding = candidates.get(i);
				features.add(FindingKeepModel.features(folded, finding, candidates));
				int next = labelled.nextSetBit(finding.start());
				right[i] = next >= 0 && next < finding.end();
			}
			cases.add(new Case(post, folded, candidates, features, right));
		}
		return cases;
	}

	/** Trains on the cases: the label is 1 for a finding on no labelled value. */
	static Map<String, Float> train(List<Case> cases) {
		Map<String, Integer> counts = new HashMap<>();
		for (Case c : cases) {
			for (List<String> f : c.features()) {
				for (String feature : f) {
					counts.merge(feature, 1, Integer::sum);
				}
			}
		}
		Map<String, Integer> ids = new HashMap<>();
		counts.forEach((feature, count) -> {
			if (count >= MIN_COUNT || FindingKeepModel.BIAS.equals(feature)) {
				ids.put(feature, ids.size());
			}
		});
		List<int[]> xs = new ArrayList<>();
		List<Boolean> ys = new ArrayList<>();
		for (Case c : cases) {
			for (int i = 0; i < c.features().size(); i++) {
				xs.add(c.features().get(i).stream().filter(ids::containsKey).mapToInt(ids::get).toArray());
				ys.add(!c.right()[i]);
			}
		}
		double[] w = new double[ids.size()];
		double[] u = new double[ids.size()];
		long step = 1;
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < xs.size(); i++) {
			order.add(i);
		}
		Random random = new Random(SEED);
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(order, random);
			for (int index : order) {
				int[] x = xs.get(index);
				double sum = 0;
				for (int f : x) {
					sum += w[f];
				}
				double p = 1 / (1 + Math.exp(-sum));
				boolean drop = ys.get(index);
				double g = drop ? (1 - p) : -p * LEAK_COST;
				double delta = RATE * g;
				for (int f : x) {
					w[f] += delta;
					u[f] += step * delta;
				}
				step++;
			}
		}
		Map<String, Float> weights = new HashMap<>();
		double steps = step;
		ids.forEach((feature, id) -> {
			double value = w[id] - u[id] / steps;
			if (Math.abs(value) >= 0.01) {
				weights.put(feature, (float) value);
			}
		});
		return weights;
	}

	/** The counts that matter to the public over some posts. */
	static final class Tally {

		int leaking;

		int newlyLeaking;

		int keepMasked;

		int unchanged;

		int dropped;

		int droppedRight;

		final List<String> leaks = new ArrayList<>();

	}

	private static Set<PersonalDataKind> kinds() {
		String spec = System.getProperty("kinds");
		if (spec == null || spec.isBlank()) {
			return EnumSet.allOf(PersonalDataKind.class);
		}
		EnumSet<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
		for (String name : spec.split(",")) {
			kinds.add(PersonalDataKind.valueOf(name.trim()));
		}
		return kinds;
	}

	public static void main(String[] args) throws IOException {
		long start = System.nanoTime();
		Map<String, List<Case>> byFile = new LinkedHashMap<>();
		for (String file : files()) {
			byFile.put(file, cases(file));
		}
		int findings = byFile.values().stream().flatMap(List::stream).mapToInt((c) -> c.candidates().size()).sum();
		int wrong = 0;
		for (List<Case> cases : byFile.values()) {
			for (Case c : cases) {
				for (boolean r : c.right()) {
					wrong += r ? 0 : 1;
				}
			}
		}
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d files, %d findings, %d on no labelled value (%.1f s)%n",
				byFile.size(), findings, wrong, (System.nanoTime() - start) / 1e9));
		PersonalDataRedactor marker = PersonalDataRedactor.standard();
		Set<PersonalDataKind> allowed = kinds();
		List<Set<PersonalDataKind>> variants = new ArrayList<>();
		variants.add(allowed);
		if (Boolean.getBoolean("perKind")) {
			for (PersonalDataKind kind : allowed) {
				variants.add(EnumSet.of(kind));
			}
		}
		// [variant][threshold]
		Tally[][] tallies = new Tally[variants.size()][THRESHOLDS.length];
		for (Tally[] row : tallies) {
			for (int t = 0; t < row.length; t++) {
				row[t] = new Tally();
			}
		}
		Tally base = new Tally();
		for (Map.Entry<String, List<Case>> held : byFile.entrySet()) {
			List<Case> training = new ArrayList<>();
			byFile.forEach((file, cases) -> {
				if (!file.equals(held.getKey())) {
					training.addAll(cases);
				}
			});
			FindingKeepModel model = new FindingKeepModel(train(training), 1, EnumSet.allOf(PersonalDataKind.class));
			for (Case c : held.getValue()) {
				PostScore before = PostScore.empty();
				before.add(marker, c.post(), c.candidates());
				base.leaking += before.leakingPosts();
				base.keepMasked += before.keepMasked();
				base.unchanged += before.unchangedPosts();
				double[] p = new double[c.candidates().size()];
				for (int i = 0; i < p.length; i++) {
					p[i] = model.probability(c.folded(), c.candidates().get(i), c.candidates());
				}
				for (int v = 0; v < variants.size(); v++) {
					for (int t = 0; t < THRESHOLDS.length; t++) {
						List<Finding> kept = new ArrayList<>();
						Tally tally = tallies[v][t];
						for (int i = 0; i < p.length; i++) {
							Finding f = c.candidates().get(i);
							if (variants.get(v).contains(f.kind()) && p[i] > THRESHOLDS[t]) {
								tally.dropped++;
								tally.droppedRight += c.right()[i] ? 1 : 0;
							}
							else {
								kept.add(f);
							}
						}
						PostScore after = PostScore.empty();
						after.add(marker, c.post(), kept);
						tally.leaking += after.leakingPosts();
						tally.keepMasked += after.keepMasked();
						tally.unchanged += after.unchangedPosts();
						if (after.leakingPosts() > before.leakingPosts()) {
							tally.newlyLeaking++;
							if (v == 0) {
								tally.leaks.add(held.getKey().substring(9) + ": " + c.post().text().replace("\n", "⏎"));
							}
						}
					}
				}
			}
		}
		out.append(String.format(Locale.ROOT,
				"leave-one-file-out, %d epochs, leak cost %.0f, min count %d; without the model: leaking %d, must-stay masked %d, no-data unchanged %d%n",
				EPOCHS, LEAK_COST, MIN_COUNT, base.leaking, base.keepMasked, base.unchanged));
		for (int v = 0; v < variants.size(); v++) {
			out.append("kinds " + variants.get(v) + "\n");
			out.append(String.format(Locale.ROOT, "  %9s %8s %9s %8s %10s %10s %10s%n", "threshold", "dropped",
					"of right", "leaking", "new leaks", "must-stay", "unchanged"));
			for (int t = 0; t < THRESHOLDS.length; t++) {
				Tally tally = tallies[v][t];
				out.append(String.format(Locale.ROOT, "  %9.2f %8d %9d %8d %10d %5d (%+d) %5d (%+d)%n", THRESHOLDS[t],
						tally.dropped, tally.droppedRight, tally.leaking, tally.newlyLeaking, tally.keepMasked,
						tally.keepMasked - base.keepMasked, tally.unchanged, tally.unchanged - base.unchanged));
			}
		}
		for (int t = 0; t < THRESHOLDS.length; t++) {
			if (!tallies[0][t].leaks.isEmpty()) {
				out.append(String.format(Locale.ROOT, "newly leaking at %.2f:%n", THRESHOLDS[t]));
				tallies[0][t].leaks.forEach((leak) -> out.append("  " + leak + "\n"));
			}
		}
		out.append(String.format(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9));
		System.out.print(out);
		Path report = Path.of("api", "target", "privacy", "finding-keep-model-cv.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
		String write = System.getProperty("write");
		if (write != null) {
			List<Case> all = new ArrayList<>();
			byFile.values().forEach(all::addAll);
			write(train(all), Double.parseDouble(write), allowed, OUTPUT);
		}
	}

	static void write(Map<String, Float> weights, double threshold, Set<PersonalDataKind> kinds, Path file)
			throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# Keep model (round 36): logistic weights of findings on no labelled value, written by\n");
			out.write("# FindingKeepModelTrainer from every labelled post file; drop above the threshold.\n");
			out.write(FindingKeepModel.THRESHOLD + "\t" + threshold + "\n");
			out.write(FindingKeepModel.KINDS + "\t"
					+ String.join(",", kinds.stream().map(PersonalDataKind::name).toList()) + "\n");
			for (Map.Entry<String, Float> entry : new TreeMap<>(weights).entrySet()) {
				out.write(NameModel.escape(entry.getKey()) + "\t" + String.format(Locale.ROOT, "%.3f", entry.getValue())
						+ "\n");
			}
		}
	}

}
