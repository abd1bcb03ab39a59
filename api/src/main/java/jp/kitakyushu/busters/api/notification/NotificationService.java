package jp.kitakyushu.busters.api.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Stores notifications for their recipients and lets each signed-in user read and mark
 * their own, never anyone else's.
 */
@Service
class NotificationService {

	/** GraphQL type name, for global ids and the audit trail. */
	static final String TYPE = "Notification";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AuditLog audit;

	NotificationService(MongoTemplate mongo, Clock clock, AuditLog audit) {
		this.mongo = mongo;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Stores a notification; called by this module's event listeners, never by clients.
	 */
	void send(Notification notification) {
		Notification stored = this.mongo.insert(notification);
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("recipient", stored.getRecipient());
		created.put("kind", stored.getKind());
		if (stored.getProblemId() != null) {
			created.put("problem", stored.getProblemId());
		}
		if (stored.getThemeId() != null) {
			created.put("theme", stored.getThemeId());
		}
		this.audit.record("notification.send", TYPE, stored.getId(), created);
	}

	@PreAuthorize("isAuthenticated()")
	public Notification markRead(String globalId) {
		Viewer viewer = Viewer.require();
		Notification notification = GlobalId.idOf(globalId, TYPE)
			.flatMap((id) -> findOwn(id, viewer))
			// Someone else's notification is reported as missing, so ids cannot be
			// probed.
			.orElseThrow(() -> new UserErrorException(UserError.of("notificationId", UserErrorCode.NOT_FOUND,
					"You have no notification with the id " + globalId + ".")));
		if (notification.isRead()) {
			return notification;
		}
		Instant now = this.clock.instant();
		Query unread = Query.query(Criteria.where("_id")
			.is(notification.getId())
			.and("recipient")
			.is(viewer.subject())
			.and("readAt")
			.is(null));
		Update read = new Update().set("readAt", now).set("updatedAt", now).inc("version", 1);
		if (this.mongo.updateFirst(unread, read, Notification.class).getModifiedCount() == 1) {
			this.audit.record("notification.markRead", TYPE, notification.getId(),
					Map.of("readAt", AuditLog.from(null, now)));
		}
		return findOwn(notification.getId(), viewer).orElseThrow();
	}

	private Optional<Notification> findOwn(String id, Viewer viewer) {
		return Optional.ofNullable(this.mongo.findOne(
				Query.query(Criteria.where("_id").is(id).and("recipient").is(viewer.subject())), Notification.class));
	}

}
