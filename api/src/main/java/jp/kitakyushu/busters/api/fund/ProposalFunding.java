package jp.kitakyushu.busters.api.fund;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.Milestone;
import org.jspecify.annotations.Nullable;

/**
 * What the fund promised one proposal and what it paid, per milestone of its plan, as its
 * company and staff read it.
 *
 * @param allocated allocated so far, net of reversals
 * @param disbursed paid so far, net of reversals
 * @param remaining allocated but not yet paid
 * @param milestones paid per milestone: the plan's milestones in order, then payments for
 * milestones the plan no longer names
 */
record ProposalFunding(long allocated, long disbursed, long remaining, List<MilestoneFunding> milestones) {

	/**
	 * Sums a proposal's disbursements per milestone, a reversal taking back what the
	 * disbursement it reverses paid.
	 */
	static ProposalFunding of(Allocation allocation, List<Milestone> plan, List<LedgerEntry> entries) {
		Map<String, MilestoneFunding> paid = new LinkedHashMap<>();
		for (Milestone milestone : plan) {
			paid.putIfAbsent(milestone.title(), new MilestoneFunding(milestone.title(), milestone.amount(), 0, null));
		}
		for (LedgerEntry entry : entries) {
			boolean payment = entry.kind() == EntryKind.DISBURSEMENT;
			boolean undone = entry.kind() == EntryKind.REVERSAL && entry.reversedKind() == EntryKind.DISBURSEMENT;
			if ((!payment && !undone) || entry.milestone() == null) {
				continue;
			}
			MilestoneFunding before = paid.getOrDefault(entry.milestone(),
					new MilestoneFunding(entry.milestone(), null, 0, null));
			long amount = payment ? entry.amount() : -entry.amount();
			Instant last = (payment && (before.lastPaidAt() == null || entry.at().isAfter(before.lastPaidAt())))
					? entry.at() : before.lastPaidAt();
			paid.put(entry.milestone(),
					new MilestoneFunding(before.milestone(), before.planned(), before.paid() + amount, last));
		}
		return new ProposalFunding(allocation.amount(), allocation.disbursed(), allocation.remaining(),
				new ArrayList<>(paid.values()));
	}

	/**
	 * What one milestone cost in the plan and what the fund paid for it.
	 *
	 * @param milestone the milestone's title
	 * @param planned its amount in the plan, or null when the plan no longer names it
	 * @param paid paid for it so far, net of reversals
	 * @param lastPaidAt when the last payment for it was made
	 */
	record MilestoneFunding(String milestone, @Nullable Long planned, long paid, @Nullable Instant lastPaidAt) {
	}

}
