package jp.kitakyushu.busters.web.staff.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A reviewer's scores as typed: for every criterion a score from 0 to 5 and why, and an
 * overall comment.
 *
 * @param scores one row per criterion of the theme
 * @param comment an overall comment
 */
public record ScoreForm(@Nullable List<ScoreRow> scores, @Nullable String comment) {

	/** The rows, never null. */
	public List<ScoreRow> rows() {
		return (this.scores != null) ? this.scores : List.of();
	}

	/** A form for the theme's criteria, filled with my earlier scores if I gave any. */
	static ScoreForm of(ProposalView proposal) {
		List<ScoreRow> rows = new ArrayList<>();
		ProposalView.Evaluation mine = (proposal.review() != null) ? proposal.review().myEvaluation() : null;
		for (ProposalView.Criterion criterion : proposal.theme().criteria()) {
			ProposalView.Score given = (mine != null) ? mine.scores()
				.stream()
				.filter((score) -> score.criterion().equals(criterion.name()))
				.findFirst()
				.orElse(null) : null;
			rows.add(new ScoreRow(criterion.name(), (given != null) ? Integer.toString(given.score()) : "",
					(given != null) ? given.comment() : ""));
		}
		return new ScoreForm(rows, (mine != null && mine.comment() != null) ? mine.comment() : "");
	}

	/**
	 * The score for one criterion.
	 *
	 * @param criterion the criterion's name (a hidden field)
	 * @param score 0 to 5
	 * @param comment why
	 */
	public record ScoreRow(@Nullable String criterion, @Nullable String score, @Nullable String comment) {
	}

}
