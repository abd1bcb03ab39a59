package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Reporting's own record of one problem: where it is counted (month, category, ward,
 * channel), the date each stage was reached and its supporters. The month documents are
 * sums over these rows, so they can always be recomputed from them.
 *
 * @param id the problem's store id
 * @param rev bumped on every change, so two listeners never apply the same change twice
 * @param month the month it was submitted, {@code 2026-04}
 * @param cell where it is counted: {@code category|ward|channel}
 * @param status its status when last seen
 * @param stages when each stage was reached
 * @param supporters its supporters when last seen
 * @param resolvedBy the proposals credited with solving it
 */
@Document("report_problems")
record ProblemRow(@Id String id, long rev, String month, String cell, String status, Map<Stage, Instant> stages,
		long supporters, List<String> resolvedBy) {

	/** The row of a problem seen for the first time, as it was when submitted. */
	static ProblemRow first(ProblemFacts facts, Months months) {
		Map<Stage, Instant> stages = new EnumMap<>(Stage.class);
		stages.put(Stage.SUBMITTED, facts.createdAt());
		return new ProblemRow(facts.id(), 0, Months.key(months.of(facts.createdAt())), cell(facts), "SUBMITTED", stages,
				0, List.of());
	}

	/**
	 * This row brought up to date with the facts: stages newly reached are dated at the
	 * problem's last change, which is the change being reported.
	 */
	ProblemRow next(ProblemFacts facts) {
		Map<Stage, Instant> reached = new EnumMap<>(Stage.class);
		reached.putAll(this.stages);
		Instant submitted = this.stages.get(Stage.SUBMITTED);
		for (Stage stage : Stage.values()) {
			if (!reached.containsKey(stage) && stage.reachedIn(facts.status())) {
				Instant at = facts.updatedAt();
				reached.put(stage, (submitted != null && at.isBefore(submitted)) ? submitted : at);
			}
		}
		return new ProblemRow(this.id, this.rev + 1, this.month, this.cell, facts.status(), reached, facts.supporters(),
				List.copyOf(facts.resolvedBy()));
	}

	/** Whether nothing reporting counts differs between the two rows. */
	boolean sameAs(ProblemRow other) {
		return this.status.equals(other.status) && this.stages.equals(other.stages)
				&& this.supporters == other.supporters && this.resolvedBy.equals(other.resolvedBy);
	}

	@Nullable Instant at(Stage stage) {
		return this.stages.get(stage);
	}

	static String cell(ProblemFacts facts) {
		return safe(facts.category()) + "|" + facts.ward() + "|" + facts.channel();
	}

	/** Field names may not hold dots or start with a dollar sign. */
	private static String safe(String code) {
		return code.replace('.', '_').replace('$', '_');
	}

}
