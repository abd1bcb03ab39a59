package jp.kitakyushu.busters.api.suggestion;

import java.util.List;

import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.system.EntityChanged;

/**
 * Problems became or stopped being a theme's suggested problems, so their search
 * documents (which carry the theme they are suggested for) are written again.
 *
 * @param problemIds the store ids of the problems
 */
public record SuggestedProblemsChanged(List<String> problemIds) implements EntityChanged {

	public SuggestedProblemsChanged {
		problemIds = List.copyOf(problemIds);
	}

	@Override
	public String entityType() {
		return ProblemQueries.TYPE;
	}

	@Override
	public List<String> entityIds() {
		return this.problemIds;
	}

}
