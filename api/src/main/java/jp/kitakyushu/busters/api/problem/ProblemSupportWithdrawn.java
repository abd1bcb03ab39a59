package jp.kitakyushu.busters.api.problem;

/**
 * A citizen took back their "me too".
 *
 * @param problemId the store id of the problem
 * @param supporter the citizen's subject
 */
public record ProblemSupportWithdrawn(String problemId, String supporter) implements ProblemEvent {
}
