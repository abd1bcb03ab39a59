package jp.kitakyushu.busters.api.proposal;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * How many proposals each theme received and did not see withdrawn, counted for every
 * theme at once and kept for a second.
 *
 * <p>
 * Every themes page asks for the counts, and the store answers them only by reading the
 * whole proposals collection (the embedded store keeps no secondary index). Kept counts
 * are dropped the moment a proposal changes on this instance, so a company reads its own
 * submission at once; another instance's change shows within a second.
 */
@Component
class ProposalCounts {

	private final MongoTemplate mongo;

	private final long freshNanos;

	/** Raised by every proposal event: counts taken before the latest one are stale. */
	private final AtomicLong changes = new AtomicLong();

	private volatile Counted last = new Counted(-1, 0, Map.of());

	@Autowired
	ProposalCounts(MongoTemplate mongo) {
		this(mongo, Duration.ofSeconds(1));
	}

	ProposalCounts(MongoTemplate mongo, Duration fresh) {
		this.mongo = mongo;
		this.freshNanos = fresh.toNanos();
	}

	Map<String, Integer> of(Collection<String> themeIds) {
		Counted counted = current();
		Map<String, Integer> result = new LinkedHashMap<>();
		for (String themeId : themeIds) {
			Integer count = counted.byTheme().get(themeId);
			if (count != null) {
				result.put(themeId, count);
			}
		}
		return result;
	}

	@EventListener
	void on(ProposalEvent event) {
		this.changes.incrementAndGet();
	}

	private Counted current() {
		Counted kept = this.last;
		long now = System.nanoTime();
		long seen = this.changes.get();
		if (kept.changes() == seen && now - kept.takenAt() < this.freshNanos) {
			return kept;
		}
		// The change count is read before the store: a proposal that changes while this
		// counts raises it, and the next page counts again.
		Counted fresh = new Counted(seen, now, countAll());
		this.last = fresh;
		return fresh;
	}

	private Map<String, Integer> countAll() {
		Aggregation count = Aggregation.newAggregation(
				Aggregation.match(Criteria.where("submittedAt").ne(null).and("status").ne(ProposalStatus.WITHDRAWN)),
				Aggregation.group("themeId").count().as("count"));
		Map<String, Integer> counts = new HashMap<>();
		for (Document row : this.mongo.aggregate(count, Proposal.class, Document.class)) {
			counts.put(row.getString("_id"), ((Number) row.get("count")).intValue());
		}
		return Map.copyOf(counts);
	}

	private record Counted(long changes, long takenAt, Map<String, Integer> byTheme) {
	}

}
