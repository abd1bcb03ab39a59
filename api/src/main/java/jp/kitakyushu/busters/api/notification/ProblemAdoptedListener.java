package jp.kitakyushu.busters.api.notification;

import jp.kitakyushu.busters.api.problem.ProblemAdopted;
import jp.kitakyushu.busters.api.problem.ProblemImported;
import jp.kitakyushu.busters.api.problem.ProblemReleased;
import jp.kitakyushu.busters.api.problem.ProblemStatus;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a citizen when a theme takes up a problem they posted, and when that theme is
 * cancelled. Problems staff entered for someone without an account have no one to tell
 * here; staff reach them by the contact details they took down.
 */
@Component
class ProblemAdoptedListener {

	private final NotificationService notifications;

	ProblemAdoptedListener(NotificationService notifications) {
		this.notifications = notifications;
	}

	@EventListener
	void on(ProblemReleased event) {
		if (event.submitter() == null) {
			return;
		}
		this.notifications.send(new Notification(event.submitter(), NotificationKind.THEME_CANCELLED, event.problemId(),
				event.themeId()));
	}

	@EventListener
	void on(ProblemAdopted event) {
		if (event.submitter() == null) {
			return;
		}
		this.notifications.send(new Notification(event.submitter(), NotificationKind.PROBLEM_ADOPTED, event.problemId(),
				event.themeId()));
	}

	/** An imported problem that themes had taken up: its submitter has that news too. */
	@EventListener
	void on(ProblemImported event) {
		boolean adopted = event.status() == ProblemStatus.ADOPTED || event.status() == ProblemStatus.RESOLVED;
		if (event.submitter() == null || !adopted) {
			return;
		}
		for (String themeId : event.themeIds()) {
			this.notifications.send(
					new Notification(event.submitter(), NotificationKind.PROBLEM_ADOPTED, event.problemId(), themeId));
		}
	}

}
