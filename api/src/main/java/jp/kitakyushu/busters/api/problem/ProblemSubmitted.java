package jp.kitakyushu.busters.api.problem;

/**
 * A problem was taken in, through whichever channel; it waits for moderation.
 *
 * @param problemId the store id of the problem
 * @param channel how it came in
 */
public record ProblemSubmitted(String problemId, Channel channel) implements ProblemEvent {
}
