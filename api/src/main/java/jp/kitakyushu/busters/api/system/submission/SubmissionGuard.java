package jp.kitakyushu.busters.api.system.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.api.system.RateLimitedException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Sliding-window rate limits on submissions, per user and per network address. Each api
 * instance counts on its own: with N replicas a client gets at most N times the limit,
 * which still stops floods; a shared counter would need the store on every submission.
 */
@Component
@EnableConfigurationProperties(SubmissionLimitsProperties.class)
public class SubmissionGuard {

	private final SubmissionLimitsProperties limits;

	private final Clock clock;

	private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

	SubmissionGuard(SubmissionLimitsProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Counts one submission by the submitter from their address, or throws
	 * {@link RateLimitedException} saying when to retry; a refused attempt is not
	 * counted.
	 */
	public void admit(Submitter submitter) {
		Instant now = this.clock.instant();
		String userKey = "user:" + submitter.subject();
		String addressKey = "address:" + submitter.address();
		synchronized (this) {
			long userWait = waitFor(userKey, this.limits.perUser(), now);
			long addressWait = waitFor(addressKey, this.limits.perAddress(), now);
			long wait = Math.max(userWait, addressWait);
			if (wait > 0) {
				throw new RateLimitedException(wait);
			}
			record(userKey, now);
			record(addressKey, now);
		}
	}

	private long waitFor(String key, int max, Instant now) {
		Deque<Instant> window = this.windows.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		Instant horizon = now.minus(this.limits.window());
		while (!window.isEmpty() && !window.peekFirst().isAfter(horizon)) {
			window.pollFirst();
		}
		if (window.size() < max) {
			return 0;
		}
		// The oldest submission in the window leaves it first; that is when one more
		// fits.
		Instant freeAt = window.peekFirst().plus(this.limits.window());
		return Math.max(1, Duration.between(now, freeAt).toSeconds() + 1);
	}

	private void record(String key, Instant now) {
		this.windows.get(key).addLast(now);
	}

}
