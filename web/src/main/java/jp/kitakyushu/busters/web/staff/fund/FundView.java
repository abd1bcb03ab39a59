package jp.kitakyushu.busters.web.staff.fund;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fund as staff read it.
 *
 * @param contributed all contributions, net
 * @param allocated all allocations, net
 * @param disbursed all disbursements, net
 * @param available what can still be allocated
 * @param allocations what each funded proposal was promised and paid
 * @param ledger the newest entries
 */
public record FundView(long contributed, long allocated, long disbursed, long available, Allocations allocations,
		Ledger ledger) {

	/** Money the fund holds: given minus paid out. */
	public long held() {
		return this.contributed - this.disbursed;
	}

	/**
	 * The allocations.
	 *
	 * @param totalCount how many proposals have one
	 * @param nodes the allocations
	 */
	public record Allocations(int totalCount, List<Allocation> nodes) {
	}

	/**
	 * What one proposal was promised and paid.
	 *
	 * @param requested what it asked for
	 * @param amount allocated
	 * @param disbursed paid
	 * @param remaining allocated but not paid
	 * @param proposal the proposal
	 * @param milestones its milestones with what was paid for each
	 */
	public record Allocation(long requested, long amount, long disbursed, long remaining,
			@Nullable ProposalRef proposal, @Nullable List<MilestonePayment> milestones) {
	}

	/**
	 * One milestone's payments.
	 *
	 * @param title its title
	 * @param dueDate when due
	 * @param amount planned cost
	 * @param disbursed paid so far
	 * @param outstanding still to pay
	 */
	public record MilestonePayment(String title, Instant dueDate, long amount, long disbursed, long outstanding) {
	}

	/**
	 * The newest ledger entries.
	 *
	 * @param totalCount how many entries the ledger holds
	 * @param nodes the entries, newest first
	 */
	public record Ledger(int totalCount, List<Entry> nodes) {
	}

	/**
	 * One ledger entry.
	 *
	 * @param id its global id
	 * @param kind CONTRIBUTION, ALLOCATION, DISBURSEMENT or REVERSAL
	 * @param amount its amount
	 * @param donor who gave
	 * @param anonymous whether the donor stays unnamed in public
	 * @param milestone the milestone paid for
	 * @param reverses the entry it undoes
	 * @param reversedKind the kind of that entry
	 * @param note a note
	 * @param actor who recorded it
	 * @param at when
	 * @param proposal the proposal concerned
	 */
	public record Entry(String id, String kind, long amount, @Nullable String donor, boolean anonymous,
			@Nullable String milestone, @Nullable String reverses, @Nullable String reversedKind, @Nullable String note,
			@Nullable String actor, Instant at, @Nullable ProposalRef proposal) {
	}

	/**
	 * A proposal.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state, where asked
	 * @param requestedAmount what it asked for, where asked
	 */
	public record ProposalRef(String id, String title, @Nullable String status, @Nullable Long requestedAmount) {
	}

}
