package jp.kitakyushu.busters.api.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The weighted score of one reviewer, and the mean and spread over reviewers.
 */
class WeightedScoresTests {

	static List<CriterionScore> scores(int feasibility, int impact, int value) {
		return List.of(new CriterionScore("実現可能性", 3, feasibility, "c"), new CriterionScore("効果", 2, impact, "c"),
				new CriterionScore("費用対効果", 1, value, "c"));
	}

	@Test
	void weighsEachCriterionByItsWeight() {
		// (3×5 + 2×4 + 1×3) ÷ 6 = 26 ÷ 6
		assertThat(WeightedScores.weighted(scores(5, 4, 3))).isCloseTo(26.0 / 6, within(1e-9));
		// (3×2 + 2×3 + 1×5) ÷ 6 = 17 ÷ 6
		assertThat(WeightedScores.weighted(scores(2, 3, 5))).isCloseTo(17.0 / 6, within(1e-9));
		assertThat(WeightedScores.weighted(scores(0, 0, 0))).isZero();
		assertThat(WeightedScores.weighted(scores(5, 5, 5))).isEqualTo(5.0);
	}

	@Test
	void equalWeightsGiveThePlainMean() {
		List<CriterionScore> equal = List.of(new CriterionScore("a", 1, 1, "c"), new CriterionScore("b", 1, 4, "c"));
		assertThat(WeightedScores.weighted(equal)).isEqualTo(2.5);
	}

	@Test
	void nothingToWeighScoresZero() {
		assertThat(WeightedScores.weighted(List.of())).isZero();
	}

	@Test
	void theProposalScoreIsTheMeanOverReviewersAndTheSpreadTheirRange() {
		List<Double> reviewers = List.of(26.0 / 6, 17.0 / 6);
		assertThat(WeightedScores.mean(reviewers).getAsDouble()).isCloseTo(43.0 / 12, within(1e-9));
		assertThat(WeightedScores.spread(reviewers).getAsDouble()).isCloseTo(1.5, within(1e-9));
		assertThat(WeightedScores.spread(List.of(3.0)).getAsDouble()).isZero();
		assertThat(WeightedScores.mean(List.of())).isEmpty();
		assertThat(WeightedScores.spread(List.of())).isEmpty();
	}

}
