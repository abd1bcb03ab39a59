package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.company.CompanyQueries;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalCreateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalDeclineInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalFilter;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalIdInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalUpdateInput;
import jp.kitakyushu.busters.api.proposal.ProposalInputs.ProposalWithdrawInput;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.submission.ClientAddressInterceptor;
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

	private final ProposalDrafting drafting;

	private final ProposalDecisions decisions;

	private final ProposalQueries queries;

	private final CompanyQueries companies;

	ProposalController(ProposalDrafting drafting, ProposalDecisions decisions, ProposalQueries queries,
			CompanyQueries companies) {
		this.drafting = drafting;
		this.decisions = decisions;
		this.queries = queries;
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
		return Mutations.run(() -> this.drafting.create(input, ClientAddressInterceptor.submitter(context)),
				ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalUpdate(@Argument ProposalUpdateInput input) {
		return Mutations.run(() -> this.drafting.update(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalSubmit(@Argument ProposalIdInput input) {
		return Mutations.run(() -> this.drafting.submit(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalWithdraw(@Argument ProposalWithdrawInput input) {
		return Mutations.run(() -> this.drafting.withdraw(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalShortlist(@Argument ProposalIdInput input) {
		return Mutations.run(() -> this.decisions.shortlist(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalSelect(@Argument ProposalIdInput input) {
		return Mutations.run(() -> this.decisions.select(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalDecline(@Argument ProposalDeclineInput input) {
		return Mutations.run(() -> this.decisions.decline(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalStart(@Argument ProposalIdInput input) {
		return Mutations.run(() -> this.decisions.start(input), ProposalPayload::new);
	}

	@MutationMapping
	ProposalPayload proposalComplete(@Argument ProposalIdInput input) {
		return Mutations.run(() -> this.decisions.complete(input), ProposalPayload::new);
	}

	@SchemaMapping
	String id(Proposal proposal) {
		return GlobalId.encode(ProposalQueries.TYPE, proposal.getId());
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
	Map<Proposal, @Nullable Company> company(List<Proposal> proposals, GraphQLContext context) {
		ProposalAccess reader = this.queries.reader(context);
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
