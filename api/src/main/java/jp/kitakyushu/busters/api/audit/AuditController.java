package jp.kitakyushu.busters.api.audit;

import java.time.Instant;

import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The audit trail for staff: {@code auditEntries} and the fields of {@code AuditEntry}.
 */
@Controller
class AuditController {

	static final String TYPE = "AuditEntry";

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Connection<AuditEntry> auditEntries(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable AuditFilter filter) {
		return this.queries.find(filter, PageRequest.of(first, after));
	}

	@SchemaMapping
	String id(AuditEntry entry) {
		return GlobalId.encode(TYPE, entry.id());
	}

	@SchemaMapping
	String entityId(AuditEntry entry) {
		return GlobalId.encode(entry.entityType(), entry.entityId());
	}

	/**
	 * Narrows the audit trail.
	 *
	 * @param entity the global id of an object
	 * @param actor a subject
	 * @param action an action, or a prefix of actions ending with a dot
	 * @param entityType a GraphQL type name
	 * @param from the earliest instant
	 * @param to the instant before which entries must lie
	 */
	record AuditFilter(@Nullable String entity, @Nullable String actor, @Nullable String action,
			@Nullable String entityType, @Nullable Instant from, @Nullable Instant to) {
	}

}
