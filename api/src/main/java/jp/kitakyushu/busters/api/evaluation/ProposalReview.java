package jp.kitakyushu.busters.api.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation of one proposal as one staff member may see it: blind to the others'
 * scores while the proposal is being evaluated and they have not given their own.
 *
 * @param proposal the proposal
 * @param reviewer the staff member asking
 * @param all every reviewer's evaluation
 */
public record ProposalReview(Proposal proposal, String reviewer, List<Evaluation> all) {

	/** Whether the others' scores are hidden from the reviewer. */
	public boolean blind() {
		return isBlind(this.proposal, this.reviewer, this.all);
	}

	/**
	 * Blind while the proposal is SHORTLISTED and the reviewer has not evaluated it; once
	 * it is decided no one can evaluate any more, so nothing is left to anchor.
	 */
	public static boolean isBlind(Proposal proposal, String reviewer, List<Evaluation> evaluations) {
		return proposal.getStatus() == ProposalStatus.SHORTLISTED
				&& evaluations.stream().noneMatch((evaluation) -> evaluation.getReviewer().equals(reviewer));
	}

	public @Nullable Evaluation myEvaluation() {
		return this.all.stream()
			.filter((evaluation) -> evaluation.getReviewer().equals(this.reviewer))
			.findFirst()
			.orElse(null);
	}

	public int evaluationCount() {
		return this.all.size();
	}

	public @Nullable Double score() {
		return blind() ? null : value(WeightedScores.mean(weightedScores()));
	}

	public @Nullable Double spread() {
		return blind() ? null : value(WeightedScores.spread(weightedScores()));
	}

	/** Every evaluation, best score first; null while blind. */
	public @Nullable List<Evaluation> evaluations() {
		return blind() ? null
				: this.all.stream().sorted(Comparator.comparingDouble(Evaluation::weightedScore).reversed()).toList();
	}

	private List<Double> weightedScores() {
		return this.all.stream().map(Evaluation::weightedScore).toList();
	}

	private static @Nullable Double value(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

}
