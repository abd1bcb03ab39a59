package jp.kitakyushu.busters.api.company;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One-time codes with which a company's first member lets a colleague join: we cannot
 * look up other Keycloak users, so the colleague proves the invitation by presenting the
 * code. Only a hash of each code is stored, and taking a code removes it in one atomic
 * step, so a code works once.
 */
final class Invitations {

	/** How long a code works. */
	static final Duration DEFAULT_TTL = Duration.ofDays(7);

	/** Crockford's base-32 alphabet: no I, L, O or U, so codes read aloud well. */
	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int GROUPS = 4;

	private static final int GROUP_LENGTH = 4;

	private final MongoTemplate mongo;

	private final SecureRandom random = new SecureRandom();

	Invitations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Creates a code for the company; the code itself is returned once, never stored. */
	Issued issue(String companyId, String invitedBy, Instant now) {
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
		}
		Instant expiresAt = now.plus(DEFAULT_TTL);
		this.mongo.insert(new Invitation(hash(code.toString()), companyId, invitedBy, now, expiresAt));
		return new Issued(code.toString(), expiresAt);
	}

	/** The unexpired invitation a code stands for, without using it up. */
	Optional<Invitation> peek(String code, Instant now) {
		return Optional.ofNullable(this.mongo.findOne(unexpired(code, now), Invitation.class));
	}

	/** Uses up a code; false when someone else used it first or it expired meanwhile. */
	boolean take(String code, Instant now) {
		return this.mongo.findAndRemove(unexpired(code, now), Invitation.class) != null;
	}

	private static Query unexpired(String code, Instant now) {
		return Query.query(Criteria.where("_id").is(hash(code)).and("expiresAt").gt(now));
	}

	static String hash(String code) {
		String canonical = CorporateNumber.normalize(code).toUpperCase(Locale.ROOT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * A code as handed out.
	 *
	 * @param code the code to pass on
	 * @param expiresAt when it stops working
	 */
	record Issued(String code, Instant expiresAt) {
	}

	/**
	 * A stored invitation: the hash of its code, never the code.
	 *
	 * @param id the SHA-256 of the canonical code
	 * @param companyId the company it joins
	 * @param invitedBy who created it
	 * @param createdAt when
	 * @param expiresAt when it stops working
	 */
	@Document("company_invitations")
	record Invitation(@Id String id, @Indexed String companyId, String invitedBy, Instant createdAt,
			Instant expiresAt) {
	}

}
