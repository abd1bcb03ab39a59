package jp.kitakyushu.busters.search.match;

import java.util.Arrays;
import java.util.List;

/**
 * How likely a published problem is the same problem as a text: a logistic model over
 * what makes two posts the same problem rather than the same topic (shared defect words
 * seen from both sides, the title's own words, the place), fitted on the tuning
 * duplicates set
 * ({@code ./busters eval-matching --duplicates search/eval/duplicates-tuning.jsonl --fit}).
 * Its output is the estimated probability, 0 to 1, that the two describe the same
 * problem.
 *
 * @param weights one weight per feature, in the order of {@link #FEATURES}
 * @param bias the intercept
 */
public record SameProblemModel(float[] weights, float bias) {

	/** The features, in order. */
	public static final List<String> FEATURES = List.of(
			// share of the source's words (weighted; place names apart) the candidate has
			"sourceCoverage",
			// share of the candidate's title words the source has: its problem, in short
			"titleCoverage",
			// share of the source's character bigrams the candidate has
			"bigramCoverage",
			// both name the same specific place (a station, district or landmark)
			"samePlace",
			// their places or wards overlap
			"sameWard",
			// the source names places, all in wards the candidate is not in
			"otherWard",
			// both name specific places, none in common
			"otherPlace",
			// share of the candidate's place-free words the source has
			"candidateCoverage",
			// the candidate's title has predicates (屋根がない: ない; 時刻表が読めない: 読める,
			// ない) and the source none of them
			"otherPredicates",
			// sourceCoverage with each word weighted also by how few candidates have it
			"localSourceCoverage",
			// candidateCoverage with each word weighted by how few candidates have it
			"localCandidateCoverage",
			// share of the source's words no indexed document has: what it says is new
			"unknownShare",
			// share of the things the candidate's title says are wrong (屋根 in 屋根がない) the
			// source speaks of
			"defectCoverage",
			// the candidate's title names what is wrong and the source speaks of none of
			// it
			"otherDefect");

	/** Fitted weights, see {@link #defaults()}. */
	private static final float[] DEFAULT_WEIGHTS = { 3.338f, 0.622f, 1.707f, 1.499f, 0.552f, -3.755f, -1.243f, 4.000f,
			-1.104f, 2.806f, 5.096f, 2.009f, 0.480f, -0.343f };

	/** Fitted intercept, see {@link #defaults()}. */
	private static final float DEFAULT_BIAS = -7.289f;

	public SameProblemModel {
		if (weights.length != FEATURES.size()) {
			throw new IllegalArgumentException("expected " + FEATURES.size() + " weights");
		}
		weights = weights.clone();
	}

	/**
	 * The model fitted on the tuning set.
	 * @return the model
	 */
	public static SameProblemModel defaults() {
		return new SameProblemModel(DEFAULT_WEIGHTS, DEFAULT_BIAS);
	}

	/**
	 * The weights, in the order of {@link #FEATURES}.
	 * @return a copy of the weights
	 */
	@Override
	public float[] weights() {
		return this.weights.clone();
	}

	/**
	 * The estimated probability that a candidate is the same problem.
	 * @param features the candidate's features, in the order of {@link #FEATURES}
	 * @return a probability between 0 and 1
	 */
	public float probability(float[] features) {
		double z = this.bias;
		for (int i = 0; i < this.weights.length; i++) {
			z += this.weights[i] * features[i];
		}
		return (float) (1 / (1 + Math.exp(-z)));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SameProblemModel model && Arrays.equals(this.weights, model.weights)
				&& this.bias == model.bias;
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.weights) + Float.hashCode(this.bias);
	}

	@Override
	public String toString() {
		return "SameProblemModel" + Arrays.toString(this.weights) + " bias " + this.bias;
	}

}
