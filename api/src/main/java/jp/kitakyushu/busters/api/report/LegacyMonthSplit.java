package jp.kitakyushu.busters.api.report;

import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Moves the counts of a store written before {@link ProblemCounters} (one document per
 * month) into the counter documents, exactly, without counting a problem again: the
 * problems' rows and the dates they hold stay as they are.
 */
@Component
class LegacyMonthSplit {

	private static final Logger log = LoggerFactory.getLogger(LegacyMonthSplit.class);

	private final MongoTemplate mongo;

	private final ProblemCounters counters;

	LegacyMonthSplit(MongoTemplate mongo, ProblemCounters counters) {
		this.mongo = mongo;
		this.counters = counters;
	}

	/**
	 * Splits every month document there is. Each is claimed by removing it (one atomic
	 * command), so two instances starting together never both add it, and an instance of
	 * the previous version still writing one only makes the next start split it again; if
	 * adding its counts fails, it is put back for the next start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void split() {
		if (!this.mongo.collectionExists(ProblemProjection.LEGACY_MONTHS)) {
			return;
		}
		int split = 0;
		Document month;
		while ((month = this.mongo.findAndRemove(new Query(), Document.class,
				ProblemProjection.LEGACY_MONTHS)) != null) {
			try {
				this.counters.add(increments(month));
			}
			catch (RuntimeException ex) {
				this.mongo.insert(month, ProblemProjection.LEGACY_MONTHS);
				throw ex;
			}
			split++;
		}
		if (split > 0) {
			log.info("Reporting moved the counts of {} month documents into its counter documents", split);
		}
	}

	/**
	 * A month document's counts as increments of the counter documents: {@code t}, the
	 * margins {@code cat}, {@code ward} and {@code ch}, the cube {@code c} and the status
	 * counts {@code st} (the month's) and {@code s} (per cell).
	 */
	static Map<String, Map<String, Long>> increments(Document month) {
		String key = month.getString("_id");
		ProblemDelta delta = new ProblemDelta();
		counts(month, "t").forEach((field, n) -> delta.inc(CounterKey.total(key), field, number(n)));
		counts(month, "st")
			.forEach((status, n) -> delta.inc(CounterKey.total(key), ProblemDelta.STATUS + status, number(n)));
		for (String dimension : new String[] { CounterKey.CATEGORY, CounterKey.WARD, CounterKey.CHANNEL,
				CounterKey.CELL }) {
			counts(month, dimension).forEach((value, fields) -> ((Document) fields)
				.forEach((field, n) -> delta.inc(new CounterKey(dimension, key, value), field, number(n))));
		}
		counts(month, "s").forEach((cell, statuses) -> ((Document) statuses)
			.forEach((status, n) -> delta.inc(CounterKey.cell(key, cell), ProblemDelta.STATUS + status, number(n))));
		return delta.counters;
	}

	private static Document counts(Document month, String field) {
		Document counts = month.get(field, Document.class);
		return (counts != null) ? counts : new Document();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

}
