package jp.kitakyushu.busters.api.notification;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch a notification for its recipient only.
 */
@Component
class NotificationNodeLoader implements NodeLoader<Notification> {

	private final NotificationService notifications;

	NotificationNodeLoader(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Override
	public String typeName() {
		return NotificationService.TYPE;
	}

	@Override
	public Map<String, Notification> loadVisible(Collection<String> ids) {
		return this.notifications.findVisible(ids);
	}

}
