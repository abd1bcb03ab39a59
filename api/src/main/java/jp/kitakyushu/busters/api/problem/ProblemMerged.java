package jp.kitakyushu.busters.api.problem;

import java.util.List;

/**
 * Staff folded a duplicate into another problem, which gained the duplicate's supporters.
 *
 * @param problemId the store id of the duplicate
 * @param intoProblemId the store id of the problem it joined
 */
public record ProblemMerged(String problemId, String intoProblemId) implements ProblemEvent {

	@Override
	public List<String> entityIds() {
		return List.of(this.problemId, this.intoProblemId);
	}

}
