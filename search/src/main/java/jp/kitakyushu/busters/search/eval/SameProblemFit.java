package jp.kitakyushu.busters.search.eval;

import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.search.match.SameProblemModel;

/**
 * Fits {@link SameProblemModel} on labelled candidates by gradient descent on two losses
 * at once. A conditional logit (softmax over each query's candidates) makes the same
 * problem come first; a logistic loss over every candidate (a near-miss typed as a new
 * problem has only wrong candidates) makes the score itself say how likely a candidate is
 * the same problem, which is what the hint's threshold reads.
 */
final class SameProblemFit {

	/** Weight of the per-candidate logistic loss next to the ranking loss. */
	static final double CALIBRATION_WEIGHT = 30;

	/** Strength of the L2 penalty on the weights (not the bias). */
	static final double L2 = 0.003;

	static final int ITERATIONS = 4_000;

	static final double LEARNING_RATE = 1.0;

	private final List<Group> groups = new ArrayList<>();

	/**
	 * Adds one query's candidates.
	 * @param candidates their features
	 * @param same the index of the same problem among them, -1 when none is
	 */
	void add(List<float[]> candidates, int same) {
		if (!candidates.isEmpty()) {
			this.groups.add(new Group(candidates.stream().map(float[]::clone).toList(), same));
		}
	}

	int size() {
		return this.groups.stream().mapToInt((group) -> group.candidates.size()).sum();
	}

	long positives() {
		return this.groups.stream().filter((group) -> group.same >= 0).count();
	}

	SameProblemModel fit() {
		int d = SameProblemModel.FEATURES.size();
		long ranked = positives();
		int candidates = size();
		if (ranked == 0) {
			throw new IllegalArgumentException("no query has its same problem among the candidates");
		}
		double[] w = new double[d];
		double b = 0;
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[] gradient = new double[d];
			double gradientBias = 0;
			for (Group group : this.groups) {
				double[] z = new double[group.candidates.size()];
				for (int i = 0; i < z.length; i++) {
					z[i] = dot(w, group.candidates.get(i));
				}
				double[] softmax = (group.same >= 0) ? softmax(z) : null;
				for (int i = 0; i < z.length; i++) {
					float[] x = group.candidates.get(i);
					double label = (i == group.same) ? 1 : 0;
					double pointwise = CALIBRATION_WEIGHT * (sigmoid(z[i] + b) - label) / candidates;
					double listwise = (softmax != null) ? (softmax[i] - label) / ranked : 0;
					for (int j = 0; j < d; j++) {
						gradient[j] += (pointwise + listwise) * x[j];
					}
					gradientBias += pointwise;
				}
			}
			for (int j = 0; j < d; j++) {
				w[j] -= LEARNING_RATE * (gradient[j] + L2 * w[j]);
			}
			b -= LEARNING_RATE * gradientBias;
		}
		float[] weights = new float[d];
		for (int j = 0; j < d; j++) {
			weights[j] = (float) w[j];
		}
		return new SameProblemModel(weights, (float) b);
	}

	private static double[] softmax(double[] z) {
		double max = Double.NEGATIVE_INFINITY;
		for (double value : z) {
			max = Math.max(max, value);
		}
		double[] result = new double[z.length];
		double sum = 0;
		for (int i = 0; i < z.length; i++) {
			result[i] = Math.exp(z[i] - max);
			sum += result[i];
		}
		for (int i = 0; i < z.length; i++) {
			result[i] /= sum;
		}
		return result;
	}

	private static double dot(double[] w, float[] x) {
		double z = 0;
		for (int j = 0; j < w.length; j++) {
			z += w[j] * x[j];
		}
		return z;
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	private record Group(List<float[]> candidates, int same) {
	}

}
