package jp.kitakyushu.busters.api.problem;

/**
 * A funded demonstration was credited with solving a problem.
 *
 * @param problemId the store id of the problem
 * @param proposalId the store id of the proposal whose demonstration solved it
 */
public record ProblemResolved(String problemId, String proposalId) implements ProblemEvent {
}
