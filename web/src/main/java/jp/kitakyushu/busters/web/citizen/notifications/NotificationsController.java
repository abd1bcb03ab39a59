package jp.kitakyushu.busters.web.citizen.notifications;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.NotificationBadge;
import jp.kitakyushu.busters.web.ui.ConnectionPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen's notifications, newest first. Opening one is a small form (it changes
 * something: the notification becomes read), which then leads to what it is about.
 */
@Controller
class NotificationsController {

	static final int PAGE_SIZE = 20;

	private static final ConnectionPage LIST = new ConnectionPage("citizen/myNotifications", "myNotifications",
			"notifications", Notification.class, "/my/notifications", PAGE_SIZE);

	private final ApiClient api;

	private final NotificationBadge badge;

	NotificationsController(ApiClient api, NotificationBadge badge) {
		this.api = api;
		this.badge = badge;
	}

	@GetMapping("/my/notifications")
	String list(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		LIST.load(this.api, page, model);
		return "citizen/notifications/list";
	}

	@PostMapping("/my/notifications/{id}/open")
	String open(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("citizen/notificationMarkRead", Map.of("id", id));
		this.badge.forget(request);
		Opened opened = result.field("notificationMarkRead.notification", Opened.class).orElse(null);
		if (opened == null) {
			redirect.addFlashAttribute("flashError", "notifications.error");
			return "redirect:/my/notifications";
		}
		if (opened.theme() != null && "PROBLEM_ADOPTED".equals(opened.kind())) {
			return "redirect:/themes/" + opened.theme().id();
		}
		if (opened.problem() != null) {
			return "redirect:/my/problems/" + opened.problem().id();
		}
		return "redirect:/my/notifications";
	}

	/**
	 * A notification in the list.
	 *
	 * @param id its global id
	 * @param kind what it is about
	 * @param read whether it was opened
	 * @param createdAt when it was sent
	 * @param problem the problem it concerns
	 * @param theme the theme it concerns
	 */
	record Notification(String id, String kind, boolean read, Instant createdAt, @Nullable Target problem,
			@Nullable Target theme) {
	}

	/**
	 * What a notification is about.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 */
	record Target(String id, @Nullable String title, @Nullable String status) {
	}

	/**
	 * A notification just marked read.
	 *
	 * @param id its global id
	 * @param kind what it is about
	 * @param read whether it is read
	 * @param problem the problem
	 * @param theme the theme
	 */
	record Opened(String id, String kind, boolean read, @Nullable Ref problem, @Nullable Ref theme) {
	}

	/**
	 * A reference.
	 *
	 * @param id a global id
	 */
	record Ref(String id) {
	}

}
