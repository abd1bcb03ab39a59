package jp.kitakyushu.busters.api.system;

/**
 * Thrown when a user or an address has sent too many submissions; says when to retry.
 */
public class RateLimitedException extends RuntimeException {

	private final long retryAfterSeconds;

	public RateLimitedException(long retryAfterSeconds) {
		super("Too many submissions. Try again in " + retryAfterSeconds + " seconds.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
