package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.io.InputStream;
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
 * Leave-one-file-out cross-validation of the learned name model: for each labelled file,
 * a model trained on all the others joins the rules, and the file is scored as the public
 * would read it, rules alone against rules and model, in one run. Also prints, for the
 * model alone, the precision of its names above each score, to choose the score above
 * which a name may be masked without review. Writes
 * {@code target/privacy/name-model-cv.txt}. Run from the repository root with
 * {@code java -cp "api/target/classes:api/target/test-classes:$(cat api/target/classpath.txt)" jp.kitakyushu.busters.api.privacy.NameModelCrossValidation [flag scores...]};
 * {@code -Dmask=30} scores the model's names above 30 as masked (by default, the shipped
 * {@link LearnedNames#DEFAULT_MASK_SCORE}); {@code -Dpool=shipped} trains each fold on
 * {@link NameModelTrainer#FIRST_FILES} only (less the file scored) instead of every other
 * file.
 *
 * <p>
 * With {@code -Dscore=22-30} (held-out numbers, ranges or a comma list) it scores those
 * files only, each by a model trained on every other labelled file, against the shipped
 * model on the same file, and prints the counts that matter to the public (posts leaking
 * a value, must-stay strings masked, posts without data unchanged) per file and summed;
 * {@code -Depochs} and {@code -Dkeep} train the fold models with other settings than the
 * shipped model's, and {@code -Dmiss=3} makes a missed name word that no rule hides move
 * the weights three times as far as one the rules already hide, {@code -Dseed} shuffles
 * the posts in another order; {@code -Dmodel=FILE} scores every file by that weights file
 * instead of a fold model ({@code -Dscore=all}: every file). Writes
 * {@code target/privacy/name-model-blind.txt}.
 */
public final class NameModelCrossValidation {

	private static final float[] MASK_SCORES = { 0, 5, 10, 15, 20, 25, 30, 35, 40, 50 };

	private NameModelCrossValidation() {
	}

	/** The mask score to try, from {@code -Dmask}, or the shipped one. */
	private static float maskScore() {
		String mask = System.getProperty("mask");
		return (mask != null) ? Float.parseFloat(mask) : LearnedNames.DEFAULT_MASK_SCORE;
	}

	/**
	 * The files {@code -Dscore} names: held-out numbers ({@code 22}), ranges
	 * ({@code 22-30}) or {@code tuning-4}, comma-separated.
	 */
	static List<String> scoredFiles(String spec) {
		if ("all".equals(spec)) {
			return NameModelTrainer.CROSS_VALIDATION_FILES;
		}
		List<String> names = new ArrayList<>();
		for (String part : spec.split(",")) {
			String token = part.trim();
			int dash = token.indexOf('-');
			if (dash > 0 && Character.isDigit(token.charAt(0))) {
				for (int n = Integer.parseInt(token.substring(0, dash)); n <= Integer
					.parseInt(token.substring(dash + 1)); n++) {
					names.add("posts-holdout-" + n + ".tsv");
				}
			}
			else if (!token.isEmpty() && Character.isDigit(token.charAt(0))) {
				names.add("posts-holdout-" + token + ".tsv");
			}
			else if (!token.isEmpty()) {
				names.add("posts-" + token + ".tsv");
			}
		}
		List<String> files = new ArrayList<>();
		for (String name : names) {
			NameModelTrainer.CROSS_VALIDATION_FILES.stream()
				.filter((file) -> file.endsWith("/" + name))
				.findFirst()
				.ifPresentOrElse(files::add, () -> {
					throw new IllegalArgumentException("No labelled file " + name);
				});
		}
		return files;
	}

	/**
	 * Each scored file by the shipped model and by a model trained on every other
	 * labelled file, with the rules, as the public reads it.
	 */
	private static void blind(List<String> scored, float flagScore) throws IOException {
		int epochs = Integer.getInteger("epochs", NameModelTrainer.EPOCHS);
		int keepCost = Integer.getInteger("keep", NameModelTrainer.KEEP_COST);
		int missCost = Integer.getInteger("miss", 1);
		PersonalDataRedactor rules = new PersonalDataRedactor(PersonalDataRedactor.rules());
		String modelFile = System.getProperty("model");
		NameModel fixed = null;
		if (modelFile != null) {
			try (InputStream in = Files.newInputStream(Path.of(modelFile))) {
				fixed = NameModel.read(in);
			}
		}
		Map<String, List<NameModelTrainer.Example>> examples = new LinkedHashMap<>();
		for (String file : NameModelTrainer.CROSS_VALIDATION_FILES) {
			examples.put(file, NameModelTrainer.examples(NameModelTrainer.load(file), (missCost != 1) ? rules : null));
		}
		StringBuilder out = new StringBuilder();
		if (fixed != null) {
			out.append("shipped model -> model " + modelFile + "\n");
		}
		out.append(String.format(Locale.ROOT,
				"shipped model -> model trained on the other %d files (%d epochs, keep cost %d, miss cost %d), flag %.1f, mask %.1f%n",
				examples.size() - 1, epochs, keepCost, missCost, flagScore, maskScore()));
		out.append(String.format(Locale.ROOT, "%-22s %5s %15s %13s %13s %13s %13s%n", "file", "posts", "recall",
				"masked", "leaking", "must-stay", "unchanged"));
		PersonalDataRedactor shipped = new PersonalDataRedactor(
				List.copyOf(withModel(NameModel.standard(), flagScore)));
		PostScore allShipped = PostScore.empty();
		PostScore allFold = PostScore.empty();
		long start = System.nanoTime();
		for (String file : scored) {
			List<NameModelTrainer.Example> others = new ArrayList<>();
			examples.forEach((other, list) -> {
				if (!other.equals(file)) {
					others.addAll(list);
				}
			});
			NameModel model = (fixed != null) ? fixed : NameModelTrainer.train(others, epochs, keepCost, missCost,
					Long.getLong("seed", NameModelTrainer.SEED));
			PersonalDataRedactor fold = new PersonalDataRedactor(withModel(model, flagScore));
			List<LabelledPost> posts = NameModelTrainer.load(file);
			PostScore before = PostScore.empty();
			PostScore after = PostScore.empty();
			for (LabelledPost post : posts) {
				before.add(shipped, post);
				after.add(fold, post);
				allShipped.add(shipped, post);
				allFold.add(fold, post);
			}
			String name = file.substring(file.lastIndexOf('/') + 1);
			out.append(counts(name, posts.size(), before, after));
			Path report = Path.of("api", "target", "privacy", "blind", name + ".txt");
			Files.createDirectories(report.getParent());
			Files.writeString(report, after.report(), StandardCharsets.UTF_8);
			Files.writeString(report.resolveSibling("shipped-" + name + ".txt"), before.report(),
					StandardCharsets.UTF_8);
		}
		out.append(counts("SUM", allShipped.postsWithData() + allShipped.postsWithoutData(), allShipped, allFold));
		out.append(String.format(Locale.ROOT, "%d folds trained and scored in %.1f s%n", scored.size(),
				(System.nanoTime() - start) / 1e9));
		System.out.print(out);
		Path file = Path.of("api", "target", "privacy", "name-model-blind.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
	}

	private static List<Detector> withModel(NameModel model, float flagScore) {
		List<Detector> detectors = new ArrayList<>(PersonalDataRedactor.rules());
		detectors.add(new LearnedNames(model, flagScore, maskScore()));
		return detectors;
	}

	private static String counts(String name, int posts, PostScore before, PostScore after) {
		return String.format(Locale.ROOT, "%-22s %5d %s %s %s %s %s%n", name, posts,
				pair(before.recall(), after.recall()), pair(before.maskedRecall(), after.maskedRecall()),
				String.format(Locale.ROOT, "%4d->%4d/%-3d", before.leakingPosts(), after.leakingPosts(),
						after.postsWithData()),
				String.format(Locale.ROOT, "%4d->%4d/%-3d", before.keepMasked(), after.keepMasked(),
						after.keepStrings()),
				String.format(Locale.ROOT, "%4d->%4d/%-3d", before.unchangedPosts(), after.unchangedPosts(),
						after.postsWithoutData()));
	}

	public static void main(String[] args) throws IOException {
		String scoredSpec = System.getProperty("score");
		if (scoredSpec != null) {
			blind(scoredFiles(scoredSpec),
					(args.length > 0) ? Float.parseFloat(args[0]) : LearnedNames.DEFAULT_FLAG_SCORE);
			return;
		}
		float[] flagScores = new float[Math.max(args.length, 1)];
		for (int i = 0; i < args.length; i++) {
			flagScores[i] = Float.parseFloat(args[i]);
		}
		if (args.length == 0) {
			flagScores[0] = LearnedNames.DEFAULT_FLAG_SCORE;
		}
		Map<String, List<LabelledPost>> posts = new LinkedHashMap<>();
		Map<String, List<NameModelTrainer.Example>> examples = new LinkedHashMap<>();
		for (String file : NameModelTrainer.CROSS_VALIDATION_FILES) {
			posts.put(file, NameModelTrainer.load(file));
			examples.put(file, NameModelTrainer.examples(posts.get(file)));
		}
		// -Dpool=shipped trains each fold on the shipped model's files only (less the
		// held-out one), to compare with training on every other labelled file.
		boolean shippedPool = "shipped".equals(System.getProperty("pool"));
		long start = System.nanoTime();
		Map<String, NameModel> models = new LinkedHashMap<>();
		for (String file : NameModelTrainer.CROSS_VALIDATION_FILES) {
			List<NameModelTrainer.Example> others = new ArrayList<>();
			examples.forEach((other, list) -> {
				if (!other.equals(file) && (!shippedPool || NameModelTrainer.FIRST_FILES.contains(other))) {
					others.addAll(list);
				}
			});
			models.put(file, NameModelTrainer.train(others));
		}
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "trained %d models (pool: %s) in %.1f s%n", models.size(),
				shippedPool ? "shipped files" : "all other files", (System.nanoTime() - start) / 1e9));
		PersonalDataRedactor rules = new PersonalDataRedactor(PersonalDataRedactor.rules());
		Map<String, PostScore> rulesScores = new LinkedHashMap<>();
		posts.forEach((file, list) -> rulesScores.put(file, PostScore.of(rules, list)));
		for (float flagScore : flagScores) {
			out.append(String.format(Locale.ROOT,
					"%n== flag score %.1f, mask score %.1f: rules alone -> rules + model ==%n", flagScore,
					maskScore()));
			out.append(String.format(Locale.ROOT, "%-22s %5s %13s %13s %13s %13s %13s %13s %13s%n", "file", "posts",
					"recall", "names", "masked", "leaking", "must-stay", "unchanged", "precision"));
			PostScore allRules = PostScore.empty();
			PostScore allBoth = PostScore.empty();
			for (Map.Entry<String, List<LabelledPost>> entry : posts.entrySet()) {
				List<Detector> detectors = new ArrayList<>(PersonalDataRedactor.rules());
				detectors.add(new LearnedNames(models.get(entry.getKey()), flagScore, maskScore()));
				PersonalDataRedactor both = new PersonalDataRedactor(detectors);
				PostScore score = PostScore.empty();
				for (LabelledPost post : entry.getValue()) {
					score.add(both, post);
					allBoth.add(both, post);
					allRules.add(rules, post);
				}
				String name = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
				out.append(row(name, entry.getValue().size(), rulesScores.get(entry.getKey()), score));
				Path report = Path.of("api", "target", "privacy", shippedPool ? "cv-shipped" : "cv",
						flagScore + "-" + name + ".txt");
				Files.createDirectories(report.getParent());
				Files.writeString(report, score.report(), StandardCharsets.UTF_8);
				Files.writeString(report.resolveSibling("rules-" + name + ".txt"),
						rulesScores.get(entry.getKey()).report(), StandardCharsets.UTF_8);
			}
			out.append(row("ALL (pooled)", posts.values().stream().mapToInt(List::size).sum(), allRules, allBoth));
			out.append(maskPrecision(posts, models, flagScore));
		}
		System.out.print(out);
		Path file = Path.of("api", "target", "privacy", "name-model-cv" + (shippedPool ? "-shipped" : "") + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
	}

	private static String row(String name, int posts, PostScore rules, PostScore both) {
		return String.format(Locale.ROOT, "%-22s %5d %s %s %s %s %s %s %s%n", name, posts,
				pair(rules.recall(), both.recall()),
				pair(rules.recall(PersonalDataKind.PERSON_NAME), both.recall(PersonalDataKind.PERSON_NAME)),
				pair(rules.maskedRecall(), both.maskedRecall()), pair(rules.leakingPostRate(), both.leakingPostRate()),
				pair(rules.overMaskedRate(), both.overMaskedRate()), pair(rules.unchangedRate(), both.unchangedRate()),
				pair(rules.precision(), both.precision()));
	}

	private static String pair(double before, double after) {
		return String.format(Locale.ROOT, "%.3f->%.3f", before, after);
	}

	/**
	 * Of the model's own names (no rules) in each held-out file, how many touch a
	 * labelled value, by the lowest score counted.
	 */
	private static String maskPrecision(Map<String, List<LabelledPost>> posts, Map<String, NameModel> models,
			float flagScore) {
		int[] found = new int[MASK_SCORES.length];
		int[] right = new int[MASK_SCORES.length];
		posts.forEach((file, list) -> {
			LearnedNames model = new LearnedNames(models.get(file), flagScore, Float.POSITIVE_INFINITY);
			for (LabelledPost post : list) {
				BitSet labelled = new BitSet();
				for (LabelledPost.Value value : post.values()) {
					String text = post.text();
					for (int at = text.indexOf(value.text()); at >= 0; at = text.indexOf(value.text(), at + 1)) {
						labelled.set(at, at + value.text().length());
					}
				}
				for (LearnedNames.Span span : model.spans(TextFold.fold(post.text()))) {
					int next = labelled.nextSetBit(span.start());
					boolean hit = next >= 0 && next < span.end();
					for (int t = 0; t < MASK_SCORES.length; t++) {
						if (span.score() > MASK_SCORES[t]) {
							found[t]++;
							right[t] += hit ? 1 : 0;
						}
					}
				}
			}
		});
		StringBuilder out = new StringBuilder("model alone, names scored above: precision (right of found)\n");
		for (int t = 0; t < MASK_SCORES.length; t++) {
			out.append(String.format(Locale.ROOT, "  %5.1f: %.3f (%d of %d)%n", MASK_SCORES[t],
					(found[t] == 0) ? 1.0 : (double) right[t] / found[t], right[t], found[t]));
		}
		return out.toString();
	}

}
