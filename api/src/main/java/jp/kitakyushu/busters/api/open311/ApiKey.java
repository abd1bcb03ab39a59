package jp.kitakyushu.busters.api.open311;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An Open311 client's key. The secret is stored only as its SHA-256 (the secret is 192
 * random bits, so a fast hash suffices); the key's id is public and is the first part of
 * the key the client sends.
 *
 * @param id the key's public id
 * @param name who the key is for, e.g. the app's name
 * @param contact how to reach its operator
 * @param secretHash SHA-256 of the secret, hex
 * @param perHourLimit submissions allowed per clock hour
 * @param submissions submissions made with it so far
 * @param createdBy the staff member who issued it
 * @param createdAt when
 * @param lastUsedAt when it last submitted
 * @param revokedAt when staff revoked it; it is refused from then on
 */
@Document("open311_api_keys")
record ApiKey(@Id String id, String name, @Nullable String contact, String secretHash, int perHourLimit,
		long submissions, String createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

	/** The GraphQL type name, for global ids. */
	static final String TYPE = "Open311ApiKey";

	boolean revoked() {
		return this.revokedAt != null;
	}

}
