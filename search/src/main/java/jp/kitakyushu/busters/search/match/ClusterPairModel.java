package jp.kitakyushu.busters.search.match;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How likely two published problems are the same problem, seen from both sides: a
 * logistic model over the two "same problem" matches (each problem's match of the other)
 * and where each stands among the other's neighbours, fitted on the tuning duplicates set
 * with its paraphrases published (module README, "Same problem").
 * <p>
 * The intake model judges a text being typed against published posts; here both posts are
 * published and each is matched against the other, and which of its neighbours a post
 * finds most likely tells more than either probability alone: a paraphrase's best match
 * is its original, while a near-miss competes with the paraphrase for the original. The
 * ward features of the intake model are left out: the tuning set's paraphrases have no
 * ward, and a model fitted on them would learn that a missing ward means a duplicate.
 */
final class ClusterPairModel {

	/**
	 * The intake model's features used here, by their index in
	 * {@link SameProblemModel#FEATURES}.
	 */
	static final List<String> SIDE_FEATURES = List.of("sourceCoverage", "titleCoverage", "bigramCoverage", "samePlace",
			"otherPlace", "candidateCoverage", "otherPredicates", "localSourceCoverage", "localCandidateCoverage",
			"unknownShare", "defectCoverage", "otherDefect");

	/**
	 * Weights of: the lower and the higher of the two probabilities, both matches found,
	 * either problem the other's best match, each the other's best match, then each side
	 * feature's mean over the two matches and then its lower value.
	 */
	private static final float[] WEIGHTS = { 2.884f, -1.108f, 2.894f, 2.715f, 1.084f, 0.739f, -3.357f, 7.351f, 0.103f,
			-0.473f, -3.673f, -0.806f, -3.316f, -0.466f, 6.807f, 3.074f, -0.236f, 9.307f, -2.474f, -9.055f, 0.103f,
			-0.473f, 3.791f, 0.476f, 1.947f, 2.307f, -2.638f, -0.500f, 0.207f };

	private static final float BIAS = -9.481f;

	/**
	 * The least probability the intake model must give one of the two matches: the pair
	 * model leans on which neighbour each post finds best, and a post's best neighbour is
	 * not its duplicate when the intake model sees almost no chance of it (on the tuning
	 * set, a near-miss was joined to its original at 0.06 and 0.13).
	 */
	static final float MIN_SAMENESS = 0.15f;

	private static final int[] SIDE_INDEX = SIDE_FEATURES.stream()
		.mapToInt(SameProblemModel.FEATURES::indexOf)
		.toArray();

	private ClusterPairModel() {
	}

	/**
	 * The probability that two problems are the same problem.
	 * @param there the first problem's match of the second
	 * @param back the second's match of the first, or {@code null} when the second did
	 * not find the first among its neighbours
	 * @return a probability between 0 and 1, at least the lower of the two matches'
	 * probabilities, 0 when neither match reaches {@link #MIN_SAMENESS}
	 */
	static float probability(Side there, @Nullable Side back) {
		if (there.sameness() < MIN_SAMENESS && (back == null || back.sameness() < MIN_SAMENESS)) {
			return 0;
		}
		float[] x = features(there, back);
		double z = BIAS;
		for (int i = 0; i < WEIGHTS.length; i++) {
			z += WEIGHTS[i] * x[i];
		}
		// Two posts that each take the other for the same problem are linked at least by
		// the lower of the two probabilities: the fitted weights, learnt on short posts
		// with near-misses beside them, rated posts about roofless bus stops (0.88 to
		// 0.99
		// both ways) below the threshold.
		float agreed = (back != null) ? Math.min(there.sameness(), back.sameness()) : 0;
		return Math.max(agreed, (float) (1 / (1 + Math.exp(-z))));
	}

	static float[] features(Side there, @Nullable Side back) {
		// A match not found is scored as improbable; its features are taken as the other
		// side's, so that only the probabilities and ranks tell the one-sided pair apart.
		Side other = (back != null) ? back : there;
		float backSameness = (back != null) ? back.sameness() : 0;
		float[] x = new float[5 + 2 * SIDE_INDEX.length];
		x[0] = Math.min(there.sameness(), backSameness);
		x[1] = Math.max(there.sameness(), backSameness);
		x[2] = (back != null) ? 1 : 0;
		boolean thereTop = there.rank() == 0;
		boolean backTop = back != null && back.rank() == 0;
		x[3] = (thereTop || backTop) ? 1 : 0;
		x[4] = (thereTop && backTop) ? 1 : 0;
		for (int i = 0; i < SIDE_INDEX.length; i++) {
			float a = there.features()[SIDE_INDEX[i]];
			float b = other.features()[SIDE_INDEX[i]];
			x[5 + i] = (a + b) / 2;
			x[5 + SIDE_INDEX.length + i] = Math.min(a, b);
		}
		return x;
	}

	/**
	 * One problem's match of another.
	 *
	 * @param sameness the intake model's probability
	 * @param features the intake model's features, in the order of
	 * {@link SameProblemModel#FEATURES}
	 * @param rank where the other stands among the problem's neighbours, 0 for its most
	 * likely
	 */
	record Side(float sameness, float[] features, int rank) {
	}

}
