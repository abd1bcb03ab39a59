package jp.kitakyushu.busters.api.problem;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A past record of a problem was brought in, in the state it had reached.
 *
 * @param problemId the store id of the problem
 * @param submitter the submitter's subject, null for someone without an account
 * @param status the state it reached
 * @param themeIds the store ids of the themes that adopted it
 */
public record ProblemImported(String problemId, @Nullable String submitter, ProblemStatus status,
		List<String> themeIds) implements ProblemEvent {

	public ProblemImported {
		themeIds = List.copyOf(themeIds);
	}

}
