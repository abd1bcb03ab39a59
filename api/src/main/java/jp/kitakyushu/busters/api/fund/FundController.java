package jp.kitakyushu.busters.api.fund;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The fund's queries and mutations.
 */
@Controller
class FundController {

	private final FundService fund;

	private final FundQueries queries;

	private final ProposalQueries proposals;

	FundController(FundService fund, FundQueries queries, ProposalQueries proposals) {
		this.fund = fund;
		this.queries = queries;
		this.proposals = proposals;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	FundAccount fund() {
		return this.fund.account();
	}

	@SchemaMapping(typeName = "Fund")
	Connection<LedgerEntry> contributions(FundAccount account, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		return this.queries.contributions(PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Fund")
	Connection<Allocation> allocations(FundAccount account, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		return this.queries.allocations(PageRequest.of(first, after));
	}

	@SchemaMapping(typeName = "Fund")
	Connection<LedgerEntry> ledger(FundAccount account, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable EntryKind kind, @Argument @Nullable String proposal) {
		String proposalId = (proposal != null)
				? GlobalId.decode(proposal)
					.map(GlobalId::id)
					.orElseThrow(() -> new IllegalArgumentException("'proposal' must be a proposal's global id."))
				: null;
		return this.queries.ledger(kind, proposalId, PageRequest.of(first, after));
	}

	@MutationMapping
	FundEntryPayload fundContribute(@Argument ContributeInput input) {
		return payload(() -> this.fund.contribute(input.donor(), input.amount(), Boolean.TRUE.equals(input.anonymous()),
				input.receivedAt(), input.note()));
	}

	@MutationMapping
	FundEntryPayload fundAllocate(@Argument AllocateInput input) {
		return payload(() -> this.fund.allocate(input.proposalId(), input.amount(), input.note()));
	}

	@MutationMapping
	FundEntryPayload fundDisburse(@Argument DisburseInput input) {
		return payload(() -> this.fund.disburse(input.proposalId(), input.amount(), input.milestone(), input.note()));
	}

	@MutationMapping
	FundEntryPayload fundReverse(@Argument ReverseInput input) {
		return payload(() -> this.fund.reverse(input.entryId(), input.reason()));
	}

	@SchemaMapping(typeName = "FundEntry")
	String id(LedgerEntry entry) {
		return GlobalId.encode(FundService.ENTRY_TYPE, Objects.requireNonNull(entry.id()));
	}

	@SchemaMapping(typeName = "FundEntry")
	@Nullable String donor(LedgerEntry entry) {
		// Anonymous donors stay unnamed in public; staff keep the name for receipts.
		return (entry.anonymous() && !isStaff()) ? null : entry.donor();
	}

	@SchemaMapping(typeName = "FundEntry")
	@Nullable String note(LedgerEntry entry) {
		return isStaff() ? entry.note() : null;
	}

	@SchemaMapping(typeName = "FundEntry")
	@Nullable String actor(LedgerEntry entry) {
		return isStaff() ? entry.actor() : null;
	}

	@SchemaMapping(typeName = "FundEntry")
	@Nullable String reverses(LedgerEntry entry) {
		return (entry.reverses() != null) ? GlobalId.encode(FundService.ENTRY_TYPE, entry.reverses()) : null;
	}

	@BatchMapping(typeName = "FundEntry", field = "proposal")
	Map<LedgerEntry, @Nullable Proposal> entryProposal(List<LedgerEntry> entries) {
		Map<String, Proposal> visible = this.proposals
			.findVisible(entries.stream().map(LedgerEntry::proposalId).filter(Objects::nonNull).distinct().toList());
		Map<LedgerEntry, @Nullable Proposal> result = new LinkedHashMap<>();
		entries.forEach(
				(entry) -> result.put(entry, (entry.proposalId() != null) ? visible.get(entry.proposalId()) : null));
		return result;
	}

	@BatchMapping(typeName = "Allocation", field = "proposal")
	Map<Allocation, @Nullable Proposal> allocationProposal(List<Allocation> allocations) {
		Map<String, Proposal> visible = this.proposals
			.findVisible(allocations.stream().map(Allocation::proposalId).toList());
		Map<Allocation, @Nullable Proposal> result = new LinkedHashMap<>();
		allocations.forEach((allocation) -> result.put(allocation, visible.get(allocation.proposalId())));
		return result;
	}

	private static boolean isStaff() {
		return Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
	}

	private FundEntryPayload payload(Supplier<LedgerEntry> action) {
		return Mutations.run(action, (entry, errors) -> new FundEntryPayload(entry, this.fund.account(), errors));
	}

	record ContributeInput(String donor, long amount, @Nullable Boolean anonymous, @Nullable Instant receivedAt,
			@Nullable String note) {
	}

	record AllocateInput(String proposalId, long amount, @Nullable String note) {
	}

	record DisburseInput(String proposalId, long amount, String milestone, @Nullable String note) {
	}

	record ReverseInput(String entryId, String reason) {
	}

	/**
	 * The result of a fund mutation.
	 *
	 * @param entry the new ledger entry, or null
	 * @param fund the totals after the change
	 * @param userErrors what to fix
	 */
	record FundEntryPayload(@Nullable LedgerEntry entry, FundAccount fund, List<UserError> userErrors) {
	}

}
