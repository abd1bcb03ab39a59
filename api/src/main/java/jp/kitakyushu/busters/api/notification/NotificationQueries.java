package jp.kitakyushu.busters.api.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of notifications: each signed-in user reads their own, never anyone
 * else's.
 */
@Service
class NotificationQueries implements NodeLoader {

	private final MongoTemplate mongo;

	NotificationQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@PreAuthorize("isAuthenticated()")
	public Connection<Notification> mine(boolean unreadOnly, PageRequest page) {
		Criteria criteria = Criteria.where("recipient").is(Viewer.require().subject());
		if (unreadOnly) {
			criteria.and("readAt").is(null);
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Notification.class);
		query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, Notification.class), page, total);
	}

	/**
	 * The notifications among {@code ids} addressed to the current caller, keyed by id.
	 */
	Map<String, Notification> findVisible(Collection<String> ids) {
		Optional<Viewer> viewer = Viewer.current();
		if (viewer.isEmpty()) {
			return Map.of();
		}
		Map<String, Notification> own = new LinkedHashMap<>();
		Query query = Query.query(Criteria.where("_id").in(ids).and("recipient").is(viewer.get().subject()));
		this.mongo.find(query, Notification.class)
			.forEach((notification) -> own.put(notification.getId(), notification));
		return own;
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(NotificationService.TYPE);
	}

	@Override
	public Map<String, Notification> loadVisible(String type, Collection<String> ids) {
		return findVisible(ids);
	}

}
