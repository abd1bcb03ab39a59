package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.fund.EntryKind;
import jp.kitakyushu.busters.api.fund.FundService;
import jp.kitakyushu.busters.api.fund.LedgerEntry;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The fund's flows for a period, from its append-only ledger: by month, per proposal and
 * per theme. The ledger grows by a few entries per demonstration, so it is read whole.
 */
@Component
class FundFigures {

	private final FundService fund;

	private final ProposalQueries proposals;

	private final Months months;

	FundFigures(FundService fund, ProposalQueries proposals, ReportProperties properties) {
		this.fund = fund;
		this.proposals = proposals;
		this.months = new Months(properties.zone());
	}

	/** One row per month of the period. */
	List<FundMonth> byMonth(Period period) {
		Map<YearMonth, long[]> flows = new LinkedHashMap<>();
		period.months().forEach((month) -> flows.put(month, new long[3]));
		long available = 0;
		for (LedgerEntry entry : this.fund.ledgerEntries()) {
			YearMonth month = this.months.of(entry.at());
			if (month.isAfter(period.to())) {
				break;
			}
			long[] signed = signed(entry);
			available += signed[0] - signed[1];
			long[] row = flows.get(month);
			if (row != null) {
				for (int i = 0; i < 3; i++) {
					row[i] += signed[i];
				}
			}
		}
		List<FundMonth> rows = new ArrayList<>();
		long carried = available - flows.values().stream().mapToLong((row) -> row[0] - row[1]).sum();
		for (Map.Entry<YearMonth, long[]> month : flows.entrySet()) {
			long[] row = month.getValue();
			carried += row[0] - row[1];
			rows.add(new FundMonth(ProblemFigures.monthLabel(month.getKey()), row[0], row[1], row[2], carried));
		}
		return rows;
	}

	/**
	 * Allocations and disbursements per proposal, by proposal id: of the period, or since
	 * the fund began when {@code allTime}.
	 */
	Map<String, FundShare> byProposal(Period period, boolean allTime) {
		Map<String, FundShare> shares = new LinkedHashMap<>();
		for (LedgerEntry entry : this.fund.ledgerEntries()) {
			if (entry.proposalId() == null || (!allTime && !period.contains(this.months.of(entry.at())))) {
				continue;
			}
			long[] signed = signed(entry);
			shares.merge(entry.proposalId(), new FundShare(entry.proposalId(), signed[1], signed[2]),
					(a, b) -> a.plus(b.allocated(), b.disbursed()));
		}
		return shares;
	}

	/**
	 * Allocations and disbursements per theme, by theme id: of the period, or since the
	 * fund began when {@code allTime}.
	 */
	Map<String, FundShare> byTheme(Period period, boolean allTime) {
		Map<String, FundShare> byProposal = byProposal(period, allTime);
		Map<String, FundShare> shares = new LinkedHashMap<>();
		if (byProposal.isEmpty()) {
			return shares;
		}
		this.proposals.findVisible(byProposal.keySet()).values().forEach((proposal) -> {
			FundShare share = byProposal.get(proposal.getId());
			shares.merge(proposal.getThemeId(),
					new FundShare(proposal.getThemeId(), share.allocated(), share.disbursed()),
					(a, b) -> a.plus(b.allocated(), b.disbursed()));
		});
		return shares;
	}

	/**
	 * The entry as {contributed, allocated, disbursed} changes: a reversal subtracts from
	 * the kind it reverses.
	 */
	private static long[] signed(LedgerEntry entry) {
		EntryKind kind = entry.kind();
		long amount = entry.amount();
		if (kind == EntryKind.REVERSAL) {
			kind = entry.reversedKind();
			amount = -amount;
		}
		return switch (kindOrNull(kind)) {
			case CONTRIBUTION -> new long[] { amount, 0, 0 };
			case ALLOCATION -> new long[] { 0, amount, 0 };
			case DISBURSEMENT -> new long[] { 0, 0, amount };
			default -> new long[3];
		};
	}

	private static EntryKind kindOrNull(@Nullable EntryKind kind) {
		return (kind != null) ? kind : EntryKind.REVERSAL;
	}

}
