package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Trains the value model ({@link ValueModel}) as an averaged perceptron on labelled posts
 * and writes its weights file. Each post's words get their features with what the rules
 * and the name model found in it, as {@link LearnedValues} sees them when it runs after
 * them. Deterministic: the same posts give the same file. Run from the repository root
 * with
 * {@code java -cp "api/target/classes:api/target/test-classes:$(cat api/target/classpath.txt)" jp.kitakyushu.busters.api.privacy.ValueModelTrainer}.
 */
public final class ValueModelTrainer {

	/** Every labelled file, in the order they were written. */
	static final List<String> FILES = Stream
		.concat(NameModelTrainer.FILES.stream(),
				Stream.of(LabelledPost.HELD_OUT_31, LabelledPost.HELD_OUT_32, LabelledPost.HELD_OUT_33))
		.distinct()
		.toList();

	/**
	 * Whether the words the rules or the name model already found train the model too:
	 * they are most of the values, and show what a value looks like in its context.
	 */
	static final boolean COVERED_TOO = !"false".equals(System.getProperty("coveredToo"));

	/** Passes over the posts. */
	static final int EPOCHS = 10;

	/** How much more a must-stay word taken for a value moves the weights. */
	static final int KEEP_COST = 5;

	/** Weights smaller than this are left out of the file: they change no decision. */
	static final double MIN_WEIGHT = 0.05;

	static final long SEED = 20261207L;

	private static final Path OUTPUT = Path.of("api/src/main/resources" + ValueModel.RESOURCE);

	/** A word of a value (any kind but a name). */
	static final byte VALUE = 1;

	/** A word of nothing labelled, or of a must-stay string. */
	static final byte OTHER = 0;

	/** A word of a name only: the name model's, no update either way. */
	static final byte IGNORED = -1;

	private ValueModelTrainer() {
	}

	/** The detectors {@link LearnedValues} runs after: the rules and the name model. */
	static List<Detector> before() {
		return PersonalDataRedactor.withModel(PersonalDataRedactor.rules())
			.stream()
			.filter((detector) -> !(detector instanceof LearnedValues))
			.toList();
	}

	/**
	 * The words of one post with their features and labels.
	 *
	 * @param features per word (null: found already; {@link ValueFeatures#LINE_BREAK})
	 * @param labels per word: {@link #VALUE}, {@link #OTHER} or {@link #IGNORED}
	 * @param keep per word, whether it is part of a string that must stay visible
	 * @param covered per word, whether a finding of the rules or the name model covers it
	 */
	record Example(List<String[]> features, byte[] labels, boolean[] keep, boolean[] covered) {

		static Example of(LabelledPost post, List<Detector> before) {
			String text = post.text();
			String folded = TextFold.fold(text);
			List<Finding> found = new ArrayList<>();
			for (Detector detector : before) {
				detector.detect(folded, found);
			}
			List<NameWords.Word> words = NameWords.of(folded);
			BitSet value = new BitSet();
			BitSet name = new BitSet();
			for (LabelledPost.Value labelled : post.values()) {
				BitSet chars = (labelled.kind() == PersonalDataKind.PERSON_NAME) ? name : value;
				for (int at = text.indexOf(labelled.text()); at >= 0; at = text.indexOf(labelled.text(), at + 1)) {
					chars.set(at, at + labelled.text().length());
				}
			}
			BitSet keep = new BitSet();
			for (String kept : post.keep()) {
				for (int at = text.indexOf(kept); at >= 0; at = text.indexOf(kept, at + 1)) {
					keep.set(at, at + kept.length());
				}
			}
			byte[] labels = new byte[words.size()];
			boolean[] kept = new boolean[words.size()];
			boolean[] covered = new boolean[words.size()];
			ValueFeatures.Found coverage = new ValueFeatures.Found(folded.length(), found);
			for (int i = 0; i < labels.length; i++) {
				NameWords.Word word = words.get(i);
				labels[i] = touches(value, word) ? VALUE : touches(name, word) ? IGNORED : OTHER;
				kept[i] = labels[i] == OTHER && touches(keep, word);
				covered[i] = coverage.covered(word.start(), word.end());
			}
			return new Example(ValueFeatures.of(folded, words, found, true), labels, kept, covered);
		}

		private static boolean touches(BitSet chars, NameWords.Word word) {
			int next = chars.nextSetBit(word.start());
			return next >= 0 && next < word.end();
		}

	}

	static List<Example> examples(List<LabelledPost> posts, List<Detector> before) {
		return posts.stream().map((post) -> Example.of(post, before)).toList();
	}

	/**
	 * The examples as feature numbers, so that many models (one per cross-validation
	 * fold) train on them without hashing strings.
	 */
	static final class Indexed {

		final Map<String, Integer> index = new HashMap<>();

		/** Per example, per word: feature numbers, or null (found or line break). */
		final List<int[][]> rows = new ArrayList<>();

		/** Per example, per word: the label conjunction numbers for O, V and F before. */
		final List<int[][]> conjunctions = new ArrayList<>();

