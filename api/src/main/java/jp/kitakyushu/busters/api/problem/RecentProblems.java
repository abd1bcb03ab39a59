package jp.kitakyushu.busters.api.problem;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The problems of recently listed pages, as the store gave them, each used again only
 * while the index says the problem is still at that very change.
 * <p>
 * Reading a page's 20 problems from the store (the query over the wire, the store's
 * decoding, the mapping to entities) was the largest part of a list page's CPU at 100,000
 * problems, while the same few pages are asked over and over. The index holds when each
 * problem last changed; a kept copy of another change is read again. So a list shows what
 * its index knows, never older: on the instance that wrote, the index takes the change
 * before the write answers; on another instance, with its follower's next round, as the
 * list's order and filter do. Problems changed in the last seconds are not kept, so two
 * changes within one millisecond cannot look like one.
 */
@Component
class RecentProblems {

	/** How many problems are kept; the lot is dropped when full. */
	static final int CAPACITY = 2_000;

	/** How long after its last change a problem may be kept. */
	static final Duration SETTLED = Duration.ofSeconds(10);

	private final Map<String, Problem> problems = new ConcurrentHashMap<>();

	private final Clock clock;

	RecentProblems(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The kept problem, if it is at the change the index holds ({@code changedAt}, ms).
	 */
	@Nullable Problem at(String id, long changedAt) {
		Problem problem = this.problems.get(id);
		return (problem != null && problem.getUpdatedAt().toEpochMilli() == changedAt) ? problem : null;
	}

	/**
	 * Keeps a problem just read from the store, unless it changed in the last seconds.
	 */
	void keep(Problem problem) {
		if (!problem.getUpdatedAt().isBefore(this.clock.instant().minus(SETTLED))) {
			return;
		}
		if (this.problems.size() >= CAPACITY) {
			this.problems.clear();
		}
		this.problems.put(problem.getId(), problem);
	}

}
