package jp.kitakyushu.busters.api.system.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens already verified until they expire: a signed-in client sends the
 * same access token with every request for minutes, and checking its signature again each
 * time cost more than the rest of a small request.
 * <p>
 * Only tokens that passed every check are kept, and only until their expiry; after it the
 * token goes through the whole check again (which refuses it, or accepts it within the
 * validator's clock skew exactly as before). A token's claims cannot change, so a
 * remembered token is the same token. When {@code capacity} tokens are held the memory
 * starts over.
 */
final class VerifiedTokens implements JwtDecoder {

	private final JwtDecoder delegate;

	private final int capacity;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokens(JwtDecoder delegate, int capacity, Clock clock) {
		this.delegate = delegate;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.get(token);
		Instant now = this.clock.instant();
		if (known != null) {
			if (known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
				return known;
			}
			this.verified.remove(token);
		}
		Jwt jwt = this.delegate.decode(token);
		if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
			if (this.verified.size() >= this.capacity) {
				this.verified.clear();
			}
			this.verified.put(token, jwt);
		}
		return jwt;
	}

}
