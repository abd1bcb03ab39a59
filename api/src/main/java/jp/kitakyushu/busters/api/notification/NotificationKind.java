package jp.kitakyushu.busters.api.notification;

/**
 * What a notification is about.
 */
enum NotificationKind {

	/** A theme took up a problem the recipient posted. */
	PROBLEM_ADOPTED,

	/** A theme that had taken up a problem the recipient posted was cancelled. */
	THEME_CANCELLED

}
