package jp.kitakyushu.busters.api.problem;

/**
 * Published after a problem is stored, so derived data (the search index) can follow.
 *
 * @param problemId the store id of the problem
 */
public record ProblemChanged(String problemId) {
}
