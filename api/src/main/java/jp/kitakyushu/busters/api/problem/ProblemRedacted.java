package jp.kitakyushu.busters.api.problem;

/**
 * Staff reviewed a problem's personal data and its public text may have changed; the
 * search index re-reads it.
 *
 * @param problemId the store id of the problem
 */
public record ProblemRedacted(String problemId) implements ProblemEvent {
}
