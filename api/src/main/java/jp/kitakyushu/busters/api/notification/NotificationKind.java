package jp.kitakyushu.busters.api.notification;

/**
 * What a notification is about.
 */
enum NotificationKind {

	/** A theme took up a problem the recipient posted. */
	PROBLEM_ADOPTED,

	/** A theme that had taken up a problem the recipient posted was cancelled. */
	THEME_CANCELLED,

	/** Staff put a proposal of the recipient's company on the shortlist. */
	PROPOSAL_SHORTLISTED,

	/**
	 * Staff selected a proposal of the recipient's company for a funded demonstration.
	 */
	PROPOSAL_SELECTED,

	/** Staff declined a proposal of the recipient's company, with a reason. */
	PROPOSAL_DECLINED,

	/** The fund paid part of the allocation of a proposal of the recipient's company. */
	PAYMENT_MADE

}
