package jp.kitakyushu.busters.api.evaluation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of the evaluation mutations, as the schema declares them.
 */
final class EvaluationInputs {

	private EvaluationInputs() {
	}

	record CriterionScoreInput(String criterion, int score, String comment) {
	}

	record EvaluationSubmitInput(String proposalId, List<CriterionScoreInput> scores, @Nullable String comment) {
	}

}
