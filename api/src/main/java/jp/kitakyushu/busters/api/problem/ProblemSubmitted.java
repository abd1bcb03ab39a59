package jp.kitakyushu.busters.api.problem;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem was taken in, through whichever channel; it waits for moderation.
 *
 * @param problemId the store id of the problem
 * @param channel how it came in
 * @param problem the problem as intake stored it, handed to the listeners (timeline,
 * index, reporting) so that none of them reads it back; null when they should read it
 */
public record ProblemSubmitted(String problemId, Channel channel, @Nullable Problem problem) implements ProblemEvent {

	/** Announces a problem intake has just stored. */
	public ProblemSubmitted(Problem stored) {
		this(stored.getId(), stored.getChannel(), stored);
	}

	@Override
	public List<Problem> stored() {
		return (this.problem != null) ? List.of(this.problem) : List.of();
	}

	@Override
	public String toString() {
		// The problem holds the citizen's original text and contact: never in a log line.
		return "ProblemSubmitted[problemId=" + this.problemId + ", channel=" + this.channel + "]";
	}

}
