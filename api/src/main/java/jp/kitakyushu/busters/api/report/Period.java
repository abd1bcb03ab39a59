package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reporting period of whole months, both ends included. Checked before anything is
 * read: it may not end before it starts nor span more than ten years.
 *
 * @param from the first month
 * @param to the last month
 */
public record Period(YearMonth from, YearMonth to) {

	/** The longest period a report may cover, in months. */
	public static final int MAX_MONTHS = 120;

	/** A checked period; bad input is the client's error. */
	public static Period of(@Nullable YearMonth from, @Nullable YearMonth to) {
		if (from == null) {
			throw new ReportRequestException("period.from", "REQUIRED", "Give the period's first month, e.g. 2026-04.");
		}
		if (to == null) {
			throw new ReportRequestException("period.to", "REQUIRED", "Give the period's last month, e.g. 2027-03.");
		}
		if (to.isBefore(from)) {
			throw new ReportRequestException("period.to", "PERIOD_REVERSED",
					"The period ends (" + to + ") before it starts (" + from + "): give the earlier month as 'from'.");
		}
		long months = ChronoUnit.MONTHS.between(from, to) + 1;
		if (months > MAX_MONTHS) {
			throw new ReportRequestException("period", "PERIOD_TOO_LONG", "The period spans " + months
					+ " months; a report covers at most " + MAX_MONTHS + " months (10 years).");
		}
		return new Period(from, to);
	}

	/** The fiscal year (April to March) that starts in April of {@code year}. */
	public static Period fiscalYear(int year) {
		return of(YearMonth.of(year, 4), YearMonth.of(year + 1, 3));
	}

	/** Every month of the period, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = this.from; !month.isAfter(this.to); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** Whether the month lies in the period. */
	public boolean contains(YearMonth month) {
		return !month.isBefore(this.from) && !month.isAfter(this.to);
	}

	/** The month after the period's last. */
	public YearMonth end() {
		return this.to.plusMonths(1);
	}

}
