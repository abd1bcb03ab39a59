package jp.kitakyushu.busters.api.suggestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jp.kitakyushu.busters.api.problem.ProblemEvent;
import jp.kitakyushu.busters.api.problem.ProblemSupportWithdrawn;
import jp.kitakyushu.busters.api.problem.ProblemSubmitted;
import jp.kitakyushu.busters.api.problem.ProblemSupported;
import jp.kitakyushu.busters.api.theme.ThemeEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps suggested problems in step with the events, on one background thread: a problem
 * that changed is scored once, a theme that changed has the problems it wins and the ones
 * most like it scored again, then the themes concerned get their clearest wins, and the
 * problems that joined or left a theme's suggestions are announced so the index writes
 * them again. Ids named while a round runs wait for the next; one round takes at most
 * {@value #ROUND} problems, so a large import is indexed as it goes.
 */
class SuggestionWorker implements AutoCloseable {

	/** Problems scored per round. */
	static final int ROUND = 500;

	/** Rounds that score at least this many problems are logged at INFO. */
	static final int LOGGED_ROUND = 50;

	private static final Logger log = LoggerFactory.getLogger(SuggestionWorker.class);

	private final SuggestionScoring scoring;

	private final ApplicationEventPublisher events;

	private volatile boolean enabled;

	/**
	 * How long a round waits after the first event: a burst of events becomes one round,
	 * and the event's other listeners (the index writing the changed theme) finish first.
	 */
	static final Duration DELAY = Duration.ofMillis(100);

	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("suggestions").daemon().factory());

	private final Set<String> problems = new LinkedHashSet<>();

	private final Set<String> themes = new LinkedHashSet<>();

	private boolean scheduled;

	SuggestionWorker(SuggestionScoring scoring, ApplicationEventPublisher events, SuggestionProperties properties) {
		this.scoring = scoring;
		this.events = events;
		this.enabled = properties.enabled();
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(ProblemEvent event) {
		// Support changes neither a problem's words nor its state. A new problem waits
		// for moderation: only a published one is ever suggested, and its publication is
		// announced in turn, so scoring it now would only read it back to find it
		// unpublished.
		if (!(event instanceof ProblemSupported) && !(event instanceof ProblemSupportWithdrawn)
				&& !(event instanceof ProblemSubmitted)) {
			queue(event.problemId(), null);
		}
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void on(ThemeEvent event) {
		queue(null, event.themeId());
	}

	private synchronized void queue(@Nullable String problemId, @Nullable String themeId) {
		if (!this.enabled) {
			return;
		}
		if (problemId != null) {
			this.problems.add(problemId);
		}
		if (themeId != null) {
			this.themes.add(themeId);
		}
		if (!this.scheduled) {
			try {
				this.executor.schedule(this::drain, DELAY.toMillis(), TimeUnit.MILLISECONDS);
				this.scheduled = true;
			}
			catch (RejectedExecutionException ex) {
				// Shutting down: the ids are scored when a later event names them again.
			}
		}
	}

	private void drain() {
		while (true) {
			List<String> themeIds;
			List<String> problemIds;
			synchronized (this) {
				if (this.problems.isEmpty() && this.themes.isEmpty()) {
					this.scheduled = false;
					notifyAll();
					return;
				}
				themeIds = new ArrayList<>(this.themes);
				this.themes.clear();
				problemIds = take(this.problems, ROUND);
			}
			try {
				round(themeIds, problemIds);
			}
			catch (RuntimeException ex) {
				log.warn("Could not update suggested problems for themes {} and {} problems: {}", themeIds,
						problemIds.size(), ex.toString());
			}
		}
	}

	private void round(List<String> themeIds, List<String> problemIds) {
		long start = System.nanoTime();
		SuggestionScoring.Changes changes = new SuggestionScoring.Changes();
		Set<String> scored = new LinkedHashSet<>(problemIds);
		for (String themeId : themeIds) {
			changes.themes().add(themeId);
			scored.addAll(this.scoring.affectedBy(themeId));
		}
		this.scoring.rescore(scored, changes);
		for (String themeId : changes.themes()) {
			this.scoring.recompute(themeId, changes);
		}
		if (!changes.problems().isEmpty()) {
			this.events.publishEvent(new SuggestedProblemsChanged(List.copyOf(changes.problems())));
		}
		// Large rounds (an import, a theme's change) are what this costs; say what they
		// took.
		long millis = (System.nanoTime() - start) / 1_000_000;
		String message = "Suggestions: scored {} problems for {} changed themes, {} themes' sets, "
				+ "{} problems joined or left one, in {} ms";
		if (scored.size() >= LOGGED_ROUND) {
			log.info(message, scored.size(), themeIds.size(), changes.themes().size(), changes.problems().size(),
					millis);
		}
		else {
			log.debug(message, scored.size(), themeIds.size(), changes.themes().size(), changes.problems().size(),
					millis);
		}
	}

	private static List<String> take(Set<String> from, int most) {
		List<String> taken = new ArrayList<>();
		Iterator<String> it = from.iterator();
		while (it.hasNext() && taken.size() < most) {
			taken.add(it.next());
			it.remove();
		}
		return taken;
	}

	/**
	 * Turns scoring on or off from now on, as {@code busters.suggestions.enabled} does at
	 * start; ids already named are still handled.
	 * @param enabled whether events are followed
	 */
	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Waits until every id named so far has been handled.
	 * @param timeout the longest wait
	 * @return whether the worker is idle
	 * @throws InterruptedException when interrupted while waiting
	 */
	synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.scheduled) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
