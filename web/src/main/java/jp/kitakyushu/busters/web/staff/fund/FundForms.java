package jp.kitakyushu.busters.web.staff.fund;

import org.jspecify.annotations.Nullable;

/**
 * The fund's four forms as typed.
 */
final class FundForms {

	private FundForms() {
	}

	/**
	 * A donation to record.
	 *
	 * @param donor the donor's name as it should appear
	 * @param amount the amount in yen
	 * @param anonymous whether the donor asked not to be named in public
	 * @param receivedAt the day the money came in (today when empty)
	 * @param note an internal note
	 */
	record ContributionForm(@Nullable String donor, @Nullable String amount, boolean anonymous,
			@Nullable String receivedAt, @Nullable String note) {
	}

	/**
	 * Money to promise a selected proposal.
	 *
	 * @param proposalId the proposal
	 * @param amount the amount in yen
	 * @param note an internal note
	 */
	record AllocationForm(@Nullable String proposalId, @Nullable String amount, @Nullable String note) {
	}

	/**
	 * A payment for one milestone of a funded proposal.
	 *
	 * @param proposalId the proposal
	 * @param milestone the milestone's title
	 * @param amount the amount in yen
	 * @param note an internal note
	 */
	record DisbursementForm(@Nullable String proposalId, @Nullable String milestone, @Nullable String amount,
			@Nullable String note) {
	}

	/**
	 * An entry to undo.
	 *
	 * @param entryId the ledger entry
	 * @param reason why
	 */
	record ReversalForm(@Nullable String entryId, @Nullable String reason) {
	}

}
