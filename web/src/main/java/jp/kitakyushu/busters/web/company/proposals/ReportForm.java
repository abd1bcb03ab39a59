package jp.kitakyushu.busters.web.company.proposals;

import org.jspecify.annotations.Nullable;

/**
 * A progress report as typed: what happened, and the company's own figures if it has
 * them.
 *
 * @param text what happened
 * @param staffHoursSavedPerYear city staff hours saved per year, as measured
 * @param citizensReached citizens reached so far
 * @param satisfactionChangePoints change in citizen satisfaction, points
 */
record ReportForm(@Nullable String text, @Nullable String staffHoursSavedPerYear, @Nullable String citizensReached,
		@Nullable String satisfactionChangePoints) {

	static ReportForm blank() {
		return new ReportForm("", "", "", "");
	}

}
