package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyService;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalCreateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalDeclineInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalFilter;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalUpdateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalWithdrawInput;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeService;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The proposal queries and mutations, and the fields of {@code Proposal}: every
 * confidential field is mapped here explicitly, so none is read straight off the document
 * for a caller who may only see the public title and summary.
 */
@Controller
class ProposalController {

	private final ProposalService proposals;

	private final ProposalQueries queries;

	private final ThemeService themes;

	private final CompanyService companies;

	ProposalController(ProposalService proposals, ProposalQueries queries, ThemeService themes,
			CompanyService companies) {
		this.proposals = proposals;
		this.queries = queries;
		this.themes = themes;
		this.companies = companies;
	}

	@QueryMapping
	Connection<Proposal> proposals(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable ProposalFilter filter) {
		return this.queries.list(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Proposal> myProposals(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.queries.mine(PageRequest.of(first, after));
	}

	@MutationMapping
	ProposalPayload proposalCreate(@Argument ProposalCreateInput input, GraphQLContext context) {
		return Mutations.run(() -> this.proposals.create(input, context), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalUpdate(@Argument ProposalUpdateInput input) {
		return Mutations.run(() -> this.proposals.update(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalSubmit(@Argument("input") Map<String, String> input) {
		return Mutations.run(() -> this.proposals.submit(input.get("proposalId")), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalWithdraw(@Argument ProposalWithdrawInput input) {
		return Mutations.run(() -> this.proposals.withdraw(input.proposalId(), input.reason()), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalShortlist(@Argument("input") Map<String, String> input) {
		return Mutations.run(() -> this.proposals.shortlist(input.get("proposalId")), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalSelect(@Argument("input") Map<String, String> input) {
		return Mutations.run(() -> this.proposals.select(input.get("proposalId")), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalDecline(@Argument ProposalDeclineInput input) {
		return Mutations.run(() -> this.proposals.decline(input.proposalId(), input.reason()), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalStart(@Argument("input") Map<String, String> input) {
		return Mutations.run(() -> this.proposals.start(input.get("proposalId")), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalComplete(@Argument("input") Map<String, String> input) {
		return Mutations.run(() -> this.proposals.complete(input.get("proposalId")), ProposalPayload::new);
	}

	@SchemaMapping
	String id(Proposal proposal) {
		return GlobalId.encode(ProposalService.TYPE, proposal.getId());
	}

	@SchemaMapping
	boolean confidential(Proposal proposal, GraphQLContext context) {
		return full(proposal, context);
	}

	@SchemaMapping
	String title(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getTitle() : proposal.getPublicTitle();
	}

	@SchemaMapping
	String summary(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getSummary() : proposal.getPublicSummary();
	}

	@SchemaMapping
	@Nullable String approach(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getApproach() : null;
	}

	@SchemaMapping
	@Nullable Long requestedAmount(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getRequestedAmount() : null;
	}

	@SchemaMapping
	@Nullable List<Milestone> milestones(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getMilestones() : null;
	}

	@SchemaMapping
	@Nullable String decisionReason(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getDecisionReason() : null;
	}

	@SchemaMapping
	@Nullable Instant submittedAt(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getSubmittedAt() : null;
	}

	@SchemaMapping
	@Nullable Instant createdAt(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getCreatedAt() : null;
	}

	@SchemaMapping
	@Nullable Instant updatedAt(Proposal proposal, GraphQLContext context) {
		return full(proposal, context) ? proposal.getUpdatedAt() : null;
	}

	@BatchMapping
	Map<Proposal, @Nullable Theme> theme(List<Proposal> proposals) {
		Map<String, Theme> found = this.themes
			.findVisible(proposals.stream().map(Proposal::getThemeId).distinct().toList());
		Map<Proposal, @Nullable Theme> result = new LinkedHashMap<>();
		proposals.forEach((proposal) -> result.put(proposal, found.get(proposal.getThemeId())));
		return result;
	}

	@BatchMapping
	Map<Proposal, @Nullable Company> company(List<Proposal> proposals, GraphQLContext context) {
		ProposalReader reader = this.queries.reader(context);
		List<String> ids = proposals.stream()
			.filter(reader::canReadConfidential)
			.map(Proposal::getCompanyId)
			.distinct()
			.toList();
		Map<String, Company> found = ids.isEmpty() ? Map.of() : this.companies.findAll(ids);
		Map<Proposal, @Nullable Company> result = new LinkedHashMap<>();
		proposals.forEach((proposal) -> result.put(proposal,
				reader.canReadConfidential(proposal) ? found.get(proposal.getCompanyId()) : null));
		return result;
	}

	private boolean full(Proposal proposal, GraphQLContext context) {
		return this.queries.reader(context).canReadConfidential(proposal);
	}

	/**
	 * The result of a proposal mutation.
	 *
	 * @param proposal the proposal after the change, or null
	 * @param userErrors what to fix
	 */
	record ProposalPayload(@Nullable Proposal proposal, List<UserError> userErrors) {
	}

}
