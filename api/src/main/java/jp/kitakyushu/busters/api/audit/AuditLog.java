package jp.kitakyushu.busters.api.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes audit entries; every mutation calls it after its change is stored.
 */
@Component
public class AuditLog {

	/** The actor recorded for changes no user made (deadlines, scheduled jobs). */
	public static final String SYSTEM = "system";

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Records a change made by the current caller (or the system when there is none). */
	public void record(String action, String entityType, String entityId, Map<String, ?> change) {
		var viewer = Viewer.current();
		this.mongo.insert(
				new AuditEntry(null, viewer.map(Viewer::subject).orElse(SYSTEM), viewer.map(Viewer::name).orElse(null),
						action, entityType, entityId, this.clock.instant(), new LinkedHashMap<>(change)));
	}

	/**
	 * Records that a record of the past was imported, in the name of whoever imports it
	 * and at the time it originally happened.
	 */
	public void recordImport(Importer importer, String action, String entityType, String entityId, Instant at) {
		this.mongo.insert(new AuditEntry(null, importer.actor(), importer.name(), action, entityType, entityId, at,
				new LinkedHashMap<>(Map.of("source", importer.source()))));
	}

	/**
	 * Who brings records of the past into the platform, for the audit trail.
	 *
	 * @param actor the actor recorded, e.g. {@code demo-import}
	 * @param name a display name
	 * @param source where the records come from
	 */
	public record Importer(String actor, String name, String source) {
	}

	/**
	 * Free text a person wrote about an entity (a rejection, cancellation, suspension,
	 * decline, withdrawal or reversal reason), as the trail keeps it: stripped, with the
	 * personal data the detector finds masked. Every staff member reads the trail and it
	 * outlives any later correction, so a citizen's name or phone typed into a reason
	 * must not be kept in it.
	 * @param text what was written
	 * @return the text with its personal data replaced by markers
	 */
	public static String freeText(String text) {
		return PersonalDataRedactor.standard().redact(text.strip());
	}

	/** A field's change from one value to another, for {@link #record}. */
	public static List<@Nullable Object> from(@Nullable Object before, @Nullable Object after) {
		return Arrays.asList(before, after);
	}

}
