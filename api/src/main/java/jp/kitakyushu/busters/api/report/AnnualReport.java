package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jp.kitakyushu.busters.api.report.ReportViews.FundThemeShare;
import jp.kitakyushu.busters.api.report.ReportViews.ProblemTimings;
import org.jspecify.annotations.Nullable;

/**
 * Everything the council's annual report shows for one fiscal year, read once.
 *
 * @param fiscalYear the year the fiscal year starts in (April)
 * @param period the months covered: April to March, or to this month while the year runs
 * @param complete whether the fiscal year is over
 * @param totals the problem figures of the year
 * @param byMonth the problem figures per month
 * @param byCategory the problem figures per category
 * @param byWard the problem figures per ward
 * @param timings time to publication, adoption and resolution
 * @param themes the themes created in the year and what became of them
 * @param selectionRate selected proposals out of those decided
 * @param fundByMonth the fund's flows per month
 * @param fundByTheme the fund's flows per theme
 * @param kpis progress against the city's targets as of the year's last month
 * @param resolved the problems resolved in the year, with their outcomes
 */
record AnnualReport(int fiscalYear, Period period, boolean complete, ProblemFlowRow totals,
		List<ProblemFlowRow> byMonth, List<ProblemFlowRow> byCategory, List<ProblemFlowRow> byWard,
		ProblemTimings timings, List<ThemeFigures> themes, Rate selectionRate, List<FundMonth> fundByMonth,
		List<FundThemeShare> fundByTheme, List<Kpi> kpis, List<ResolvedProblem> resolved) {

	/** The year in Japan's era calendar: 2026 is 令和8年度. */
	String reiwa() {
		return "令和" + (this.fiscalYear - 2018) + "年度";
	}

	YearMonth asOf() {
		return this.period.to();
	}

	/**
	 * A problem solved in the year, with what solved it.
	 *
	 * @param problemId the problem's global id
	 * @param title its public title
	 * @param ward the ward's Japanese name
	 * @param category the category's Japanese name
	 * @param resolvedAt when it was resolved
	 * @param proposalTitles the public titles of the proposals that solved it
	 * @param staffHoursSavedPerYear the latest hours saved of those demonstrations
	 * @param citizensReached the latest citizens reached of those demonstrations
	 */
	record ResolvedProblem(String problemId, String title, String ward, String category, Instant resolvedAt,
			List<String> proposalTitles, @Nullable Long staffHoursSavedPerYear, @Nullable Long citizensReached) {
	}

}
