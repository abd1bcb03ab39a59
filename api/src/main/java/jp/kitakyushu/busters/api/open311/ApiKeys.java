package jp.kitakyushu.busters.api.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Issues, lists and revokes Open311 API keys (staff only), recognises a key a client
 * sends, and counts and limits its submissions per clock hour with one conditional
 * increment, so two api instances never let more through than the limit.
 */
@Service
@EnableConfigurationProperties(Open311Properties.class)
class ApiKeys implements NodeLoader {

	/** The prefix of every key, so a leaked one is easy to recognise. */
	static final String PREFIX = "b311";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MongoTemplate mongo;

	private final Open311Properties properties;

	private final AuditLog audit;

	private final Clock clock;

	ApiKeys(MongoTemplate mongo, Open311Properties properties, AuditLog audit, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new key: the stored record and the whole key, which is shown this once only. */
	@PreAuthorize("hasRole('STAFF')")
	public Issued issue(String name, @Nullable String contact, @Nullable Integer perHourLimit) {
		new Checks().text("name", name, 200)
			.optionalText("contact", contact, 300)
			.check(perHourLimit == null || (perHourLimit >= 1 && perHourLimit <= 10_000), "perHourLimit",
					UserErrorCode.OUT_OF_RANGE, "The hourly limit is between 1 and 10,000 submissions.")
			.orThrow();
		String id = random(9);
		String secret = random(24);
		ApiKey key = new ApiKey(id, name.strip(), (contact != null && !contact.isBlank()) ? contact.strip() : null,
				sha256(secret), (perHourLimit != null) ? perHourLimit : this.properties.perKeyPerHour(), 0,
				Viewer.require().subject(), this.clock.instant(), null, null);
		this.mongo.insert(key);
		this.audit.record("open311.keyIssue", ApiKey.TYPE, id, Map.of("name", key.name()));
		return new Issued(key, PREFIX + "_" + id + "_" + secret);
	}

	@PreAuthorize("hasRole('STAFF')")
	public ApiKey revoke(String globalId) {
		ApiKey key = GlobalId.idOf(globalId, ApiKey.TYPE)
			.map((id) -> this.mongo.findById(id, ApiKey.class))
			.orElseThrow(() -> new UserErrorException(
					UserError.of("apiKeyId", UserErrorCode.NOT_FOUND, "No API key has the id " + globalId + ".")));
		if (key.revoked()) {
			throw new UserErrorException(
					UserError.of("apiKeyId", UserErrorCode.WRONG_STATE, "This key was already revoked."));
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key.id())),
				new Update().set("revokedAt", this.clock.instant()), ApiKey.class);
		this.audit.record("open311.keyRevoke", ApiKey.TYPE, key.id(), Map.of("name", key.name()));
		return this.mongo.findById(key.id(), ApiKey.class);
	}

	@PreAuthorize("hasRole('STAFF')")
	public Connection<ApiKey> list(PageRequest page) {
		Query query = new Query();
		long total = this.mongo.count(query, ApiKey.class);
		query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, ApiKey.class), page, total);
	}

	/**
	 * The live key a client sent, if it is one: right form, known id, right secret, not
	 * revoked.
	 */
	Optional<ApiKey> recognise(@Nullable String sent) {
		if (sent == null) {
			return Optional.empty();
		}
		String[] parts = sent.strip().split("_", 3);
		if (parts.length != 3 || !parts[0].equals(PREFIX)) {
			return Optional.empty();
		}
		ApiKey key = this.mongo.findById(parts[1], ApiKey.class);
		if (key == null || key.revoked() || !MessageDigest.isEqual(key.secretHash().getBytes(StandardCharsets.UTF_8),
				sha256(parts[2]).getBytes(StandardCharsets.UTF_8))) {
			return Optional.empty();
		}
		return Optional.of(key);
	}

	/**
	 * Counts one submission against the key's hourly limit; false when the limit is
	 * reached (nothing is counted then).
	 */
	boolean admit(ApiKey key) {
		Instant now = this.clock.instant();
		String window = key.id() + "|" + now.truncatedTo(ChronoUnit.HOURS);
		Query underLimit = Query.query(Criteria.where("_id").is(window).and("count").lt(key.perHourLimit()));
		try {
			// A full window does not match, so the upsert tries to insert its id again
			// and fails: the store itself refuses the submission over the limit.
			this.mongo.upsert(underLimit, new Update().inc("count", 1).set("expiresAt", now.plus(2, ChronoUnit.HOURS)),
					"open311_key_usage");
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(key.id())),
				new Update().inc("submissions", 1).set("lastUsedAt", now), ApiKey.class);
		return true;
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(ApiKey.TYPE);
	}

	/** Keys are for staff only. */
	@Override
	public Map<String, ApiKey> loadVisible(String type, Collection<String> ids) {
		Map<String, ApiKey> found = new LinkedHashMap<>();
		if (Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false)) {
			this.mongo.find(Query.query(Criteria.where("_id").in(ids)), ApiKey.class)
				.forEach((key) -> found.put(key.id(), key));
		}
		return found;
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value).replace('_', 'x').replace('-', 'y');
	}

	/**
	 * A key just issued.
	 *
	 * @param key the stored record
	 * @param secret the whole key to give the client, never stored
	 */
	record Issued(ApiKey key, String secret) {
	}

}
