package jp.kitakyushu.busters.api.problem;

import java.util.List;

import jp.kitakyushu.busters.api.system.EntityChanged;

/**
 * Something that happened to a problem, announced after the store has it.
 */
public interface ProblemEvent extends EntityChanged {

	/** The store id of the problem. */
	String problemId();

	@Override
	default String entityType() {
		return ProblemQueries.TYPE;
	}

	@Override
	default List<String> entityIds() {
		return List.of(problemId());
	}

}
