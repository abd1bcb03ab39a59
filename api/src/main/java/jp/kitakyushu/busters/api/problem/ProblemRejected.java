package jp.kitakyushu.busters.api.problem;

/**
 * Staff refused a submitted problem, with a reason for its submitter.
 *
 * @param problemId the store id of the problem
 */
public record ProblemRejected(String problemId) implements ProblemEvent {
}
