package jp.kitakyushu.busters.api.outcome;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.outcome.OutcomeInputs.OutcomeRecordMetricsInput;
import jp.kitakyushu.busters.api.outcome.OutcomeInputs.OutcomeReportInput;
import jp.kitakyushu.busters.api.outcome.OutcomeInputs.OutcomeResolveProblemsInput;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The outcome mutations, {@code Proposal.outcome} and the fields of outcomes, reports and
 * metrics; a page of proposals with their outcomes costs a constant number of queries.
 */
@Controller
class OutcomeController {

	private final OutcomeService outcomes;

	private final OutcomeQueries queries;

	private final ProposalQueries proposals;

	OutcomeController(OutcomeService outcomes, OutcomeQueries queries, ProposalQueries proposals) {
		this.outcomes = outcomes;
		this.queries = queries;
		this.proposals = proposals;
	}

	@MutationMapping
	OutcomeReportPayload outcomeReport(@Argument OutcomeReportInput input) {
		return Mutations.run(() -> this.outcomes.report(input.proposalId(), input.text()), OutcomeReportPayload::new);
	}

	@MutationMapping
	OutcomeMetricsPayload outcomeRecordMetrics(@Argument OutcomeRecordMetricsInput input) {
		return Mutations.run(() -> this.outcomes.recordMetrics(input), OutcomeMetricsPayload::new);
	}

	@MutationMapping
	OutcomeResolveProblemsPayload outcomeResolveProblems(@Argument OutcomeResolveProblemsInput input) {
		return Mutations.run(() -> this.outcomes.resolveProblems(input.proposalId(), input.problemIds()),
				OutcomeResolveProblemsPayload::new);
	}

	@BatchMapping(typeName = "Proposal")
	Map<Proposal, @Nullable Outcome> outcome(List<Proposal> proposals, GraphQLContext context) {
		Map<String, Outcome> found = this.queries.outcomes(proposals, this.proposals.reader(context));
		Map<Proposal, @Nullable Outcome> result = new LinkedHashMap<>();
		proposals.forEach((proposal) -> result.put(proposal, found.get(proposal.getId())));
		return result;
	}

	@SchemaMapping
	@Nullable Connection<OutcomeReport> reports(Outcome outcome, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = PageRequest.of(first, after);
		return outcome.confidential() ? slice(outcome.allReports(), page) : null;
	}

	@SchemaMapping
	@Nullable OutcomeMetrics metrics(Outcome outcome) {
		return outcome.metrics();
	}

	@SchemaMapping
	Connection<OutcomeMetrics> metricsHistory(Outcome outcome, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		return slice(outcome.metricsHistory(), PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "OutcomeReport")
	String id(OutcomeReport report) {
		return GlobalId.encode(OutcomeService.REPORT_TYPE, OutcomeService.id(report.id()));
	}

	@BatchMapping(typeName = "OutcomeReport", field = "proposal")
	Map<OutcomeReport, @Nullable Proposal> reportProposal(List<OutcomeReport> reports) {
		return byProposal(reports, OutcomeReport::proposalId);
	}

	@SchemaMapping(typeName = "OutcomeMetrics", field = "id")
	String metricsId(OutcomeMetrics metrics) {
		return GlobalId.encode(OutcomeService.METRICS_TYPE, OutcomeService.id(metrics.id()));
	}

	@BatchMapping(typeName = "OutcomeMetrics", field = "proposal")
	Map<OutcomeMetrics, @Nullable Proposal> metricsProposal(List<OutcomeMetrics> records) {
		return byProposal(records, OutcomeMetrics::proposalId);
	}

	@SchemaMapping(typeName = "OutcomeMetrics", field = "recordedAt")
	Instant recordedAt(OutcomeMetrics metrics) {
		return metrics.recordedAt();
	}

	@SchemaMapping(typeName = "OutcomeMetrics", field = "note")
	@Nullable String note(OutcomeMetrics metrics, GraphQLContext context) {
		return this.proposals.reader(context).staff() ? metrics.note() : null;
	}

	private <T> Map<T, @Nullable Proposal> byProposal(List<T> items, Function<T, String> proposalId) {
		Map<String, Proposal> found = this.proposals.findVisible(items.stream().map(proposalId).distinct().toList());
		Map<T, @Nullable Proposal> result = new LinkedHashMap<>();
		items.forEach((item) -> result.put(item, found.get(proposalId.apply(item))));
		return result;
	}

	private static <T> Connection<T> slice(List<T> all, PageRequest page) {
		int from = Math.min(page.offset(), all.size());
		int to = Math.min(page.offset() + page.limit(), all.size());
		return Connection.of(all.subList(from, to), page, all.size());
	}

	/**
	 * The result of {@code outcomeReport}.
	 *
	 * @param report the report as stored, or null
	 * @param userErrors what to fix
	 */
	record OutcomeReportPayload(@Nullable OutcomeReport report, List<UserError> userErrors) {
	}

	/**
	 * The result of {@code outcomeRecordMetrics}.
	 *
	 * @param metrics the record as stored, or null
	 * @param userErrors what to fix
	 */
	record OutcomeMetricsPayload(@Nullable OutcomeMetrics metrics, List<UserError> userErrors) {
	}

	/**
	 * The result of {@code outcomeResolveProblems}.
	 *
	 * @param proposal the proposal, or null
	 * @param userErrors what to fix
	 */
	record OutcomeResolveProblemsPayload(@Nullable Proposal proposal, List<UserError> userErrors) {
	}

}
