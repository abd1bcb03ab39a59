package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The statuses one problem went through, with when: its public timeline. One document per
 * problem whose status has moved since its submission (before that, {@link #assumed} says
 * all there is), keyed by the problem's id, so reading it is a single lookup and
 * appending to it a single atomic update.
 */
@Document("problem_timelines")
class ProblemTimeline {

	@Id
	private String problemId;

	private ProblemStatus lastStatus;

	private List<Step> steps = new ArrayList<>();

	ProblemTimeline(String problemId, ProblemStatus lastStatus, List<Step> steps) {
		this.problemId = problemId;
		this.lastStatus = lastStatus;
		this.steps = new ArrayList<>(steps);
	}

	String getProblemId() {
		return this.problemId;
	}

	ProblemStatus getLastStatus() {
		return this.lastStatus;
	}

	List<Step> getSteps() {
		return List.copyOf(this.steps);
	}

	/**
	 * The timeline of a problem that has none recorded (still as submitted, or imported
	 * in its final state): its submission, and its present status since it last changed.
	 */
	static List<Step> assumed(Problem problem) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(ProblemStatus.SUBMITTED, problem.getCreatedAt()));
		if (problem.getStatus() != ProblemStatus.SUBMITTED) {
			steps.add(new Step(problem.getStatus(), problem.getUpdatedAt()));
		}
		return steps;
	}

	/**
	 * One status and when the problem reached it.
	 *
	 * @param status the status
	 * @param at when
	 */
	record Step(ProblemStatus status, Instant at) {
	}

}
