package jp.kitakyushu.busters.api.outcome;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The inputs of the outcome mutations, as the schema declares them.
 */
final class OutcomeInputs {

	private OutcomeInputs() {
	}

	record OutcomeReportInput(String proposalId, String text, @Nullable Integer staffHoursSavedPerYear,
			@Nullable Integer citizensReached, @Nullable Double satisfactionChangePoints) {
	}

	record OutcomeRecordMetricsInput(String proposalId, Instant asOf, int staffHoursSavedPerYear, int citizensReached,
			double satisfactionChangePoints, @Nullable String note) {
	}

	record OutcomeResolveProblemsInput(String proposalId, List<String> problemIds) {
	}

}
