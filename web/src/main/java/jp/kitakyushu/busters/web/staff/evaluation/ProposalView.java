package jp.kitakyushu.busters.web.staff.evaluation;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Shares;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as staff read it, with its theme's criteria and its evaluation.
 *
 * @param __typename the node's type
 * @param id its global id
 * @param title its title
 * @param summary its summary
 * @param approach how the company would solve it
 * @param requestedAmount what it asks of the fund
 * @param status where it is
 * @param decisionReason why it was declined or withdrawn
 * @param submittedAt when it was submitted
 * @param decidedAt when it was decided
 * @param milestones its plan
 * @param company who proposes
 * @param theme what it answers
 * @param review its evaluation as I may see it
 */
public record ProposalView(String __typename, String id, String title, String summary, @Nullable String approach,
		@Nullable Long requestedAmount, String status, @Nullable String decisionReason, @Nullable Instant submittedAt,
		@Nullable Instant decidedAt, @Nullable List<Milestone> milestones, @Nullable Company company, Theme theme,
		@Nullable Review review) {

	/** Whether reviewers may score it now. */
	public boolean scorable() {
		return "SHORTLISTED".equals(this.status);
	}

	/** Whether it can be declined now. */
	public boolean declinable() {
		return "SUBMITTED".equals(this.status) || "SHORTLISTED".equals(this.status);
	}

	/**
	 * A step of the plan.
	 *
	 * @param title what is delivered
	 * @param dueDate when
	 * @param amount what it costs
	 */
	public record Milestone(String title, Instant dueDate, long amount) {
	}

	/**
	 * The proposing company.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param status its standing
	 */
	public record Company(String id, String name, String status) {
	}

	/**
	 * The theme.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param closesAt its deadline
	 * @param budgetCap its budget cap
	 * @param criteria how proposals are scored
	 */
	public record Theme(String id, String title, String status, @Nullable Instant closesAt, @Nullable Long budgetCap,
			List<Criterion> criteria) {

		/** Each criterion's weight as a whole percentage, the shares adding up to 100. */
		public List<Integer> shares() {
			return Shares.percentages(this.criteria.stream().map(Criterion::weight).toList());
		}

	}

	/**
	 * A criterion.
	 *
	 * @param name its name
	 * @param weight its relative weight
	 * @param description what reviewers look for
	 */
	public record Criterion(String name, int weight, String description) {
	}

	/**
	 * The evaluation as I may see it.
	 *
	 * @param blind whether the others' scores are hidden from me
	 * @param evaluationCount how many scored
	 * @param score the mean weighted score
	 * @param spread highest minus lowest
	 * @param myEvaluation mine
	 * @param evaluations everyone's, when not blind
	 */
	public record Review(boolean blind, int evaluationCount, @Nullable Double score, @Nullable Double spread,
			@Nullable Evaluation myEvaluation, @Nullable Evaluations evaluations) {
	}

	/**
	 * A page of evaluations.
	 *
	 * @param nodes the evaluations
	 */
	public record Evaluations(List<Evaluation> nodes) {
	}

	/**
	 * One reviewer's evaluation.
	 *
	 * @param id its global id
	 * @param reviewer the reviewer's subject
	 * @param reviewerName the reviewer's name
	 * @param weightedScore the weighted score
	 * @param comment an overall comment
	 * @param updatedAt when last changed
	 * @param scores per criterion
	 */
	public record Evaluation(@Nullable String id, @Nullable String reviewer, @Nullable String reviewerName,
			double weightedScore, @Nullable String comment, @Nullable Instant updatedAt, List<Score> scores) {
	}

	/**
	 * A score for one criterion.
	 *
	 * @param criterion the criterion's name
	 * @param score 0 to 5
	 * @param comment why
	 */
	public record Score(String criterion, int score, String comment) {
	}

}
