package jp.kitakyushu.busters.api.problem;

import org.jspecify.annotations.Nullable;

/**
 * Published when a cancelled theme lets go of a problem, so its submitter can be told.
 *
 * @param problemId the store id of the problem
 * @param submitter the submitter's subject, null for proxy intake without an account
 * @param problemTitle the problem's public title
 * @param themeId the store id of the cancelled theme
 * @param themeTitle the theme's title
 */
public record ProblemReleased(String problemId, @Nullable String submitter, String problemTitle, String themeId,
		String themeTitle) implements ProblemEvent {
}
