package jp.kitakyushu.busters.api.fund;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalAccess;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Proposal.funding}: the allocation and the payments per milestone, for the
 * proposing company's members and staff. A page of proposals costs two store queries,
 * whatever its size.
 */
@Controller
class ProposalFundingController {

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	ProposalFundingController(MongoTemplate mongo, ProposalQueries proposals) {
		this.mongo = mongo;
		this.proposals = proposals;
	}

	@BatchMapping(typeName = "Proposal")
	Map<Proposal, @Nullable ProposalFunding> funding(List<Proposal> proposals, GraphQLContext context) {
		ProposalAccess reader = this.proposals.reader(context);
		List<String> ids = new ArrayList<>();
		for (Proposal proposal : proposals) {
			if (reader.canReadConfidential(proposal)) {
				ids.add(proposal.getId());
			}
		}
		Map<Proposal, @Nullable ProposalFunding> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			proposals.forEach((proposal) -> result.put(proposal, null));
			return result;
		}
		Map<String, Allocation> allocations = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Allocation.class)
			.forEach((allocation) -> allocations.put(allocation.proposalId(), allocation));
		Map<String, List<LedgerEntry>> payments = new LinkedHashMap<>();
		Query paid = Query.query(Criteria.where("proposalId")
			.in(allocations.keySet())
			.and("kind")
			.in(EntryKind.DISBURSEMENT, EntryKind.REVERSAL));
		for (LedgerEntry entry : this.mongo.find(paid, LedgerEntry.class)) {
			payments.computeIfAbsent(entry.proposalId(), (id) -> new ArrayList<>()).add(entry);
		}
		for (Proposal proposal : proposals) {
			Allocation allocation = allocations.get(proposal.getId());
			result.put(proposal, (allocation != null) ? ProposalFunding.of(allocation, proposal.getMilestones(),
					payments.getOrDefault(proposal.getId(), List.of())) : null);
		}
		return result;
	}

}
