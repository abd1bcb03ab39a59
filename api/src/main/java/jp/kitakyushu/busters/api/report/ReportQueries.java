package jp.kitakyushu.busters.api.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.report.ProblemProjection.Resolution;
import jp.kitakyushu.busters.api.report.ReportViews.FundProposalShare;
import jp.kitakyushu.busters.api.report.ReportViews.FundThemeShare;
import jp.kitakyushu.busters.api.report.ReportViews.ProblemTimings;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reporting's read side: every figure for a period, as the schema, the open data and the
 * annual report show it. Public figures are open to anyone; proposal and company counts
 * by status are for reporters and staff.
 */
@Service
public class ReportQueries {

	private final ProblemFigures problems;

	private final ProgrammeFigures programme;

	private final FundFigures fund;

	private final KpiFigures kpis;

	private final ProblemProjection projection;

	private final ThemeQueries themes;

	private final ProposalQueries proposals;

	ReportQueries(ProblemFigures problems, ProgrammeFigures programme, FundFigures fund, KpiFigures kpis,
			ProblemProjection projection, ThemeQueries themes, ProposalQueries proposals) {
		this.problems = problems;
		this.programme = programme;
		this.fund = fund;
		this.kpis = kpis;
		this.projection = projection;
		this.themes = themes;
		this.proposals = proposals;
	}

	@PreAuthorize("permitAll()")
	public ProblemFlowRow problemTotals(Period period, ProblemFigureFilter filter) {
		return this.problems.total(period, filter);
	}

	@PreAuthorize("permitAll()")
	public List<ProblemFlowRow> problemFlow(Period period, ProblemFlowGrouping grouping, ProblemFigureFilter filter) {
		return this.problems.flow(period, grouping, filter);
	}

	@PreAuthorize("permitAll()")
	public List<StatusCount> problemsByStatus(Period period, ProblemFigureFilter filter) {
		return counts(this.problems.byStatusNow(period, filter));
	}

	@PreAuthorize("permitAll()")
	public ProblemTimings problemTimings(Period period) {
		Map<Stage, Timing> timings = this.problems.timings(period);
		return new ProblemTimings(timings.get(Stage.PUBLISHED), timings.get(Stage.ADOPTED),
				timings.get(Stage.RESOLVED));
	}

	/** What became of the period's themes; drafts only for reporters and staff. */
	@PreAuthorize("permitAll()")
	public List<ThemeFigures> themes(Period period) {
		boolean insider = insider();
		Map<String, Map<ProposalStatus, Long>> proposalCounts = this.programme.proposalsByTheme();
		Map<String, FundShare> money = this.fund.byTheme(period, true);
		Map<String, Long> resolved = resolvedByTheme();
		List<ThemeFigures> figures = new ArrayList<>();
		for (Theme theme : this.programme.themesOf(period)) {
			ThemeStatus status = this.programme.statusNow(theme);
			if (status == ThemeStatus.DRAFT && !insider) {
				continue;
			}
			Map<ProposalStatus, Long> counts = proposalCounts.getOrDefault(theme.getId(), Map.of());
			long received = counts.entrySet()
				.stream()
				.filter((entry) -> entry.getKey() != ProposalStatus.WITHDRAWN)
				.mapToLong(Map.Entry::getValue)
				.sum();
			long selected = ProgrammeFigures.SELECTED.stream()
				.mapToLong((selectedStatus) -> counts.getOrDefault(selectedStatus, 0L))
				.sum();
			FundShare share = money.getOrDefault(theme.getId(), new FundShare(theme.getId(), 0, 0));
			figures.add(new ThemeFigures(theme, status, theme.getSourceProblemIds().size(), received, selected,
					share.allocated(), share.disbursed(), resolved.getOrDefault(theme.getId(), 0L)));
		}
		return figures;
	}

	@PreAuthorize("permitAll()")
	public List<StatusCount> themesByStatus(Period period) {
		Map<ThemeStatus, Long> counts = this.programme.themesByStatus(period);
		if (!insider()) {
			counts.remove(ThemeStatus.DRAFT);
		}
		return counts(counts);
	}

	@PreAuthorize("hasAnyRole('REPORTER', 'STAFF')")
	public List<StatusCount> proposalsByStatus(Period period) {
		return counts(this.programme.proposalsByStatus(period));
	}

