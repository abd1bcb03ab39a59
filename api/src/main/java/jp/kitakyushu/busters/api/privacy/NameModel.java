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
 * A linear model that scores each word of a text as part of a person's name or not,
 * trained as an averaged perceptron on the labelled posts (see {@code NameModelTrainer}
 * in the tests) and shipped as a weights file.
 *
 * <p>
 * Words are scored left to right, each knowing whether the word before was taken for a
 * name, so a surname raises the score of the given name after it. Immutable once built.
 */
final class NameModel {

	/** The weights file the trainer writes and the redactor reads. */
	static final String RESOURCE = "/privacy/person-name-model.tsv";

	private final Map<String, Float> weights;

	NameModel(Map<String, Float> weights) {
		this.weights = Map.copyOf(weights);
	}

	/** The model shipped with the application, read once. */
	static NameModel standard() {
		return Holder.STANDARD;
	}

	/**
	 * The score of each word: above zero the perceptron took it for a name; the larger,
	 * the surer.
	 * @param features the features of every word ({@link NameFeatures#of}); null for a
	 * word that cannot be a name
	 * @param threshold the score above which a word counts as a name for the next word's
	 * label feature
	 * @return one score per word
	 */
	float[] scores(List<String[]> features, float threshold) {
		float[] scores = new float[features.size()];
		boolean before = false;
		for (int i = 0; i < scores.length; i++) {
			String[] word = features.get(i);
			scores[i] = (word != null) ? score(word, before) : Float.NEGATIVE_INFINITY;
			before = scores[i] > threshold;
		}
		return scores;
	}

	float score(String[] features, boolean nameBefore) {
		float sum = 0;
		for (String feature : features) {
			sum += weight(feature);
		}
		return sum + weight(labelFeature(nameBefore)) + weight(labelFeature(nameBefore) + features[NameFeatures.SHAPE]);
	}

	/** The feature saying whether the word before was tagged a name. */
	static String labelFeature(boolean nameBefore) {
		return nameBefore ? "y-1=N" : "y-1=O";
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

	static NameModel read(InputStream in) throws IOException {
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
					throw new IllegalStateException("Line " + number + " of the name model has no weight: " + line);
				}
				// Features may hold a line break (the word "\n"); the file escapes it.
				weights.put(unescape(line.substring(0, tab)), Float.parseFloat(line.substring(tab + 1)));
			}
		}
		return new NameModel(weights);
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

		static final NameModel STANDARD = load();

		private static NameModel load() {
			InputStream in = NameModel.class.getResourceAsStream(RESOURCE);
			if (in == null) {
				throw new IllegalStateException("The name model " + RESOURCE + " is not on the classpath");
			}
			try {
				return read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the name model " + RESOURCE, ex);
			}
		}

	}

}
