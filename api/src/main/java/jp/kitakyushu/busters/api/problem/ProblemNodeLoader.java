package jp.kitakyushu.busters.api.problem;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch problems under the usual visibility rules.
 */
@Component
class ProblemNodeLoader implements NodeLoader<Problem> {

	private final ProblemService problems;

	ProblemNodeLoader(ProblemService problems) {
		this.problems = problems;
	}

	@Override
	public String typeName() {
		return ProblemService.TYPE;
	}

	@Override
	public Map<String, Problem> loadVisible(Collection<String> ids) {
		return this.problems.findVisible(ids);
	}

}
