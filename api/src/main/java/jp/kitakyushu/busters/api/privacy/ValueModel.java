package jp.kitakyushu.busters.api.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A linear model that scores each word of a text as part of a personal value other than a
 * name (an address, a phone, an account, a birth date, a My Number, a plate), trained as
 * an averaged perceptron on the labelled posts (see {@code ValueModelTrainer} in the
 * tests) and shipped as a weights file.
 *
 * <p>
 * Words are scored left to right, each knowing whether the word before was taken for a
 * value, was already found by a rule ({@link #FOUND}) or not, so the groups of one number
 * hold together. Immutable once built.
 */
final class ValueModel {

	/** The weights file the trainer writes and the redactor reads. */
	static final String RESOURCE = "/privacy/personal-value-model.tsv";

	/** The word before was not taken for a value. */
	static final char OTHER = 'O';

	/** The word before was taken for a value. */
	static final char VALUE = 'V';

	/** The word before was covered by a finding of the rules or the name model. */
	static final char FOUND = 'F';

	private final Map<String, Float> weights;

	ValueModel(Map<String, Float> weights) {
		this.weights = Map.copyOf(weights);
	}

	/** The model shipped with the application, read once. */
	static ValueModel standard() {
		return Holder.STANDARD;
	}

	/**
	 * The score of each word: above zero the perceptron took it for part of a value; the
	 * larger, the surer.
	 * @param features the features of every word ({@link ValueFeatures#of}); null for a
	 * word already found, {@link ValueFeatures#LINE_BREAK} for a line break
	 * @param threshold the score above which a word counts as a value for the next word's
	 * label feature
	 * @return one score per word; negative infinity for a word found or a line break
	 */
	float[] scores(List<String[]> features, float threshold) {
		float[] scores = new float[features.size()];
		char before = OTHER;
		for (int i = 0; i < scores.length; i++) {
			String[] word = features.get(i);
			if (word == null || word == ValueFeatures.LINE_BREAK) {
				scores[i] = Float.NEGATIVE_INFINITY;
				before = (word == null) ? FOUND : OTHER;
				continue;
			}
			scores[i] = score(word, before);
			before = (scores[i] > threshold) ? VALUE : OTHER;
		}
		return scores;
	}

	float score(String[] features, char before) {
		float sum = 0;
		for (String feature : features) {
			sum += weight(feature);
		}
		String label = labelFeature(before);
		return sum + weight(label) + weight(label + features[ValueFeatures.SHAPE]);
	}

	/** The feature saying how the word before was tagged. */
	static String labelFeature(char before) {
		return "y-1=" + before;
	}

	private float weight(String feature) {
		Float weight = this.weights.get(feature);
		return (weight != null) ? weight : 0f;
	}

	Map<String, Float> weights() {
		return this.weights;
	}

	int size() {
		return this.weights.size();
	}

	static ValueModel read(InputStream in) throws IOException {
		Map<String, Float> weights = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int tab = line.lastIndexOf('\t');
				if (tab <= 0) {
					throw new IllegalStateException("Line " + number + " of the value model has no weight: " + line);
				}
				weights.put(unescape(line.substring(0, tab)), Float.parseFloat(line.substring(tab + 1)));
			}
		}
		return new ValueModel(weights);
	}

	static String escape(String feature) {
		return feature.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
	}

	private static String unescape(String feature) {
		StringBuilder out = new StringBuilder(feature.length());
		for (int i = 0; i < feature.length(); i++) {
			char c = feature.charAt(i);
			if (c == '\\' && i + 1 < feature.length()) {
				char next = feature.charAt(++i);
				out.append((next == 'n') ? '\n' : (next == 't') ? '\t' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static final class Holder {

		static final ValueModel STANDARD = load();

		private static ValueModel load() {
			InputStream in = ValueModel.class.getResourceAsStream(RESOURCE);
			if (in == null) {
				throw new IllegalStateException("The value model " + RESOURCE + " is not on the classpath");
			}
			try {
				return read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the value model " + RESOURCE, ex);
			}
		}

	}

}
