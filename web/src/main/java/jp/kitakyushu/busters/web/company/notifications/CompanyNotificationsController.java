package jp.kitakyushu.busters.web.company.notifications;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.NotificationBadge;
import jp.kitakyushu.busters.web.ui.ConnectionPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's notifications, newest first; opening one (a small form, so it works without
 * JavaScript and is never triggered by a prefetching browser) marks it read and leads to
 * what it is about.
 */
@Controller
class CompanyNotificationsController {

	static final int PAGE_SIZE = 20;

	private static final ConnectionPage LIST = new ConnectionPage("company/notifications", "myNotifications",
			"notifications", Notice.class, "/company/notifications", PAGE_SIZE);

	private final ApiClient api;

	private final NotificationBadge badge;

	CompanyNotificationsController(ApiClient api, NotificationBadge badge) {
		this.api = api;
		this.badge = badge;
	}

	@GetMapping("/company/notifications")
	String list(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		LIST.load(this.api, page, model);
		return "company/notifications/list";
	}

	@PostMapping("/company/notifications/{id}/open")
	String open(@PathVariable String id, @RequestParam(name = "target", required = false) @Nullable String target,
			HttpServletRequest request) {
		this.api.execute("company/notificationMarkRead", Map.of("input", Map.of("notificationId", id)));
		this.badge.forget(request);
		// Only our own pages: a target is a path on this site, never another site.
		boolean local = target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\");
		return "redirect:" + (local ? target : "/company/notifications");
	}

	/**
	 * A notification.
	 *
	 * @param id its global id
	 * @param kind what it is about
	 * @param read whether it was read
	 * @param createdAt when it was sent
	 * @param amount the yen paid, for a payment
	 * @param milestone the milestone paid for
	 * @param proposal the proposal it concerns
	 * @param theme the theme it concerns
	 * @param problem the problem it concerns
	 */
	record Notice(String id, String kind, boolean read, Instant createdAt, @Nullable Long amount,
			@Nullable String milestone, @Nullable Ref proposal, @Nullable Ref theme, @Nullable Ref problem) {

		/** The page the notification leads to. */
		public String target() {
			if (this.proposal != null) {
				return "/company/proposals/" + this.proposal.id();
			}
			if (this.problem != null) {
				return "/my/problems/" + this.problem.id();
			}
			return (this.theme != null) ? "/themes/" + this.theme.id() : "/company/notifications";
		}

	}

	/**
	 * What a notification concerns.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state, for a proposal
	 * @param decisionReason why it was declined, for a proposal
	 */
	record Ref(String id, String title, @Nullable String status, @Nullable String decisionReason) {
	}

}
