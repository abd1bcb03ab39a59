package jp.kitakyushu.busters.api.suggestion;

import jp.kitakyushu.busters.api.problem.Problem;

/**
 * A problem matching suggests for a theme, with how clearly the theme won it.
 *
 * @param problem the problem
 * @param clarity {@code (best - second) / best} of its two best published themes, 0 to 1
 */
record SuggestedProblem(Problem problem, double clarity) {
}
