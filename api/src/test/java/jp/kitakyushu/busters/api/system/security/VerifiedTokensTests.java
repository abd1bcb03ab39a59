package jp.kitakyushu.busters.api.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokensTests {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	private final List<String> checked = new ArrayList<>();

	/**
	 * Stands in for the signature check: accepts "good-*" tokens, valid for 5 minutes.
	 */
	private final JwtDecoder check = (token) -> {
		this.checked.add(token);
		if (!token.startsWith("good")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject(token)
			.issuedAt(NOW)
			.expiresAt(NOW.plus(Duration.ofMinutes(5)))
			.build();
	};

	@Test
	void aVerifiedTokenIsCheckedOnceUntilItExpires() {
		VerifiedTokens tokens = new VerifiedTokens(this.check, 100, at(NOW.plusSeconds(10)));
		assertThat(tokens.decode("good-1").getSubject()).isEqualTo("good-1");
		assertThat(tokens.decode("good-1").getSubject()).isEqualTo("good-1");
		assertThat(this.checked).containsExactly("good-1");

		VerifiedTokens later = new VerifiedTokens(this.check, 100, at(NOW.plus(Duration.ofMinutes(6))));
		later.decode("good-2");
		later.decode("good-2");
		assertThat(this.checked).as("an expired token is checked in full every time")
			.containsExactly("good-1", "good-2", "good-2");
	}

	@Test
	void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(this.check, 100, at(NOW));
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("forged"));
		}
		assertThat(this.checked).containsExactly("forged", "forged");
	}

	@Test
	void aFullMemoryStartsOver() {
		VerifiedTokens tokens = new VerifiedTokens(this.check, 2, at(NOW));
		tokens.decode("good-1");
		tokens.decode("good-2");
		tokens.decode("good-3");
		tokens.decode("good-3");
		tokens.decode("good-1");
		assertThat(this.checked).containsExactly("good-1", "good-2", "good-3", "good-1");
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

}
