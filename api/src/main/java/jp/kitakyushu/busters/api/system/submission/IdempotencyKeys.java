package jp.kitakyushu.busters.api.system.submission;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Remembers which entity a (user, idempotency key) pair created, so a retried submission
 * gets the first result back and creates nothing. The key is reserved before the work
 * starts, so two concurrent retries cannot both create.
 */
@Component
public class IdempotencyKeys {

	private static final int MAX_KEY_LENGTH = 200;

	private final MongoTemplate mongo;

	IdempotencyKeys(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Runs {@code create} once per (scope, subject, key): a repeat returns what the first
	 * run created, found by {@code find}. Without a key, {@code create} just runs. When
	 * {@code create} fails, the key is released so a corrected retry can use it.
	 */
	public <T> T once(String scope, String subject, @Nullable String key, Supplier<T> create, Function<T, String> idOf,
			Function<String, Optional<T>> find) {
		if (key == null || key.isBlank()) {
			return create.get();
		}
		if (key.length() > MAX_KEY_LENGTH) {
			throw new UserErrorException(UserError.of("idempotencyKey", UserErrorCode.TOO_LONG,
					"idempotencyKey must be at most " + MAX_KEY_LENGTH + " characters."));
		}
		String id = scope + "|" + subject + "|" + key;
		try {
			this.mongo.insert(new IdempotencyRecord(id, null, Instant.now()));
		}
		catch (DuplicateKeyException ex) {
			return firstResult(id, find);
		}
		try {
			T created = create.get();
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					Update.update("entityId", idOf.apply(created)), IdempotencyRecord.class);
			return created;
		}
		catch (RuntimeException ex) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
			throw ex;
		}
	}

	private <T> T firstResult(String id, Function<String, Optional<T>> find) {
		IdempotencyRecord existing = this.mongo.findById(id, IdempotencyRecord.class);
		if (existing == null || existing.entityId() == null) {
			throw new UserErrorException(UserError.of("idempotencyKey", UserErrorCode.CONFLICT,
					"A submission with this idempotency key is still being processed. Try again shortly."));
		}
		return find.apply(existing.entityId())
			.orElseThrow(() -> new IllegalStateException("Idempotency record " + id + " points nowhere"));
	}

	@Document("idempotency_keys")
	record IdempotencyRecord(@Id String id, @Nullable String entityId, Instant createdAt) {
	}

}
