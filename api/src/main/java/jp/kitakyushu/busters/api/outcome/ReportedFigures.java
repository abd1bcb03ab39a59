package jp.kitakyushu.busters.api.outcome;

import org.jspecify.annotations.Nullable;

/**
 * The figures a company states in its own progress report. They are the company's claim,
 * shown beside its words; the city's official metrics are what staff record after
 * checking them ({@link OutcomeMetrics}).
 *
 * @param staffHoursSavedPerYear city staff hours saved per year, as the company measured
 * @param citizensReached citizens the demonstration reached so far
 * @param satisfactionChangePoints the change in citizen satisfaction, in points
 */
public record ReportedFigures(@Nullable Integer staffHoursSavedPerYear, @Nullable Integer citizensReached,
		@Nullable Double satisfactionChangePoints) {

	/** The figures given, or null when none was. */
	static @Nullable ReportedFigures ofAny(@Nullable Integer hours, @Nullable Integer citizens,
			@Nullable Double satisfaction) {
		return (hours == null && citizens == null && satisfaction == null) ? null
				: new ReportedFigures(hours, citizens, satisfaction);
	}

}
