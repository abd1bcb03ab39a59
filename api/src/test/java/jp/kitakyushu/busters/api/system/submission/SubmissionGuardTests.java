package jp.kitakyushu.busters.api.system.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jp.kitakyushu.busters.api.system.RateLimitedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sliding-window limits per user and per address, and the retry time they announce.
 */
class SubmissionGuardTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T00:00:00Z"));

	private final SubmissionGuard guard = new SubmissionGuard(new SubmissionLimitsProperties(3, 5, Duration.ofHours(1)),
			this.clock);

	@Test
	void aUserGetsThreeSubmissionsAnHourThenIsToldWhenToRetry() {
		for (int i = 0; i < 3; i++) {
			this.guard.admit(new Submitter("hanako", "10.0.0.1"));
			this.clock.advance(Duration.ofMinutes(10));
		}
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.guard.admit(new Submitter("hanako", "10.0.0.1")))
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(30 * 60 + 1))
			.withMessageContaining("Try again in");
		this.clock.advance(Duration.ofMinutes(31));
		this.guard.admit(new Submitter("hanako", "10.0.0.1"));
	}

	@Test
	void anAddressIsLimitedAcrossUsers() {
		for (int i = 0; i < 5; i++) {
			this.guard.admit(new Submitter("user-" + i, "10.0.0.2"));
		}
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.guard.admit(new Submitter("user-9", "10.0.0.2")));
		this.guard.admit(new Submitter("user-9", "10.0.0.3"));
	}

	@Test
	void aRefusedAttemptDoesNotCount() {
		for (int i = 0; i < 3; i++) {
			this.guard.admit(new Submitter("taro", "10.0.0.4"));
		}
		for (int i = 0; i < 10; i++) {
			assertThatExceptionOfType(RateLimitedException.class)
				.isThrownBy(() -> this.guard.admit(new Submitter("taro", "10.0.0.4")));
		}
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		this.guard.admit(new Submitter("taro", "10.0.0.4"));
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
