package jp.kitakyushu.busters.api.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The signed-in user's notifications, and the problem and theme each one is about.
 */
@Controller
class NotificationController {

	private final NotificationService notifications;

	private final NotificationQueries queries;

	private final ProblemQueries problems;

	private final ThemeQueries themes;

	NotificationController(NotificationService notifications, NotificationQueries queries, ProblemQueries problems,
			ThemeQueries themes) {
		this.notifications = notifications;
		this.queries = queries;
		this.problems = problems;
		this.themes = themes;
	}

	@QueryMapping
	Connection<Notification> myNotifications(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable Boolean unreadOnly) {
		return this.queries.mine(Boolean.TRUE.equals(unreadOnly), PageRequest.of(first, after));
	}

	@MutationMapping
	NotificationPayload notificationMarkRead(@Argument NotificationMarkReadInput input) {
		return Mutations.run(() -> this.notifications.markRead(input.notificationId()), NotificationPayload::new);
	}

	@SchemaMapping
	String id(Notification notification) {
		return GlobalId.encode(NotificationService.TYPE, notification.getId());
	}

	@SchemaMapping
	boolean read(Notification notification) {
		return notification.isRead();
	}

	@BatchMapping
	Map<Notification, Problem> problem(List<Notification> notifications) {
		return pick(notifications, Notification::getProblemId, this.problems::findVisible);
	}

	@BatchMapping
	Map<Notification, Theme> theme(List<Notification> notifications) {
		return pick(notifications, Notification::getThemeId, this.themes::findVisible);
	}

	/** One read for the whole batch; what the caller may not see is left out (null). */
	private static <T> Map<Notification, T> pick(List<Notification> notifications,
			Function<Notification, @Nullable String> idOf, Function<List<String>, Map<String, T>> findVisible) {
		List<String> ids = notifications.stream().map(idOf).filter(Objects::nonNull).distinct().toList();
		Map<String, T> found = ids.isEmpty() ? Map.of() : findVisible.apply(ids);
		Map<Notification, T> result = new LinkedHashMap<>();
		for (Notification notification : notifications) {
			String id = idOf.apply(notification);
			T target = (id != null) ? found.get(id) : null;
			if (target != null) {
				result.put(notification, target);
			}
		}
		return result;
	}

	/**
	 * The input of {@code notificationMarkRead}.
	 *
	 * @param notificationId the notification's global id
	 */
	record NotificationMarkReadInput(String notificationId) {
	}

	/**
	 * The result of a notification mutation.
	 *
	 * @param notification the notification after the change, or null
	 * @param userErrors what to fix
	 */
	record NotificationPayload(@Nullable Notification notification, List<UserError> userErrors) {
	}

}
