package jp.kitakyushu.busters.web.staff.outcomes;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A demonstration and its outcome, as the outcome pages read them.
 *
 * @param __typename the node's type, where asked
 * @param id the proposal's global id
 * @param title its title
 * @param status its state
 * @param company who runs it
 * @param theme what it answers, with the theme's problems where asked
 * @param outcome what it achieved
 */
public record OutcomeView(@Nullable String __typename, String id, String title, String status, @Nullable Named company,
		Theme theme, @Nullable Outcome outcome) {

	/** The latest metrics, if any. */
	public @Nullable Metrics metrics() {
		return (this.outcome != null) ? this.outcome.metrics() : null;
	}

	/** Whether a problem is among those it resolved. */
	public boolean resolved(String problemId) {
		return this.outcome != null && this.outcome.resolvedProblems() != null
				&& this.outcome.resolvedProblems()
					.nodes()
					.stream()
					.anyMatch((problem) -> problem.id().equals(problemId));
	}

	/**
	 * A name.
	 *
	 * @param id a global id, where asked
	 * @param name the name
	 */
	public record Named(@Nullable String id, String name) {
	}

	/**
	 * The theme.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param problems its problems, where asked
	 */
	public record Theme(String id, String title, @Nullable List<ProblemRef> problems) {
	}

	/**
	 * A problem.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state, where asked
	 * @param ward its ward
	 */
	public record ProblemRef(String id, String title, @Nullable String status, @Nullable String ward) {
	}

	/**
	 * The outcome.
	 *
	 * @param reports progress reports, where asked
	 * @param metrics the latest metrics
	 * @param metricsHistory every record, where asked
	 * @param resolvedProblems what it solved
	 */
	public record Outcome(@Nullable Page<Report> reports, @Nullable Metrics metrics,
			@Nullable Page<Metrics> metricsHistory, @Nullable Page<ProblemRef> resolvedProblems) {
	}

	/**
	 * A page of a list.
	 *
	 * @param <T> what it holds
	 * @param totalCount how many in all, where asked
	 * @param nodes the items, where asked
	 */
	public record Page<T>(@Nullable Integer totalCount, List<T> nodes) {

		public Page {
			nodes = (nodes != null) ? nodes : List.of();
		}

	}

	/**
	 * A progress report.
	 *
	 * @param id its global id
	 * @param text what happened
	 * @param authorName who wrote it
	 * @param byStaff whether staff wrote it
	 * @param createdAt when
	 */
	public record Report(String id, String text, @Nullable String authorName, boolean byStaff, Instant createdAt) {
	}

	/**
	 * Metrics as of a date.
	 *
	 * @param asOf the date they describe
	 * @param staffHoursSavedPerYear staff hours saved a year
	 * @param citizensReached citizens reached
	 * @param satisfactionChangePoints change in satisfaction, in points
	 * @param note how they were measured
	 * @param recordedAt when recorded
	 */
	public record Metrics(Instant asOf, int staffHoursSavedPerYear, int citizensReached,
			double satisfactionChangePoints, @Nullable String note, @Nullable Instant recordedAt) {
	}

}
