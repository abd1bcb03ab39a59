package jp.kitakyushu.busters.web.staff.fund;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Formats;

/**
 * The fund's balances day by day, worked out backwards from today's totals through the
 * newest ledger entries: each entry is undone in turn, so every point is exact for the
 * period those entries cover (the page says which), however long the ledger is.
 */
final class BalanceHistory {

	private BalanceHistory() {
	}

	/**
	 * The balances at the end of each day with entries, oldest first, starting with the
	 * balances before the oldest entry given.
	 * @param fund today's totals and the newest entries, newest first
	 */
	static List<Point> of(FundView fund) {
		long contributed = fund.contributed();
		long allocated = fund.allocated();
		long disbursed = fund.disbursed();
		List<Point> points = new ArrayList<>();
		LocalDate day = null;
		for (FundView.Entry entry : fund.ledger().nodes()) {
			LocalDate entryDay = entry.at().atZone(Formats.CITY_TIME).toLocalDate();
			if (!entryDay.equals(day)) {
				points.add(new Point(entryDay, contributed - disbursed, contributed - allocated));
				day = entryDay;
			}
			boolean reversal = "REVERSAL".equals(entry.kind());
			String kind = reversal ? String.valueOf(entry.reversedKind()) : entry.kind();
			long change = reversal ? -entry.amount() : entry.amount();
			// Undo the entry: the balances as they were just before it.
			switch (kind) {
				case "CONTRIBUTION" -> contributed -= change;
				case "ALLOCATION" -> allocated -= change;
				case "DISBURSEMENT" -> disbursed -= change;
				default -> {
				}
			}
		}
		if (day != null) {
			points.add(new Point(day.minusDays(1), contributed - disbursed, contributed - allocated));
		}
		Collections.reverse(points);
		return points;
	}

	/**
	 * The balances at the end of one day.
	 *
	 * @param day the day (Kitakyushu time)
	 * @param held money in the fund: contributed minus disbursed
	 * @param available what could still be allocated: contributed minus allocated
	 */
	record Point(LocalDate day, long held, long available) {
	}

}
