package jp.kitakyushu.busters.api.search;

import java.time.Clock;
import java.time.Instant;

import jp.kitakyushu.busters.search.index.SearchIndex;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the index in step with MongoDB by polling {@code updatedAt}: after every GraphQL
 * mutation (so the writer reads their own write) and on a schedule (so changes made by
 * other api instances or by jobs arrive too). Polling works on a plain MongoDB, a replica
 * set and the embedded store alike; each instance follows the store into its own index.
 */
class IndexFollower {

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

	private final SearchIndex index;

	private final StoreReader store;

	private final SearchProperties properties;

	private final Clock clock;

	private @Nullable Instant seen;

	IndexFollower(SearchIndex index, StoreReader store, SearchProperties properties, Clock clock) {
		this.index = index;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
		Instant watermark = index.watermark().orElse(null);
		this.seen = (watermark != null && watermark.isAfter(clock.instant())) ? clock.instant() : watermark;
	}

	/**
	 * Indexes everything changed since the last change seen (minus an overlap for writes
	 * that commit out of timestamp order) and waits until it is searchable; returns how
	 * many documents were written.
	 */
	synchronized int catchUp() {
		Instant since = (this.seen != null) ? this.seen.minus(this.properties.overlap()) : null;
		StoreReader.Changes changes = this.store.changedSince(since);
		if (changes.documents().isEmpty() && changes.deletions().isEmpty()) {
			return 0;
		}
		long generation = this.index.upsertAll(changes.documents());
		for (String id : changes.deletions()) {
			generation = this.index.delete(id);
		}
		this.index.awaitSearchable(generation);
		Instant newest = changes.newest();
		if (newest != null) {
			// A change stamped in the future (a skewed clock elsewhere) must not make
			// this
			// follower skip the changes stamped between now and then.
			Instant now = this.clock.instant();
			Instant readUpTo = newest.isAfter(now) ? now : newest;
			if (this.seen == null || readUpTo.isAfter(this.seen)) {
				this.seen = readUpTo;
			}
		}
		return changes.documents().size();
	}

	@Scheduled(fixedDelayString = "${busters.search.follow-interval:5s}",
			initialDelayString = "${busters.search.follow-interval:5s}")
	void follow() {
		try {
			int written = catchUp();
			if (written > 0) {
				log.debug("Search index caught up with {} changed documents", written);
			}
		}
		catch (RuntimeException ex) {
			// The next round retries; searches keep answering from the last good state.
			log.warn("Search index could not catch up with the store: {}", ex.getMessage());
		}
	}

}
