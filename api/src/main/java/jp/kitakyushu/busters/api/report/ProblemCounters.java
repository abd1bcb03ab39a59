package jp.kitakyushu.busters.api.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reporting's problem counters: one small document per month and dimension value (see
 * {@link CounterKey}), each holding its stage counts and, under {@code s}, its status-now
 * counts. A change increments a handful of these documents in one bulk command; a single
 * document per month would be rewritten whole by the embedded store on every increment,
 * and it grows with every category, ward and channel the month sees.
 */
@Component
class ProblemCounters {

	static final String COLLECTION = "report_problem_counts";

	private final MongoTemplate mongo;

	ProblemCounters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Adds the increments ({@code _id} to field to change) with one atomic upsert per
	 * document, all in one command; increments commute, so no order is needed.
	 */
	void add(Map<String, Map<String, Long>> increments) {
		var bulk = this.mongo.bulkOps(BulkMode.UNORDERED, COLLECTION);
		int updates = 0;
		for (Map.Entry<String, Map<String, Long>> entry : increments.entrySet()) {
			Update update = new Update();
			entry.getValue().forEach((field, change) -> {
				if (change != 0) {
					update.inc(field, change);
				}
			});
			if (!update.getUpdateObject().isEmpty()) {
				bulk.upsert(Query.query(Criteria.where("_id").is(entry.getKey())), update);
				updates++;
			}
		}
		if (updates > 0) {
			bulk.execute();
		}
	}

	/** The month totals of the period. */
	List<Document> totals(Period period) {
		return byIds(period.months().stream().map((month) -> CounterKey.total(Months.key(month)).id()).toList());
	}

	/**
	 * Every document of a dimension in the period, whatever its values: a category no
	 * longer configured may still have counts. One prefix match on the {@code _id} index
	 * (month keys hold only digits and a dash, nothing a pattern would read as syntax).
	 */
	List<Document> all(String dimension, Period period) {
		String months = period.months().stream().map(Months::key).collect(Collectors.joining("|", "(?:", ")"));
		Query query = Query
			.query(Criteria.where("_id").regex(Pattern.compile("^" + dimension + "\\|" + months + "\\|")))
			.with(Sort.by("_id"));
		return this.mongo.find(query, Document.class, COLLECTION);
	}

	/** The documents with these ids that exist, in {@code _id} order. */
	List<Document> byIds(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Query query = Query.query(Criteria.where("_id").in(ids)).with(Sort.by("_id"));
		return this.mongo.find(query, Document.class, COLLECTION);
	}

	/** Forgets every count, before a rebuild. */
	void clear() {
		this.mongo.getCollection(COLLECTION).deleteMany(new Document());
	}

}
