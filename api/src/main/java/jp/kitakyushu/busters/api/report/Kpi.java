package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One target's progress: its value as of the end of the period, the target, the share
 * reached and the records the value is computed from.
 *
 * @param kind which target
 * @param value the value
 * @param target the target, null for figures without one
 * @param share value ÷ target, null without a target
 * @param asOf the last month the value covers
 * @param problemIds the problems the value counts (solved problems)
 * @param metricsIds the outcome metrics records the value sums (the latest record of each
 * demonstration)
 */
record Kpi(KpiKind kind, double value, @Nullable Double target, @Nullable Double share, YearMonth asOf,
		List<String> problemIds, List<String> metricsIds) {
}
