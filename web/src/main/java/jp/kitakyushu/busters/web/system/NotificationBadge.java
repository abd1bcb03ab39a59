package jp.kitakyushu.busters.web.system;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The number of unread notifications in a citizen's header, asked of the api at most
 * every half minute per session so that a page still makes one request of its own.
 */
@Component
public class NotificationBadge {

	private static final String ATTRIBUTE = NotificationBadge.class.getName();

	private static final Duration FRESH = Duration.ofSeconds(30);

	private final ApiClient api;

	NotificationBadge(ApiClient api) {
		this.api = api;
	}

	long unread(HttpServletRequest request) {
		HttpSession session = request.getSession();
		if (session.getAttribute(ATTRIBUTE) instanceof Count count && count.at().plus(FRESH).isAfter(Instant.now())) {
			return count.unread();
		}
		ApiResult result = this.api.execute("system/unreadCount");
		long unread = result.field("myNotifications.totalCount", Long.class).orElse(0L);
		if (result.available()) {
			session.setAttribute(ATTRIBUTE, new Count(unread, Instant.now()));
		}
		return unread;
	}

	/** Forgets the cached count, after something changed it (a notification was read). */
	public void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	/**
	 * A count and when it was asked.
	 *
	 * @param unread unread notifications
	 * @param at when
	 */
	record Count(long unread, Instant at) implements java.io.Serializable {
	}

}
