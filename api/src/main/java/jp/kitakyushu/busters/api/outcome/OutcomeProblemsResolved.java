package jp.kitakyushu.busters.api.outcome;

import java.util.List;

/**
 * Staff credited a demonstration with solving problems its theme had taken up; every
 * problem was checked before this was announced.
 *
 * @param proposalId the store id of the demonstrated proposal
 * @param themeId the store id of its theme
 * @param problemIds the store ids of the problems it solved
 */
public record OutcomeProblemsResolved(String proposalId, String themeId, List<String> problemIds) {

	public OutcomeProblemsResolved {
		problemIds = List.copyOf(problemIds);
	}

}
