package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.api.problem.Problem;

/**
 * What reporting needs to know about one problem as it is now: no text, no person.
 *
 * @param id the store id
 * @param category the category code
 * @param ward the ward
 * @param channel how it arrived
 * @param status its status now
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed: the time of the change reporting is looking at
 * @param supporters how many citizens support it
 * @param resolvedBy the store ids of the proposals that resolved it
 */
record ProblemFacts(String id, String category, String ward, String channel, String status, Instant createdAt,
		Instant updatedAt, long supporters, List<String> resolvedBy) {

	static ProblemFacts of(Problem problem) {
		return new ProblemFacts(problem.getId(), problem.getCategory(), problem.getWard().name(),
				problem.getChannel().name(), problem.getStatus().name(), problem.getCreatedAt(), problem.getUpdatedAt(),
				problem.getSupporterCount(), problem.getResolvedBy());
	}

}
