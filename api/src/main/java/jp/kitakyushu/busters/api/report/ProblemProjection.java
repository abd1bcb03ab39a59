package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps reporting's projection of problems: one row per problem and the counters
 * ({@link ProblemCounters}) the reporting queries sum, so no query ever scans the
 * problems. The store has no transactions: a change is first claimed on the problem's row
 * with a conditional update (so it is counted once even when two listeners see it), then
 * added to each counter document it touches with one atomic increment per document.
 */
@Component
class ProblemProjection {

	static final String ROWS = "report_problems";

	/**
	 * Where the counters were kept before {@link ProblemCounters}: one document per
	 * month, split by {@link LegacyMonthSplit} and cleared by a rebuild.
	 */
	static final String LEGACY_MONTHS = "report_problem_months";

	static final String DURATIONS = "report_problem_durations";

	static final String RESOLUTIONS = "report_resolutions";

	private static final int ATTEMPTS = 20;

	private static final int BATCH = 2_000;

	private final MongoTemplate mongo;

	private final ProblemCounters counters;

	private final Months months;

	ProblemProjection(MongoTemplate mongo, ProblemCounters counters, ReportProperties properties) {
		this.mongo = mongo;
		this.counters = counters;
		this.months = new Months(properties.zone());
	}

	/** Brings the projection in step with the problem as it is now. */
	void apply(ProblemFacts facts) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			ProblemRow before = this.mongo.findById(facts.id(), ProblemRow.class);
			ProblemRow base = (before != null) ? before : ProblemRow.first(facts, this.months);
			ProblemRow after = base.next(facts);
			if (before != null && before.sameAs(after)) {
				return;
			}
			if (claim(before, after)) {
				count(before, after);
				return;
			}
		}
		throw new IllegalStateException("Problem " + facts.id() + " kept changing while reporting counted it");
	}

	/**
	 * Counts a problem reporting has never seen, from its first state, with one insert
	 * instead of a read first; false (and nothing counted) when it has a row already.
	 */
	boolean start(ProblemFacts facts) {
		ProblemRow first = ProblemRow.first(facts, this.months).next(facts);
		if (!claim(null, first)) {
			return false;
		}
		count(null, first);
		return true;
	}

	/**
	 * Whether this row is the one that gets stored: the first writer of a change wins.
	 */
	private boolean claim(@Nullable ProblemRow before, ProblemRow after) {
		if (before == null) {
			try {
				this.mongo.insert(after);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		Query unchanged = Query.query(Criteria.where("_id").is(before.id()).and("rev").is(before.rev()));
		return this.mongo.replace(unchanged, after, ROWS).getModifiedCount() == 1;
	}

	/** Adds the difference between two rows to the counters. */
	private void count(@Nullable ProblemRow before, ProblemRow after) {
		write(ProblemDelta.between(before, after, this.months));
	}

	/**
	 * Writes a delta: one atomic increment per counter document (in one command) and per
	 * durations document.
	 */
	private void write(ProblemDelta delta) {
		this.counters.add(delta.counters);
		delta.durations.forEach((key, counts) -> {
			Update update = new Update();
			counts.forEach((tenths, count) -> update.inc("d." + tenths, count));
			this.mongo.upsert(Query.query(Criteria.where("_id").is(key)), update, DURATIONS);
		});
		delta.resolutions.values().forEach((resolution) -> this.mongo.save(resolution, RESOLUTIONS));
	}

	/**
	 * Forgets everything and counts the given problems afresh, in memory, writing rows in
	 * batches and each counter document once: minutes of single updates become seconds.
	 * Returns how many problems were counted.
	 */
	long rebuild(java.util.stream.Stream<ProblemFacts> all) {
		clear();
		ProblemDelta total = new ProblemDelta();
		List<ProblemRow> batch = new java.util.ArrayList<>();
		long[] counted = { 0 };
		all.forEach((facts) -> {
			ProblemRow row = ProblemRow.first(facts, this.months).next(facts);
			total.add(null, row, this.months);
			batch.add(row);
			counted[0]++;
			if (batch.size() == BATCH) {
				this.mongo.insertAll(batch);
				batch.clear();
			}
		});
		if (!batch.isEmpty()) {
			this.mongo.insertAll(batch);
		}
		write(total);
		return counted[0];
	}

	/** The row of a problem, if reporting has seen it. */
	Optional<ProblemRow> row(String problemId) {
		return Optional.ofNullable(this.mongo.findById(problemId, ProblemRow.class));
	}

	/** The rows of the given problems that reporting has seen. */
	List<ProblemRow> rows(java.util.Collection<String> problemIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(problemIds)), ProblemRow.class);
	}

	/** Every resolution, oldest first: few, since each is a funded success. */
	List<Resolution> resolutions() {
		return this.mongo.find(new Query().with(org.springframework.data.domain.Sort.by("resolvedAt", "id")),
				Resolution.class, RESOLUTIONS);
	}

	/** Forgets everything, before a rebuild from the problems. */
	void clear() {
		for (String collection : List.of(ROWS, LEGACY_MONTHS, DURATIONS, RESOLUTIONS)) {
			this.mongo.getCollection(collection).deleteMany(new org.bson.Document());
		}
		this.counters.clear();
	}

	/**
	 * A problem solved by a funded demonstration, with the proposals credited.
	 *
	 * @param id the problem's store id
	 * @param resolvedAt when it was resolved
	 * @param resolvedBy the proposals' store ids
	 */
	record Resolution(@org.springframework.data.annotation.Id String id, Instant resolvedAt, List<String> resolvedBy) {
	}

}
