package jp.kitakyushu.busters.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting durations by the tenth of a day they are shown as gives the same median and
 * 90th percentile as ranking the durations themselves.
 */
class TimingTests {

	@Test
	void countsByTenthOfADayRankAsTheDurationsDo() {
		Random random = new Random(13);
		for (int trial = 0; trial < 200; trial++) {
			int size = 1 + random.nextInt(400);
			List<Long> seconds = new ArrayList<>();
			SortedMap<Long, Long> counts = new TreeMap<>();
			for (int i = 0; i < size; i++) {
				// Up to 60 days, often on or near a rounding boundary (every 8,640 s).
				long value = random.nextBoolean() ? random.nextInt(60 * 86_400)
						: random.nextInt(600) * 8_640L + 4_320 + random.nextInt(3) - 1;
				seconds.add(value);
				counts.merge(Timing.tenthsOfDay(value), 1L, Long::sum);
			}
			seconds.sort(null);
			Timing timing = Timing.of(counts);
			assertThat(timing.count()).isEqualTo(size);
			assertThat(timing.medianDays()).isEqualTo(days(nearestRank(seconds, 0.5)));
			assertThat(timing.p90Days()).isEqualTo(days(nearestRank(seconds, 0.9)));
		}
	}

	@Test
	void medianAndNinetiethPercentileOfAKnownSet() {
		SortedMap<Long, Long> counts = new TreeMap<>();
		// Ten problems: 1.0 day (four), 2.5 days (five), 30.0 days (one).
		counts.put(10L, 4L);
		counts.put(25L, 5L);
		counts.put(300L, 1L);
		Timing timing = Timing.of(counts);
		assertThat(timing.count()).isEqualTo(10);
		assertThat(timing.medianDays()).isEqualTo(2.5);
		assertThat(timing.p90Days()).isEqualTo(2.5);
		counts.put(300L, 2L);
		assertThat(Timing.of(counts).p90Days()).isEqualTo(30.0);
	}

	@Test
	void noDurationsHaveNoMedian() {
		Timing timing = Timing.of(new TreeMap<>());
		assertThat(timing.count()).isZero();
		assertThat(timing.medianDays()).isNull();
		assertThat(timing.p90Days()).isNull();
	}

	private static long nearestRank(List<Long> sorted, double p) {
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static double days(long seconds) {
		return Math.round(seconds / 86_400.0 * 10) / 10.0;
	}

}
