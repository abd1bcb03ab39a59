package jp.kitakyushu.busters.api.outcome;

import java.util.Comparator;
import java.util.List;

import jp.kitakyushu.busters.api.proposal.Proposal;
import org.jspecify.annotations.Nullable;

/**
 * What one proposal's demonstration achieved, as one caller may see it.
 *
 * @param proposal the proposal
 * @param confidential whether the caller reads the company's side (reports, notes)
 * @param allReports every progress report, newest first
 * @param metricsHistory every metrics record, latest {@code asOf} first
 * @param resolvedProblemIds the store ids of the problems it resolved
 */
public record Outcome(Proposal proposal, boolean confidential, List<OutcomeReport> allReports,
		List<OutcomeMetrics> metricsHistory, List<String> resolvedProblemIds) {

	/** The latest metrics, if any. */
	public @Nullable OutcomeMetrics metrics() {
		return this.metricsHistory.stream().max(Comparator.comparing(OutcomeMetrics::asOf)).orElse(null);
	}

}
