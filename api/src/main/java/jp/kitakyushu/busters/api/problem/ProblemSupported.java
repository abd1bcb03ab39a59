package jp.kitakyushu.busters.api.problem;

/**
 * A citizen said "me too" to a problem.
 *
 * @param problemId the store id of the problem
 * @param supporter the citizen's subject
 */
public record ProblemSupported(String problemId, String supporter) implements ProblemEvent {
}
