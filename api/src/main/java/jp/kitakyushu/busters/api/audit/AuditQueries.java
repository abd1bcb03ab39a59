package jp.kitakyushu.busters.api.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.audit.AuditController.AuditFilter;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail; staff only, since entries can name people and hold private text.
 */
@Service
class AuditQueries implements NodeLoader {

	private final MongoTemplate mongo;

	AuditQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Connection<AuditEntry> find(@Nullable AuditFilter filter, PageRequest page) {
		Criteria criteria = new Criteria();
		if (filter != null) {
			if (filter.entity() != null) {
				GlobalId entity = GlobalId.decode(filter.entity())
					.orElseThrow(() -> new IllegalArgumentException(
							"filter.entity must be a global id of this api, not '" + filter.entity() + "'."));
				criteria.and("entityType").is(entity.type()).and("entityId").is(entity.id());
			}
			if (filter.actor() != null) {
				criteria.and("actor").is(filter.actor());
			}
			if (filter.action() != null && !filter.action().isBlank()) {
				String action = filter.action().strip();
				// "fund." asks for every fund action: a prefix, matched literally.
				if (action.endsWith(".")) {
					criteria.and("action").regex("^" + Pattern.quote(action));
				}
				else {
					criteria.and("action").is(action);
				}
			}
			// An entity names its type already.
			if (filter.entity() == null && filter.entityType() != null && !filter.entityType().isBlank()) {
				criteria.and("entityType").is(filter.entityType().strip());
			}
			if (filter.from() != null || filter.to() != null) {
				Criteria at = criteria.and("at");
				if (filter.from() != null) {
					at.gte(filter.from());
				}
				if (filter.to() != null) {
					at.lt(filter.to());
				}
			}
		}
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, AuditEntry.class);
		query.with(Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, AuditEntry.class), page, total);
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(AuditController.TYPE);
	}

	@Override
	@PreAuthorize("hasRole('STAFF')")
	public Map<String, AuditEntry> loadVisible(String type, Collection<String> ids) {
		Map<String, AuditEntry> found = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), AuditEntry.class)
			.forEach((entry) -> found.put(entry.id(), entry));
		return found;
	}

}
