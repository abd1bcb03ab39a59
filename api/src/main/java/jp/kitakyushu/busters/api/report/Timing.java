package jp.kitakyushu.busters.api.report;

import java.util.Map;
import java.util.SortedMap;

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

	/** The prefix of a tenth-of-a-day count's field in a durations document. */
	static final String TENTHS = "t";

	/**
	 * The tenth of a day a duration is shown as: the projection counts durations by it.
	 * Rounding never changes which duration ranks where, so the median and the 90th
	 * percentile of the counts are those of the durations, rounded as they were always
	 * shown; and a month's document holds a few hundred counts instead of thousands of
	 * durations.
	 */
	static long tenthsOfDay(long seconds) {
		return Math.round(seconds / SECONDS_PER_DAY * 10);
	}

	/** The timing of durations counted by their tenth of a day. */
	static Timing of(SortedMap<Long, Long> countsByTenths) {
		long count = countsByTenths.values().stream().mapToLong(Long::longValue).sum();
		if (count == 0) {
			return new Timing(0, null, null);
		}
		return new Timing(count, rank(countsByTenths, count, 0.5) / 10.0, rank(countsByTenths, count, 0.9) / 10.0);
	}

	/**
	 * The nearest-rank percentile: the smallest value with at least p of all at or below
	 * it.
	 */
	static long rank(SortedMap<Long, Long> counts, long total, double p) {
		long rank = Math.max(1, Math.min(total, (long) Math.ceil(p * total)));
		long seen = 0;
		long value = counts.firstKey();
		for (Map.Entry<Long, Long> entry : counts.entrySet()) {
			value = entry.getKey();
			seen += entry.getValue();
			if (seen >= rank) {
				break;
			}
		}
		return value;
	}

}
