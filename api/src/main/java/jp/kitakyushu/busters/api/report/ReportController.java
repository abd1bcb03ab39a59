package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jp.kitakyushu.busters.api.outcome.OutcomeMetrics;
import jp.kitakyushu.busters.api.outcome.OutcomeQueries;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.report.ReportViews.FundProposalShare;
import jp.kitakyushu.busters.api.report.ReportViews.FundThemeShare;
import jp.kitakyushu.busters.api.report.ReportViews.ProblemTimings;
import jp.kitakyushu.busters.api.report.ReportViews.ReportPeriodInput;
import jp.kitakyushu.busters.api.report.ReportViews.ReportQuery;
import jp.kitakyushu.busters.api.report.ReportViews.StatisticDefinition;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The {@code report} query and its fields; the period is checked once at the root and
 * shared by every figure below it.
 */
@Controller
class ReportController {

	private final ReportQueries reports;

	private final ProblemQueries problems;

	private final OutcomeQueries outcomes;

	ReportController(ReportQueries reports, ProblemQueries problems, OutcomeQueries outcomes) {
		this.reports = reports;
		this.problems = problems;
		this.outcomes = outcomes;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	ReportQuery report(@Argument ReportPeriodInput period) {
		return new ReportQuery(Period.of(period.from(), period.to()));
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	List<StatisticDefinition> statisticDefinitions() {
		return Arrays.stream(Statistic.values()).map(StatisticDefinition::of).toList();
	}

	@SchemaMapping(typeName = "Report")
	YearMonth from(ReportQuery report) {
		return report.period().from();
	}

	@SchemaMapping(typeName = "Report")
	YearMonth to(ReportQuery report) {
		return report.period().to();
	}

	@SchemaMapping(typeName = "Report")
	ProblemFlowRow problemTotals(ReportQuery report, @Argument @Nullable ProblemFigureFilter filter) {
		return this.reports.problemTotals(report.period(), orNone(filter));
	}

	@SchemaMapping(typeName = "Report")
	Connection<ProblemFlowRow> problemFlow(ReportQuery report, @Argument ProblemFlowGrouping groupBy,
			@Argument @Nullable ProblemFigureFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = page(first, after);
		return slice(this.reports.problemFlow(report.period(), groupBy, orNone(filter)), page);
	}

	@SchemaMapping(typeName = "Report")
	List<StatusCount> problemsByStatus(ReportQuery report, @Argument @Nullable ProblemFigureFilter filter) {
		return this.reports.problemsByStatus(report.period(), orNone(filter));
	}

	@SchemaMapping(typeName = "Report")
	ProblemTimings problemTimings(ReportQuery report) {
		return this.reports.problemTimings(report.period());
	}

	@SchemaMapping(typeName = "Report")
	Connection<ThemeFigures> themes(ReportQuery report, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = page(first, after);
		return slice(this.reports.themes(report.period()), page);
	}

	@SchemaMapping(typeName = "Report")
	List<StatusCount> themesByStatus(ReportQuery report) {
		return this.reports.themesByStatus(report.period());
	}

	@SchemaMapping(typeName = "Report")
	List<StatusCount> proposalsByStatus(ReportQuery report) {
		return this.reports.proposalsByStatus(report.period());
	}

	@SchemaMapping(typeName = "Report")
	Rate selectionRate(ReportQuery report) {
		return this.reports.selectionRate(report.period());
	}

	@SchemaMapping(typeName = "Report")
	List<StatusCount> companiesByStatus(ReportQuery report) {
		return this.reports.companiesByStatus();
	}

	@SchemaMapping(typeName = "Report")
	Connection<FundMonth> fundByMonth(ReportQuery report, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = page(first, after);
		return slice(this.reports.fundByMonth(report.period()), page);
	}

	@SchemaMapping(typeName = "Report")
	Connection<FundThemeShare> fundByTheme(ReportQuery report, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = page(first, after);
		return slice(this.reports.fundByTheme(report.period()), page);
	}

	@SchemaMapping(typeName = "Report")
	Connection<FundProposalShare> fundByProposal(ReportQuery report, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = page(first, after);
		return slice(this.reports.fundByProposal(report.period()), page);
	}

	@SchemaMapping(typeName = "Report")
	List<Kpi> kpis(ReportQuery report) {
		return this.reports.kpis(report.period());
	}

	@SchemaMapping(typeName = "Kpi")
	String nameJa(Kpi kpi) {
		return Statistic.of(kpi.kind()).nameJa();
	}

	@SchemaMapping(typeName = "Kpi")
	String nameEn(Kpi kpi) {
		return Statistic.of(kpi.kind()).nameEn();
	}

	@SchemaMapping(typeName = "Kpi")
	String definitionJa(Kpi kpi) {
		return Statistic.of(kpi.kind()).definitionJa();
	}

	/**
	 * The records behind the value, solved problems first, each loaded under its own
	 * visibility rule.
	 */
	@SchemaMapping(typeName = "Kpi")
	Connection<Object> records(Kpi kpi, @Argument @Nullable Integer first, @Argument @Nullable String after) {
		PageRequest page = page(first, after);
		List<String> keys = new ArrayList<>();
		kpi.problemIds().forEach((id) -> keys.add("p:" + id));
		kpi.metricsIds().forEach((id) -> keys.add("m:" + id));
		List<String> pageKeys = keys.subList(Math.min(page.offset(), keys.size()),
				Math.min(page.offset() + page.limit(), keys.size()));
		List<String> problemIds = pageKeys.stream()
			.filter((key) -> key.startsWith("p:"))
			.map((key) -> key.substring(2))
			.toList();
		List<String> metricsIds = pageKeys.stream()
			.filter((key) -> key.startsWith("m:"))
			.map((key) -> key.substring(2))
			.toList();
		Map<String, Problem> problems = problemIds.isEmpty() ? Map.of() : this.problems.findVisible(problemIds);
		Map<String, OutcomeMetrics> metrics = metricsIds.isEmpty() ? Map.of()
				: this.outcomes.findVisibleMetrics(metricsIds);
		Map<String, Object> loaded = new LinkedHashMap<>();
		for (String key : pageKeys) {
			Object record = key.startsWith("p:") ? problems.get(key.substring(2)) : metrics.get(key.substring(2));
			if (record != null) {
				loaded.put(key, record);
			}
		}
		return Connection.of(List.copyOf(loaded.values()), page, keys.size());
	}

	@GraphQlExceptionHandler
	GraphQLError badRequest(ReportRequestException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(Map.of("code", "BAD_REQUEST", "reason", ex.reason(), "field", ex.field()))
			.build();
	}

	/** A page request; a page over the limit is the client's error, named as such. */
	static PageRequest page(@Nullable Integer first, @Nullable String after) {
		if (first != null && first > PageRequest.MAX_PAGE_SIZE) {
			throw new ReportRequestException("first", "PAGE_TOO_LARGE", "'first' is " + first
					+ "; a page holds at most " + PageRequest.MAX_PAGE_SIZE + " rows. Page on with 'after'.");
		}
		return PageRequest.of(first, after);
	}

	static <T> Connection<T> slice(List<T> all, PageRequest page) {
		int from = Math.min(page.offset(), all.size());
		int to = Math.min(page.offset() + page.limit(), all.size());
		return Connection.of(all.subList(from, to), page, all.size());
	}

	private static ProblemFigureFilter orNone(@Nullable ProblemFigureFilter filter) {
		return (filter != null) ? filter : ProblemFigureFilter.NONE;
	}

}
