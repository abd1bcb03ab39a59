package jp.kitakyushu.busters.api.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change to one entity: written once, never edited.
 *
 * @param id the entry's id
 * @param actor the subject of whoever made the change, or {@code system}
 * @param actorName their display name when known
 * @param action what was done, e.g. {@code problem.publish}
 * @param entityType the GraphQL type of the changed entity
 * @param entityId the store id of the changed entity
 * @param at when
 * @param change what changed: field names to {@code [before, after]}, or the created
 * values
 */
@Document("audit_entries")
public record AuditEntry(@Id @Nullable String id, @Indexed String actor, @Nullable String actorName, String action,
		String entityType, @Indexed String entityId, @Indexed Instant at, Map<String, Object> change) {
}
