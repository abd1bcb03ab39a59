package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Calendar months in the city's time zone: the unit every reporting figure is counted in,
 * and the key of the projection's documents ({@code 2026-04}).
 */
final class Months {

	private final ZoneId zone;

	Months(ZoneId zone) {
		this.zone = zone;
	}

	/** The month an instant falls in, in the city's time zone. */
	YearMonth of(Instant instant) {
		return YearMonth.from(instant.atZone(this.zone));
	}

	/** The first instant of a month. */
	Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(this.zone).toInstant();
	}

	/** The document key of a month. */
	static String key(YearMonth month) {
		return month.toString();
	}

	ZoneId zone() {
		return this.zone;
	}

}
