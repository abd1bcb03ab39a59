package jp.kitakyushu.busters.api.fund;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.Milestone;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * What the fund paid per milestone of each funded proposal
 * ({@code Allocation.milestones}), for staff deciding which disbursement is due: a page
 * of allocations costs two queries, one for the proposals and one for their disbursements
 * and reversals.
 */
@Controller
class MilestonePayments {

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	MilestonePayments(MongoTemplate mongo, ProposalQueries proposals) {
		this.mongo = mongo;
		this.proposals = proposals;
	}

	@BatchMapping(typeName = "Allocation", field = "milestones")
	Map<Allocation, @Nullable List<MilestonePayment>> milestones(List<Allocation> allocations) {
		Map<Allocation, @Nullable List<MilestonePayment>> result = new LinkedHashMap<>();
		if (!Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false)) {
			allocations.forEach((allocation) -> result.put(allocation, null));
			return result;
		}
		List<String> ids = allocations.stream().map(Allocation::proposalId).toList();
		Map<String, Proposal> funded = this.proposals.findVisible(ids);
		Map<String, Long> paid = paidPerMilestone(ids);
		for (Allocation allocation : allocations) {
			Proposal proposal = funded.get(allocation.proposalId());
			List<Milestone> plan = (proposal != null) ? proposal.getMilestones() : List.of();
			result.put(allocation, plan.stream().map((milestone) -> {
				long disbursed = paid.getOrDefault(key(allocation.proposalId(), milestone.title()), 0L);
				return new MilestonePayment(milestone.title(), milestone.dueDate(), milestone.amount(), disbursed,
						Math.max(0, milestone.amount() - disbursed));
			}).toList());
		}
		return result;
	}

	/** Disbursed per (proposal, milestone), net of the reversals of disbursements. */
	private Map<String, Long> paidPerMilestone(List<String> proposalIds) {
		Query query = Query.query(Criteria.where("proposalId")
			.in(proposalIds)
			.orOperator(Criteria.where("kind").is(EntryKind.DISBURSEMENT),
					Criteria.where("kind").is(EntryKind.REVERSAL).and("reversedKind").is(EntryKind.DISBURSEMENT)));
		Map<String, Long> paid = new HashMap<>();
		for (LedgerEntry entry : this.mongo.find(query, LedgerEntry.class)) {
			long signed = (entry.kind() == EntryKind.REVERSAL) ? -entry.amount() : entry.amount();
			paid.merge(key(entry.proposalId(), entry.milestone()), signed, Long::sum);
		}
		return paid;
	}

	private static String key(@Nullable String proposalId, @Nullable String milestone) {
		return proposalId + "\u0000" + milestone;
	}

	/**
	 * One milestone and what was paid for it.
	 *
	 * @param title its title
	 * @param dueDate when it is due
	 * @param amount its planned cost
	 * @param disbursed paid so far, net of reversals
	 * @param outstanding planned minus paid, at least zero
	 */
	record MilestonePayment(String title, Instant dueDate, long amount, long disbursed, long outstanding) {
	}

}
