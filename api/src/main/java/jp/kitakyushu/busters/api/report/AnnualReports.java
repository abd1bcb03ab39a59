package jp.kitakyushu.busters.api.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.outcome.OutcomeMetrics;
import jp.kitakyushu.busters.api.outcome.OutcomeQueries;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.report.AnnualReport.ResolvedProblem;
import jp.kitakyushu.busters.api.report.ProblemProjection.Resolution;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;

import org.springframework.stereotype.Component;

/**
 * Reads everything the annual report shows for one fiscal year, through the same read
 * side as the API, so the report and the pages never show two numbers for one figure.
 */
@Component
class AnnualReports {

	private final ReportQueries reports;

	private final ProblemProjection projection;

	private final ProblemQueries problems;

	private final ProposalQueries proposals;

	private final OutcomeQueries outcomes;

	private final ProblemFigures figures;

	private final Months months;

	private final Clock clock;

	AnnualReports(ReportQueries reports, ProblemProjection projection, ProblemQueries problems,
			ProposalQueries proposals, OutcomeQueries outcomes, ProblemFigures figures, ReportProperties properties,
			Clock clock) {
		this.reports = reports;
		this.projection = projection;
		this.problems = problems;
		this.proposals = proposals;
		this.outcomes = outcomes;
		this.figures = figures;
		this.months = new Months(properties.zone());
		this.clock = clock;
	}

	/**
	 * The report of the fiscal year starting in April of {@code year}, up to now while it
	 * runs.
	 */
	AnnualReport of(int year) {
		YearMonth now = this.months.of(this.clock.instant());
		Period fiscal = Period.fiscalYear(year);
		if (fiscal.from().isAfter(now)) {
			throw new ReportRequestException("year", "YEAR_NOT_STARTED",
					year + "年度 (fiscal " + year + ") has not started yet: it starts in April " + year + ".");
		}
		boolean complete = !fiscal.to().isAfter(now);
		Period period = complete ? fiscal : Period.of(fiscal.from(), now);
		ProblemFigureFilter all = ProblemFigureFilter.NONE;
		return new AnnualReport(year, period, complete, this.reports.problemTotals(period, all),
				this.reports.problemFlow(period, ProblemFlowGrouping.MONTH, all),
				this.reports.problemFlow(period, ProblemFlowGrouping.CATEGORY, all),
				this.reports.problemFlow(period, ProblemFlowGrouping.WARD, all), this.reports.problemTimings(period),
				this.reports.themes(period), this.reports.selectionRate(period), this.reports.fundByMonth(period),
				this.reports.fundByTheme(period), this.reports.kpis(period), resolved(period));
	}

	private List<ResolvedProblem> resolved(Period period) {
		Instant from = this.months.start(period.from());
		Instant to = this.months.start(period.end());
		List<Resolution> inYear = this.projection.resolutions()
			.stream()
			.filter((resolution) -> !resolution.resolvedAt().isBefore(from) && resolution.resolvedAt().isBefore(to))
			.toList();
		if (inYear.isEmpty()) {
			return List.of();
		}
		Map<String, Problem> found = this.problems.findVisible(inYear.stream().map(Resolution::id).toList());
		Map<String, Proposal> byId = this.proposals
			.findVisible(inYear.stream().flatMap((resolution) -> resolution.resolvedBy().stream()).distinct().toList());
		Map<String, OutcomeMetrics> latest = new LinkedHashMap<>();
		this.outcomes.allMetrics()
			.stream()
			.filter((record) -> record.asOf().isBefore(to))
			.sorted(Comparator.comparing(OutcomeMetrics::asOf))
			.forEach((record) -> latest.put(record.proposalId(), record));
		List<ResolvedProblem> resolved = new ArrayList<>();
		for (Resolution resolution : inYear) {
			Problem problem = found.get(resolution.id());
			if (problem == null) {
				continue;
			}
			List<String> titles = new ArrayList<>();
			long hours = 0;
			long reached = 0;
			boolean measured = false;
			for (String proposalId : resolution.resolvedBy()) {
				Proposal proposal = byId.get(proposalId);
				if (proposal != null) {
					titles.add(proposal.getPublicTitle());
				}
				OutcomeMetrics metrics = latest.get(proposalId);
				if (metrics != null) {
					hours += metrics.staffHoursSavedPerYear();
					reached += metrics.citizensReached();
					measured = true;
				}
			}
			resolved.add(new ResolvedProblem(GlobalId.encode("Problem", problem.getId()), problem.getPublicTitle(),
					problem.getWard().nameJa(), this.figures.category(problem.getCategory()).nameJa(),
					resolution.resolvedAt(), titles, measured ? hours : null, measured ? reached : null));
		}
		return resolved;
	}

}
