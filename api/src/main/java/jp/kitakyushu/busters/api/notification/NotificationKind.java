package jp.kitakyushu.busters.api.notification;

/**
 * What a notification is about.
 */
enum NotificationKind {

	/** A theme took up a problem the recipient posted. */
	PROBLEM_ADOPTED

}
