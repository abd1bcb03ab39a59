package jp.kitakyushu.busters.api.problem;

import java.time.Clock;
import java.util.List;

import jp.kitakyushu.busters.api.problem.ProblemTimeline.Step;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps each problem's timeline as it changes, and announces every change of status
 * ({@link ProblemStatusChanged}) exactly once: the timeline's conditional update ("last
 * status is not this one") is what decides, so two instances seeing the same change
 * record and announce it once. A problem's timeline is stored from its first change of
 * status: until then its submission is all it holds, and the history reads that from the
 * problem itself, so a submission costs one store write less.
 * <p>
 * It follows every {@link ProblemEvent}, published after every write (but imports, which
 * bring their own past); a failure here is logged and never undoes or fails the write,
 * which the store already has.
 */
@Component
class ProblemTimelineRecorder {

	private static final Logger log = LoggerFactory.getLogger(ProblemTimelineRecorder.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProblemTimelineRecorder(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	void on(ProblemEvent changed) {
		if (changed instanceof ProblemImported) {
			return;
		}
		try {
			if (changed instanceof ProblemSubmitted submitted && submitted.problem() != null
					&& submitted.problem().getStatus() == ProblemStatus.SUBMITTED) {
				// A new problem, handed over as intake stored it. Until its status
				// first moves, the history reads its submission from the problem
				// (ProblemTimeline.assumed), so only the status is announced here.
				announce(submitted.problem(), null);
				return;
			}
			Problem problem = this.mongo.findById(changed.problemId(), Problem.class);
			if (problem != null) {
				record(problem, changed instanceof ProblemSubmitted);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the timeline of problem {}: {}", changed.problemId(), ex.toString());
		}
	}

	private void record(Problem problem, boolean submitted) {
		ProblemStatus status = problem.getStatus();
		if (status == ProblemStatus.SUBMITTED && submitted) {
			announce(problem, null);
			return;
		}
		Step step = new Step(status,
				(status == ProblemStatus.SUBMITTED) ? problem.getCreatedAt() : this.clock.instant());
		if (moved(problem, step)) {
			return;
		}
		if (status == ProblemStatus.SUBMITTED) {
			// Still as submitted (a redaction, say): with no timeline stored, its
			// submission is all it has, and nothing moved.
			return;
		}
		// Read by id rather than asked whether it exists: the embedded store answers that
		// question with an aggregation over every timeline.
		if (this.mongo.findById(problem.getId(), ProblemTimeline.class) != null) {
			// Already at this status: nothing moved.
			return;
		}
		// The first move of a problem whose timeline was never stored: its submission
		// (or, imported, whatever it was imported as) then this status.
		if (!start(problem, List.of(new Step(ProblemStatus.SUBMITTED, problem.getCreatedAt()), step),
				ProblemStatus.SUBMITTED)) {
			// Another instance stored it at the same moment: this step goes after theirs.
			moved(problem, step);
		}
	}

	/**
	 * Appends the step unless the timeline is at its status already or missing; true when
	 * appended (and announced).
	 */
	private boolean moved(Problem problem, Step step) {
		Query moved = Query.query(Criteria.where("_id").is(problem.getId()).and("lastStatus").ne(step.status()));
		ProblemTimeline before = this.mongo.findAndModify(moved,
				new Update().set("lastStatus", step.status()).push("steps", step), ProblemTimeline.class);
		if (before == null) {
			return false;
		}
		announce(problem, before.getLastStatus());
		return true;
	}

	/**
	 * Stores the problem's timeline and announces its status, unless it has one already
	 * (another instance stored it at the same moment, and announced).
	 */
	private boolean start(Problem problem, List<Step> steps, @Nullable ProblemStatus from) {
		try {
			this.mongo.insert(new ProblemTimeline(problem.getId(), problem.getStatus(), steps));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		announce(problem, from);
		return true;
	}

	private void announce(Problem problem, @Nullable ProblemStatus from) {
		this.events.publishEvent(new ProblemStatusChanged(problem.getId(), problem.getSubmitter(),
				problem.getPublicTitle(), from, problem.getStatus()));
	}

}
