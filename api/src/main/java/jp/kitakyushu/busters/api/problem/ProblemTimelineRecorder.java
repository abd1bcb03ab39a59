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
 * record and announce it once.
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
				// A new problem, handed over as intake stored it: its timeline starts
				// with one insert. If it has one already, a later change got there first
				// and started it with this step.
				Problem problem = submitted.problem();
				start(problem, List.of(new Step(ProblemStatus.SUBMITTED, problem.getCreatedAt())));
				return;
			}
			Problem problem = this.mongo.findById(changed.problemId(), Problem.class);
			if (problem != null) {
				record(problem);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the timeline of problem {}: {}", changed.problemId(), ex.toString());
		}
	}

	private void record(Problem problem) {
		ProblemStatus status = problem.getStatus();
		Step step = new Step(status,
				(status == ProblemStatus.SUBMITTED) ? problem.getCreatedAt() : this.clock.instant());
		if (status == ProblemStatus.SUBMITTED && start(problem, List.of(step))) {
			// A new problem's timeline starts with one write instead of three reads
			// first.
			return;
		}
		Query moved = Query.query(Criteria.where("_id").is(problem.getId()).and("lastStatus").ne(status));
		ProblemTimeline before = this.mongo.findAndModify(moved,
				new Update().set("lastStatus", status).push("steps", step), ProblemTimeline.class);
		if (before != null) {
			announce(problem, before.getLastStatus());
			return;
		}
		// Read by id rather than asked whether it exists: the embedded store answers that
		// question with an aggregation over every timeline.
		if (this.mongo.findById(problem.getId(), ProblemTimeline.class) != null) {
			// Already at this status: nothing moved.
			return;
		}
		List<Step> steps = (status == ProblemStatus.SUBMITTED) ? List.of(step)
				: List.of(new Step(ProblemStatus.SUBMITTED, problem.getCreatedAt()), step);
		start(problem, steps);
	}

	/**
	 * Starts the problem's timeline and announces its status, unless it has one already
	 * (another instance started it at the same moment, and announced).
	 */
	private boolean start(Problem problem, List<Step> steps) {
		try {
			this.mongo.insert(new ProblemTimeline(problem.getId(), problem.getStatus(), steps));
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		announce(problem, null);
		return true;
	}

	private void announce(Problem problem, @Nullable ProblemStatus from) {
		this.events.publishEvent(new ProblemStatusChanged(problem.getId(), problem.getSubmitter(),
				problem.getPublicTitle(), from, problem.getStatus()));
	}

}