		final List<Example> examples;

		final int[] labelIds = new int[3];

		static final char[] LABELS = { ValueModel.OTHER, ValueModel.VALUE, ValueModel.FOUND };

		Indexed(List<Example> examples) {
			this.examples = examples;
			for (int l = 0; l < LABELS.length; l++) {
				this.labelIds[l] = id(ValueModel.labelFeature(LABELS[l]));
			}
			for (Example example : examples) {
				int n = example.labels().length;
				int[][] rows = new int[n][];
				int[][] conj = new int[n][];
				for (int i = 0; i < n; i++) {
					String[] features = example.features().get(i);
					if (features == ValueFeatures.LINE_BREAK) {
						continue;
					}
					rows[i] = new int[features.length];
					for (int f = 0; f < features.length; f++) {
						rows[i][f] = id(features[f]);
					}
					conj[i] = new int[LABELS.length];
					for (int l = 0; l < LABELS.length; l++) {
						conj[i][l] = id(ValueModel.labelFeature(LABELS[l]) + features[ValueFeatures.SHAPE]);
					}
				}
				this.rows.add(rows);
				this.conjunctions.add(conj);
			}
		}

		private int id(String feature) {
			return this.index.computeIfAbsent(feature, (k) -> this.index.size());
		}

		/**
		 * Averaged perceptron over the given examples.
		 * @param use which examples to train on
		 */
		ValueModel train(BitSet use, int epochs, int keepCost, long seed) {
			int size = this.index.size();
			double[] w = new double[size];
			double[] u = new double[size];
			List<Integer> order = new ArrayList<>();
			for (int e = use.nextSetBit(0); e >= 0; e = use.nextSetBit(e + 1)) {
				order.add(e);
			}
			long step = 1;
			Random random = new Random(seed);
			for (int epoch = 0; epoch < epochs; epoch++) {
				Collections.shuffle(order, random);
				for (int e : order) {
					Example example = this.examples.get(e);
					int[][] rows = this.rows.get(e);
					int[][] conj = this.conjunctions.get(e);
					int before = 0;
					for (int i = 0; i < rows.length; i++) {
						int[] row = rows[i];
						if (row == null || (example.covered()[i] && !COVERED_TOO)) {
							before = (row == null) ? 0 : 2;
							step++;
							continue;
						}
						int labelId = this.labelIds[before];
						int conjId = conj[i][before];
						double score = w[labelId] + w[conjId];
						for (int id : row) {
							score += w[id];
						}
						boolean guess = score > 0;
						byte label = example.labels()[i];
						if (label != IGNORED && guess != (label == VALUE)) {
							int sign = (label == VALUE) ? 1 : example.keep()[i] ? -keepCost : -1;
							for (int id : row) {
								w[id] += sign;
								u[id] += sign * (double) step;
							}
							w[labelId] += sign;
							u[labelId] += sign * (double) step;
							w[conjId] += sign;
							u[conjId] += sign * (double) step;
						}
						before = example.covered()[i] ? 2 : guess ? 1 : 0;
						step++;
					}
				}
			}
			Map<String, Float> averaged = new HashMap<>();
			for (Map.Entry<String, Integer> entry : this.index.entrySet()) {
				int id = entry.getValue();
				float value = Math.round((w[id] - u[id] / step) * 100) / 100f;
				if (Math.abs(value) >= MIN_WEIGHT && wellFormed(entry.getKey())) {
					averaged.put(entry.getKey(), value);
				}
			}
			return new ValueModel(averaged);
		}

	}

	private static boolean wellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	static void write(ValueModel model, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(
					"# Personal-value model: averaged-perceptron weights per feature (see ValueFeatures), written by\n");
			out.write("# ValueModelTrainer from " + FILES.size() + " labelled files, " + EPOCHS + " epochs, keep cost "
					+ KEEP_COST + "; " + model.size() + " features. Do not edit: retrain.\n");
			for (Map.Entry<String, Float> entry : new TreeMap<>(model.weights()).entrySet()) {
				out.write(ValueModel.escape(entry.getKey()) + "\t"
						+ String.format(Locale.ROOT, "%.2f", entry.getValue()) + "\n");
			}
		}
	}

	public static void main(String[] args) throws IOException {
		List<LabelledPost> posts = new ArrayList<>();
		FILES.forEach((file) -> posts.addAll(LabelledPost.load(file)));
		long start = System.nanoTime();
		Indexed indexed = new Indexed(examples(posts, before()));
		BitSet all = new BitSet();
		all.set(0, posts.size());
		ValueModel model = indexed.train(all, Integer.getInteger("epochs", EPOCHS),
				Integer.getInteger("keep", KEEP_COST), SEED);
		write(model, (args.length > 0) ? Path.of(args[0]) : OUTPUT);
		System.out.printf(Locale.ROOT, "trained on %d posts in %.1f s: %d features%n", posts.size(),
				(System.nanoTime() - start) / 1e9, model.size());
	}

}
