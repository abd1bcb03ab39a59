package jp.kitakyushu.busters.api.theme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time but can be moved ahead, so a test can pass a deadline
 * without waiting for it. Only the api's {@link Clock} bean moves: token expiry still
 * follows real time.
 */
public final class MovableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/** Moves the clock ahead by {@code amount}. */
	public void advance(Duration amount) {
		this.offset.updateAndGet((current) -> current.plus(amount));
	}

	/** Back to real time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The api's clock is UTC");
	}

}
