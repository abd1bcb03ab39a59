package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leave-one-file-out cross-validation of the learned value model over every labelled file
 * (each by another writer, so the honest proxy for unseen text): for each file, a model
 * trained on all the others runs after the rules and the name model, and the file is
 * scored as the public reads it, rules and name model alone against rules, name model and
 * value model, at each flag score given. Prints per file and summed: posts leaking a
 * value, must-stay strings masked, posts without data unchanged. Writes
 * {@code api/target/privacy/value-model-cv.txt} and the reports of each file under
 * {@code api/target/privacy/value-cv/}. Run from the repository root with
 * {@code java -Xmx8g -cp "api/target/classes:api/target/test-classes:$(cat api/target/classpath.txt)" jp.kitakyushu.busters.api.privacy.ValueModelCrossValidation [flag scores...]};
 * {@code -Depochs} and {@code -Dkeep} train with other settings than the shipped model's.
 */
public final class ValueModelCrossValidation {

	private ValueModelCrossValidation() {
	}

	public static void main(String[] args) throws IOException {
		float[] flagScores = new float[Math.max(args.length, 1)];
		flagScores[0] = LearnedValues.DEFAULT_FLAG_SCORE;
		for (int i = 0; i < args.length; i++) {
			flagScores[i] = Float.parseFloat(args[i]);
		}
		int epochs = Integer.getInteger("epochs", ValueModelTrainer.EPOCHS);
		int keepCost = Integer.getInteger("keep", ValueModelTrainer.KEEP_COST);
		long start = System.nanoTime();
		List<Detector> before = ValueModelTrainer.before();
		Map<String, List<LabelledPost>> posts = new LinkedHashMap<>();
		Map<String, BitSet> rows = new LinkedHashMap<>();
		List<LabelledPost> all = new ArrayList<>();
		for (String file : ValueModelTrainer.FILES) {
			List<LabelledPost> list = LabelledPost.load(file);
			posts.put(file, list);
			BitSet range = new BitSet();
			range.set(all.size(), all.size() + list.size());
			rows.put(file, range);
			all.addAll(list);
		}
		ValueModelTrainer.Indexed indexed = new ValueModelTrainer.Indexed(ValueModelTrainer.examples(all, before));
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d posts of %d files, features computed in %.1f s%n", all.size(),
				posts.size(), (System.nanoTime() - start) / 1e9));
		PersonalDataRedactor baseline = new PersonalDataRedactor(before);
		Map<String, PostScore> base = new LinkedHashMap<>();
		Map<String, Map<Float, PostScore>> folds = new LinkedHashMap<>();
		for (Map.Entry<String, List<LabelledPost>> entry : posts.entrySet()) {
			String file = entry.getKey();
			base.put(file, PostScore.of(baseline, entry.getValue()));
			BitSet others = new BitSet();
			others.set(0, all.size());
			others.andNot(rows.get(file));
			ValueModel model = indexed.train(others, epochs, keepCost, ValueModelTrainer.SEED);
			Map<Float, PostScore> scores = new LinkedHashMap<>();
			for (float flagScore : flagScores) {
				List<Detector> detectors = new ArrayList<>(before);
				detectors.add(new LearnedValues(model, flagScore));
				scores.put(flagScore, PostScore.of(new PersonalDataRedactor(detectors), entry.getValue()));
			}
			folds.put(file, scores);
			System.out.printf(Locale.ROOT, "%s done at %.1f s%n", file, (System.nanoTime() - start) / 1e9);
		}
		for (float flagScore : flagScores) {
			out.append(String.format(Locale.ROOT,
					"%n== flag score %.1f (%d epochs, keep cost %d): rules + name model -> + value model ==%n",
					flagScore, epochs, keepCost));
			out.append(String.format(Locale.ROOT, "%-22s %5s %15s %15s %15s %15s%n", "file", "posts", "leaking",
					"must-stay", "unchanged", "recall"));
			int[] sum = new int[9];
			for (String file : posts.keySet()) {
				PostScore b = base.get(file);
				PostScore a = folds.get(file).get(flagScore);
				String name = file.substring(file.lastIndexOf('/') + 1);
				out.append(String.format(Locale.ROOT, "%-22s %5d %s %s %s %.3f->%.3f%n", name, posts.get(file).size(),
						counts(b.leakingPosts(), a.leakingPosts(), a.postsWithData()),
						counts(b.keepMasked(), a.keepMasked(), a.keepStrings()),
						counts(b.unchangedPosts(), a.unchangedPosts(), a.postsWithoutData()), b.recall(), a.recall()));
				sum[0] += b.leakingPosts();
				sum[1] += a.leakingPosts();
				sum[2] += a.postsWithData();
				sum[3] += b.keepMasked();
				sum[4] += a.keepMasked();
				sum[5] += a.keepStrings();
				sum[6] += b.unchangedPosts();
				sum[7] += a.unchangedPosts();
				sum[8] += a.postsWithoutData();
				Path report = Path.of("api", "target", "privacy", "value-cv", flagScore + "-" + name + ".txt");
				Files.createDirectories(report.getParent());
				Files.writeString(report, a.report(), StandardCharsets.UTF_8);
				Files.writeString(report.resolveSibling("base-" + name + ".txt"), b.report(), StandardCharsets.UTF_8);
			}
			out.append(String.format(Locale.ROOT, "%-22s %5d %s %s %s%n", "SUM", all.size(),
					counts(sum[0], sum[1], sum[2]), counts(sum[3], sum[4], sum[5]), counts(sum[6], sum[7], sum[8])));
		}
		out.append(String.format(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - start) / 1e9));
		System.out.print(out);
		Path file = Path.of("api", "target", "privacy", "value-model-cv.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
	}

	private static String counts(int before, int after, int of) {
		return String.format(Locale.ROOT, "%5d->%5d/%-5d", before, after, of);
	}

}
