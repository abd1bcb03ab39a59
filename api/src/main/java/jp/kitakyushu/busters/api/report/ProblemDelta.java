package jp.kitakyushu.busters.api.report;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kitakyushu.busters.api.report.ProblemProjection.Resolution;
import org.jspecify.annotations.Nullable;

/**
 * What one change of a problem (or, summed, many) adds to the projection: counter
 * increments per counter document and field, durations per month and stage, and the
 * resolutions to record.
 */
final class ProblemDelta {

	/** The field of a counter document that holds its status-now counts. */
	static final String STATUSES = "s";

	/** The prefix of a status-now count's field in a counter document. */
	static final String STATUS = STATUSES + ".";

	/**
	 * Counter document ({@link CounterKey#id()}) to field ({@code published}, or
	 * {@code s.PUBLISHED} for a status-now count) to increment.
	 */
	final Map<String, Map<String, Long>> counters = new LinkedHashMap<>();

	/**
	 * Duration document key ({@code 2026-04|PUBLISHED}) to the tenths of a day to count
	 * ({@code t12}: 1.2 days) and by how many.
	 */
	final Map<String, Map<String, Long>> durations = new LinkedHashMap<>();

	/** Resolutions to store, by problem id. */
	final Map<String, Resolution> resolutions = new LinkedHashMap<>();

	/** The difference between a problem's row before (null: never seen) and after. */
	static ProblemDelta between(@Nullable ProblemRow before, ProblemRow after, Months months) {
		ProblemDelta delta = new ProblemDelta();
		delta.add(before, after, months);
		return delta;
	}

	/** Adds the difference between two rows of one problem. */
	void add(@Nullable ProblemRow before, ProblemRow after, Months months) {
		String cell = after.cell();
		String month = after.month();
		if (before == null) {
			count(month, cell, "submitted", 1);
			status(month, cell, "SUBMITTED", 1);
		}
		String previousStatus = (before != null) ? before.status() : "SUBMITTED";
		if (!previousStatus.equals(after.status())) {
			status(month, cell, previousStatus, -1);
			status(month, cell, after.status(), 1);
		}
		long supportersBefore = (before != null) ? before.supporters() : 0;
		count(month, cell, "supporters", after.supporters() - supportersBefore);
		Instant submitted = after.at(Stage.SUBMITTED);
		for (Stage stage : Stage.values()) {
			Instant at = after.at(stage);
			if (stage == Stage.SUBMITTED || at == null || (before != null && before.at(stage) != null)) {
				continue;
			}
			String stageMonth = Months.key(months.of(at));
			count(stageMonth, cell, stage.counter(), 1);
			if (stage.timed() && submitted != null) {
				long tenths = Timing.tenthsOfDay(Duration.between(submitted, at).toSeconds());
				this.durations.computeIfAbsent(stageMonth + "|" + stage.name(), (key) -> new LinkedHashMap<>())
					.merge(Timing.TENTHS + tenths, 1L, Long::sum);
			}
		}
		Instant resolved = after.at(Stage.RESOLVED);
		if (resolved != null && (before == null || before.at(Stage.RESOLVED) == null
				|| !after.resolvedBy().equals(before.resolvedBy()))) {
			this.resolutions.put(after.id(), new Resolution(after.id(), resolved, after.resolvedBy()));
		}
	}

	/**
	 * Counts in the full cube (the cell's document, read when a query is narrowed) and in
	 * the month's total and its three margins, which unnarrowed queries read: a few
	 * documents instead of hundreds per month.
	 */
	private void count(String month, String cell, String counter, long delta) {
		String[] parts = cell.split("\\|", 3);
		inc(CounterKey.cell(month, cell), counter, delta);
		inc(CounterKey.total(month), counter, delta);
		inc(new CounterKey(CounterKey.CATEGORY, month, parts[0]), counter, delta);
		inc(new CounterKey(CounterKey.WARD, month, parts[1]), counter, delta);
		inc(new CounterKey(CounterKey.CHANNEL, month, parts[2]), counter, delta);
	}

	/** Status-now counts: in the cell's document and in the month's total. */
	private void status(String month, String cell, String status, long delta) {
		inc(CounterKey.cell(month, cell), STATUS + status, delta);
		inc(CounterKey.total(month), STATUS + status, delta);
	}

	void inc(CounterKey key, String field, long delta) {
		if (delta != 0) {
			this.counters.computeIfAbsent(key.id(), (id) -> new LinkedHashMap<>()).merge(field, delta, Long::sum);
		}
	}

}
