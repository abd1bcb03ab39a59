package jp.kitakyushu.busters.web.staff.outcomes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome page's forms as typed.
 */
final class OutcomeForms {

	private OutcomeForms() {
	}

	/**
	 * A progress report.
	 *
	 * @param text what happened
	 */
	record ReportForm(@Nullable String text) {
	}

	/**
	 * Metrics as of a date.
	 *
	 * @param asOf the day they describe
	 * @param staffHours staff hours saved a year
	 * @param citizensReached citizens reached
	 * @param satisfaction change in satisfaction, in percentage points
	 * @param note how they were measured
	 */
	record MetricsForm(@Nullable String asOf, @Nullable String staffHours, @Nullable String citizensReached,
			@Nullable String satisfaction, @Nullable String note) {
	}

	/**
	 * The problems a demonstration solved.
	 *
	 * @param problemIds their global ids
	 */
	record ResolveForm(@Nullable List<String> problemIds) {
	}

}
