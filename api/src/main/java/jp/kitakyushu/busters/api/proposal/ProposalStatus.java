package jp.kitakyushu.busters.api.proposal;

import java.util.Set;

/**
 * Where a proposal is in its life: drafted, submitted, shortlisted, then selected or not;
 * withdrawn by its company before a decision; a selected proposal's demonstration runs
 * and completes.
 */
public enum ProposalStatus {

	/** Being written; only the company's members see it. */
	DRAFT,

	/** Submitted while the theme was open. */
	SUBMITTED,

	/** On staff's shortlist, being evaluated. */
	SHORTLISTED,

	/** Selected for a funded demonstration. */
	SELECTED,

	/** Declined by staff, with a reason. */
	NOT_SELECTED,

	/** Withdrawn by the company before a decision. */
	WITHDRAWN,

	/** The demonstration is running. */
	IN_PROGRESS,

	/** The demonstration is finished. */
	COMPLETED;

	/** The states whose title and summary everyone may read. */
	public static final Set<ProposalStatus> PUBLIC = Set.of(SELECTED, IN_PROGRESS, COMPLETED);

	/** Whether everyone may read this proposal's title and summary. */
	public boolean isPublic() {
		return PUBLIC.contains(this);
	}

}
