package jp.kitakyushu.busters.api.evaluation;

import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The arithmetic of evaluation: a reviewer's weighted score is Σ weight × score ÷ Σ
 * weight; a proposal's score is the mean over reviewers, and the spread is the highest
 * minus the lowest reviewer's score. Always derived, never stored.
 */
final class WeightedScores {

	/** The lowest score a criterion can get. */
	static final int MIN_SCORE = 0;

	/** The highest score a criterion can get. */
	static final int MAX_SCORE = 5;

	private WeightedScores() {
	}

	/** One reviewer's weighted score; 0 when there is nothing to weigh. */
	static double weighted(List<CriterionScore> scores) {
		long weights = 0;
		long weighted = 0;
		for (CriterionScore score : scores) {
			weights += score.weight();
			weighted += (long) score.weight() * score.score();
		}
		return (weights > 0) ? (double) weighted / weights : 0;
	}

	/** The mean of the reviewers' weighted scores; empty without reviewers. */
	static OptionalDouble mean(Collection<Double> reviewerScores) {
		return reviewerScores.stream().mapToDouble(Double::doubleValue).average();
	}

	/**
	 * The highest minus the lowest reviewer's weighted score; empty without reviewers.
	 */
	static OptionalDouble spread(Collection<Double> reviewerScores) {
		if (reviewerScores.isEmpty()) {
			return OptionalDouble.empty();
		}
		DoubleSummaryStatistics stats = reviewerScores.stream().mapToDouble(Double::doubleValue).summaryStatistics();
		return OptionalDouble.of(stats.getMax() - stats.getMin());
	}

}
