package jp.kitakyushu.busters.api.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a problem reached each public stage, as reporting recorded it.
 *
 * @param published when it was published
 * @param adopted when a theme first took it up
 * @param resolved when it was resolved
 */
public record ProblemDates(@Nullable Instant published, @Nullable Instant adopted, @Nullable Instant resolved) {

	/** No stage recorded. */
	public static final ProblemDates NONE = new ProblemDates(null, null, null);

}
