package jp.kitakyushu.busters.search.match;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pair model of curation clusters: both matches count, and a pair the intake model
 * sees almost no chance in is never joined, however much each is the other's nearest.
 */
class ClusterPairModelTests {

	private static final float THRESHOLD = MatchSettings.defaults().clusterThreshold();

	@Test
	void aPairTheIntakeModelRulesOutIsNotJoinedEvenAsEachOthersNearest() {
		float[] covered = covered();
		float below = ClusterPairModel.MIN_SAMENESS - 0.01f;
		assertThat(ClusterPairModel.probability(new ClusterPairModel.Side(below, covered, 0),
				new ClusterPairModel.Side(below, covered, 0)))
			.isZero();
		assertThat(ClusterPairModel.probability(new ClusterPairModel.Side(0.3f, covered, 0),
				new ClusterPairModel.Side(below, covered, 0)))
			.isGreaterThanOrEqualTo(THRESHOLD);
	}

	@Test
	void aMatchFoundFromBothSidesCountsMoreThanFromOne() {
		float[] covered = covered();
		float oneSided = ClusterPairModel.probability(new ClusterPairModel.Side(0.4f, covered, 0), null);
		float bothSides = ClusterPairModel.probability(new ClusterPairModel.Side(0.4f, covered, 0),
				new ClusterPairModel.Side(0.4f, covered, 0));
		assertThat(bothSides).isGreaterThan(oneSided);
		assertThat(ClusterPairModel.probability(new ClusterPairModel.Side(0.4f, covered, 3),
				new ClusterPairModel.Side(0.4f, covered, 2)))
			.as("neither the other's nearest")
			.isLessThan(bothSides);
	}

	@Test
	void twoPostsThatEachTakeTheOtherForTheSameProblemAreLinkedAtLeastThatStrongly() {
		// Little shared wording and neither the other's nearest: the fitted weights alone
		// would keep them apart.
		float[] sparse = new float[SameProblemModel.FEATURES.size()];
		assertThat(ClusterPairModel.probability(new ClusterPairModel.Side(0.9f, sparse, 2),
				new ClusterPairModel.Side(0.95f, sparse, 1)))
			.isGreaterThanOrEqualTo(0.9f);
		assertThat(ClusterPairModel.probability(new ClusterPairModel.Side(0.9f, sparse, 2), null))
			.as("one side's match alone")
			.isLessThan(THRESHOLD);
	}

	/** Features of a candidate that shares most of the source's words and its place. */
	private static float[] covered() {
		float[] features = new float[SameProblemModel.FEATURES.size()];
		Arrays.fill(features, 0);
		features[SameProblemModel.FEATURES.indexOf("sourceCoverage")] = 0.6f;
		features[SameProblemModel.FEATURES.indexOf("titleCoverage")] = 0.5f;
		features[SameProblemModel.FEATURES.indexOf("bigramCoverage")] = 0.5f;
		features[SameProblemModel.FEATURES.indexOf("samePlace")] = 1;
		features[SameProblemModel.FEATURES.indexOf("candidateCoverage")] = 0.5f;
		features[SameProblemModel.FEATURES.indexOf("localSourceCoverage")] = 0.5f;
		features[SameProblemModel.FEATURES.indexOf("localCandidateCoverage")] = 0.5f;
		return features;
	}

}
