package jp.kitakyushu.busters.api.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How long problems took from submission to a stage: over the problems that reached the
 * stage in the period, by the nearest-rank method.
 *
 * @param count how many problems reached the stage in the period
 * @param medianDays the median, in days; null when none did
 * @param p90Days the 90th percentile, in days; null when none did
 */
record Timing(long count, @Nullable Double medianDays, @Nullable Double p90Days) {

	private static final double SECONDS_PER_DAY = 86_400.0;

	/** The timing of these durations, in seconds, sorted ascending. */
	static Timing of(List<Long> sortedSeconds) {
		if (sortedSeconds.isEmpty()) {
			return new Timing(0, null, null);
		}
		return new Timing(sortedSeconds.size(), days(rank(sortedSeconds, 0.5)), days(rank(sortedSeconds, 0.9)));
	}

	/**
	 * The nearest-rank percentile: the smallest value with at least p of all at or below
	 * it.
	 */
	static long rank(List<Long> sorted, double p) {
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static double days(long seconds) {
		return Math.round(seconds / SECONDS_PER_DAY * 10) / 10.0;
	}

}