	@PreAuthorize("permitAll()")
	public Rate selectionRate(Period period) {
		return this.programme.selectionRate(period);
	}

	@PreAuthorize("hasAnyRole('REPORTER', 'STAFF')")
	public List<StatusCount> companiesByStatus() {
		return counts(this.programme.companiesByStatus());
	}

	@PreAuthorize("permitAll()")
	public List<FundMonth> fundByMonth(Period period) {
		return this.fund.byMonth(period);
	}

	@PreAuthorize("permitAll()")
	public List<FundThemeShare> fundByTheme(Period period) {
		Map<String, FundShare> shares = this.fund.byTheme(period, false);
		Map<String, Theme> visible = this.themes.findVisible(shares.keySet());
		return shares.values()
			.stream()
			.filter((share) -> visible.containsKey(share.id()))
			.map((share) -> new FundThemeShare(visible.get(share.id()), share.allocated(), share.disbursed()))
			.toList();
	}

	@PreAuthorize("permitAll()")
	public List<FundProposalShare> fundByProposal(Period period) {
		Map<String, FundShare> shares = this.fund.byProposal(period, false);
		Map<String, Proposal> visible = this.proposals.findVisible(shares.keySet());
		return shares.values()
			.stream()
			.filter((share) -> visible.containsKey(share.id()))
			.map((share) -> new FundProposalShare(visible.get(share.id()), share.allocated(), share.disbursed()))
			.toList();
	}

	@PreAuthorize("permitAll()")
	public List<Kpi> kpis(Period period) {
		return this.kpis.progress(period);
	}

	/**
	 * When each of the problems reached its public stages, for the open data: one lookup
	 * by id for the whole batch.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, ProblemDates> problemDates(Collection<String> problemIds) {
		Map<String, ProblemDates> dates = new LinkedHashMap<>();
		for (ProblemRow row : this.projection.rows(problemIds)) {
			dates.put(row.id(),
					new ProblemDates(row.at(Stage.PUBLISHED), row.at(Stage.ADOPTED), row.at(Stage.RESOLVED)));
		}
		return dates;
	}

	/** The KPI values as of the end of the period, without their records. */
	@PreAuthorize("permitAll()")
	public List<KpiValue> kpiValues(Period period) {
		return this.kpis.progress(period)
			.stream()
			.map((kpi) -> new KpiValue(kpi.kind().name(), Statistic.of(kpi.kind()), kpi.value(), kpi.target(),
					kpi.share()))
			.toList();
	}

	/**
	 * One KPI's value, for the open data and the annual report.
	 *
	 * @param key the KPI's stable key, e.g. SOLVED_PROBLEMS
	 * @param statistic its names and definition
	 * @param value the value
	 * @param target the target, null without one
	 * @param share value ÷ target, null without a target
	 */
	public record KpiValue(String key, Statistic statistic, double value, @Nullable Double target,
			@Nullable Double share) {
	}

	/** How many resolved problems each theme's proposals solved. */
	private Map<String, Long> resolvedByTheme() {
		List<Resolution> resolutions = this.projection.resolutions();
		Collection<String> proposalIds = resolutions.stream()
			.flatMap((resolution) -> resolution.resolvedBy().stream())
			.distinct()
			.toList();
		Map<String, Proposal> byId = proposalIds.isEmpty() ? Map.of() : this.proposals.findVisible(proposalIds);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Resolution resolution : resolutions) {
			resolution.resolvedBy()
				.stream()
				.map(byId::get)
				.filter((proposal) -> proposal != null)
				.map(Proposal::getThemeId)
				.distinct()
				.forEach((themeId) -> counts.merge(themeId, 1L, Long::sum));
		}
		return counts;
	}

	private static <E extends Enum<E>> List<StatusCount> counts(Map<E, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new StatusCount(entry.getKey().name(), entry.getValue()))
			.toList();
	}

	static boolean insider() {
		return Viewer.current().map((viewer) -> viewer.has(Role.REPORTER) || viewer.has(Role.STAFF)).orElse(false);
	}

	/** Problems counted by status now, for callers that know the enum. */
	@PreAuthorize("permitAll()")
	public Map<ProblemStatus, Long> problemsByStatusNow(Period period) {
		return this.problems.byStatusNow(period, ProblemFigureFilter.NONE);
	}

}
