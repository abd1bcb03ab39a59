package jp.kitakyushu.busters.api.problem;

/**
 * Staff made a submitted problem public.
 *
 * @param problemId the store id of the problem
 */
public record ProblemPublished(String problemId) implements ProblemEvent {
}
