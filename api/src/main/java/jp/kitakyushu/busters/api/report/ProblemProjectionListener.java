package jp.kitakyushu.busters.api.report;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.api.problem.ProblemEvent;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows the problem feature's events (whatever happened: submitted, published,
 * supported, adopted, resolved...) into reporting's projection; the problem is read again
 * rather than its change replayed, so a late or repeated event counts the same. A failure
 * here never fails the write that announced it (the store has the problem): the problem
 * is remembered and counted again by the next retry.
 */
@Component
class ProblemProjectionListener {

	private static final Logger log = LoggerFactory.getLogger(ProblemProjectionListener.class);

	private final ProblemQueries problems;

	private final ProblemProjection projection;

	private final Set<String> pending = ConcurrentHashMap.newKeySet();

	ProblemProjectionListener(ProblemQueries problems, ProblemProjection projection) {
		this.problems = problems;
		this.projection = projection;
	}

	@EventListener
	void on(ProblemEvent event) {
		if (event instanceof ProblemSubmitted submitted && submitted.problem() != null) {
			// A new problem, handed over as intake stored it: its row starts with one
			// insert; if it has one already, a later change was counted first, and the
			// problem is read again as for any other change.
			try {
				if (this.projection.start(ProblemFacts.of(submitted.problem()))) {
					return;
				}
			}
			catch (RuntimeException ex) {
				log.debug("Reporting counts the new problem {} again from the store: {}", event.problemId(),
						ex.getMessage());
			}
		}
		follow(event.problemId());
	}

	/** Counts again every problem whose last change could not be counted. */
	@Scheduled(fixedDelayString = "${busters.report.retry-interval:30s}")
	void retry() {
		for (String id : Set.copyOf(this.pending)) {
			this.pending.remove(id);
			follow(id);
		}
	}

	private void follow(String problemId) {
		try {
			this.problems.findById(problemId).map(ProblemFacts::of).ifPresent(this.projection::apply);
		}
		catch (RuntimeException ex) {
			this.pending.add(problemId);
			log.warn("Reporting could not count the change of problem {} yet: {}", problemId, ex.getMessage());
		}
	}

}
