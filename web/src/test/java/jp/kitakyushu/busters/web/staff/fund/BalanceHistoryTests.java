package jp.kitakyushu.busters.web.staff.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The balances day by day, worked backwards from today's totals through the newest
 * entries, reversals included; and the chart drawn from them.
 */
class BalanceHistoryTests {

	@Test
	void eachDayEndsWithTheBalancesTheEntriesLeft() {
		// Newest first, as the api lists the ledger: 5,000,000 given on 1 April,
		// 2,000,000 allocated on 2 April, 500,000 paid and reversed on 3 April, 300,000
		// paid on 3 April.
		List<FundView.Entry> ledger = List.of(entry("REVERSAL", 500_000, "DISBURSEMENT", "2026-04-03T05:00:00Z"),
				entry("DISBURSEMENT", 300_000, null, "2026-04-03T04:00:00Z"),
				entry("DISBURSEMENT", 500_000, null, "2026-04-03T03:00:00Z"),
				entry("ALLOCATION", 2_000_000, null, "2026-04-02T03:00:00Z"),
				entry("CONTRIBUTION", 5_000_000, null, "2026-04-01T03:00:00Z"));
		FundView fund = new FundView(5_000_000, 2_000_000, 300_000, 3_000_000, new FundView.Allocations(0, List.of()),
				new FundView.Ledger(5, ledger));

		List<BalanceHistory.Point> points = BalanceHistory.of(fund);

		assertThat(points).containsExactly(new BalanceHistory.Point(LocalDate.of(2026, 3, 31), 0, 0),
				new BalanceHistory.Point(LocalDate.of(2026, 4, 1), 5_000_000, 5_000_000),
				new BalanceHistory.Point(LocalDate.of(2026, 4, 2), 5_000_000, 3_000_000),
				new BalanceHistory.Point(LocalDate.of(2026, 4, 3), 4_700_000, 3_000_000));
		LineChart chart = new LineChart(points);
		assertThat(chart.heldLine().split(" ")).hasSize(4);
		assertThat(chart.heldLine()).startsWith("10,210 ").endsWith(" 450,31");
	}

	@Test
	void anEmptyLedgerHasNoPoints() {
		FundView fund = new FundView(0, 0, 0, 0, new FundView.Allocations(0, List.of()),
				new FundView.Ledger(0, List.of()));
		assertThat(BalanceHistory.of(fund)).isEmpty();
	}

	private static FundView.Entry entry(String kind, long amount, String reversedKind, String at) {
		return new FundView.Entry("e-" + at, kind, amount, null, false, null, null, reversedKind, null, null,
				Instant.parse(at), null);
	}

}
