package jp.kitakyushu.busters.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

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
		List<String> ids = period.months().stream().map((month) -> CounterKey.total(Months.key(month)).id()).toList();
		return read(Filters.in("_id", ids));
	}

	/**
	 * Every document of a dimension in the period, whatever its values: a category no
	 * longer configured may still have counts.
	 */
	List<Document> all(String dimension, Period period) {
		return read(Filters.regex("_id", "^" + dimension + "\\|" + months(period) + "\\|"));
	}

	/**
	 * The period's cells the filter may admit: its category, ward and channel are matched
	 * in the {@code _id}, so only those documents are read (a ward's cells are an eighth
	 * of the cube), and a category no longer configured still matches a ward or channel.
	 */
	List<Document> cells(Period period, ProblemFigureFilter filter) {
		return read(Filters.regex("_id", "^" + CounterKey.CELL + "\\|" + months(period) + "\\|"
				+ part(filter.category()) + "\\|" + part(filter.ward()) + "\\|" + part(filter.channel()) + "$"));
	}

	/** One part of a cell in a pattern: the value itself, or any. */
	private static String part(@Nullable String value) {
		return (value != null) ? Pattern.quote(value) : "[^|]*";
	}

	/**
	 * Reads with the driver alone, in {@code _id} order: thousands of small documents
	 * (every cell of a period) cost more to map than to read. A prefix match is one pass
	 * over the {@code _id} index; the embedded store checks each document an {@code $in}
	 * finds against the whole list again, so long id lists are avoided.
	 */
	private List<Document> read(Bson filter) {
		return this.mongo.getCollection(COLLECTION).find(filter).sort(Sorts.ascending("_id")).into(new ArrayList<>());
	}

	/**
	 * The period's month keys as one alternation: digits and a dash, nothing to escape.
	 */
	private static String months(Period period) {
		return period.months().stream().map(Months::key).collect(Collectors.joining("|", "(?:", ")"));
	}

	/** Forgets every count, before a rebuild. */
	void clear() {
		this.mongo.getCollection(COLLECTION).deleteMany(new Document());
	}

}
