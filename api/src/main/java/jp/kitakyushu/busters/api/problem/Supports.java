package jp.kitakyushu.busters.api.problem;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Citizens' "me too" on problems: one document per (problem, citizen), whose id makes a
 * second support impossible, and a counter on the problem kept with atomic increments.
 */
@Component
class Supports {

	private final MongoTemplate mongo;

	private final Clock clock;

	Supports(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Adds a support; false when the citizen already supports the problem. */
	boolean add(String problemId, String subject) {
		return add(problemId, subject, this.clock.instant());
	}

	/** Adds a support given at a time; false when the citizen already supports it. */
	boolean add(String problemId, String subject, Instant at) {
		try {
			this.mongo.insert(new Support(key(problemId, subject), problemId, subject, at));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Removes a support; false when there was none. */
	boolean remove(String problemId, String subject) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(key(problemId, subject))), Support.class)
			.getDeletedCount() == 1;
	}

	void increment(String problemId, int delta) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(problemId)), touched().inc("supporterCount", delta),
				Problem.class);
	}

	/** Gives the target every supporter of the source, and the source's submitter. */
	void copyTo(Problem source, Problem target) {
		Query ofSource = Query.query(Criteria.where("problemId").is(source.getId()));
		for (Support support : this.mongo.find(ofSource, Support.class)) {
			if (!target.isSubmittedBy(support.subject())) {
				add(target.getId(), support.subject());
			}
		}
		String submitter = source.getSubmitter();
		if (submitter != null && !target.isSubmittedBy(submitter)) {
			add(target.getId(), submitter);
		}
	}

	/** Sets the counter from the supports themselves, after a bulk change. */
	void recount(String problemId) {
		long count = this.mongo.count(Query.query(Criteria.where("problemId").is(problemId)), Support.class);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(problemId)), touched().set("supporterCount", count),
				Problem.class);
	}

	/**
	 * Which of the problems the subject supports, in one query by id, so its cost does
	 * not grow with the number of supports stored.
	 */
	Set<String> supportedBy(Collection<String> problemIds, String subject) {
		Query query = Query.query(Criteria.where("_id").in(problemIds.stream().map((id) -> key(id, subject)).toList()));
		query.fields().include("problemId");
		return this.mongo.find(query, Support.class).stream().map(Support::problemId).collect(Collectors.toSet());
	}

	/**
	 * Counter updates also bump the version and the change time: a concurrent save of a
	 * stale copy then fails instead of overwriting the count, and index followers see the
	 * change.
	 */
	private Update touched() {
		return new Update().inc("version", 1).set("updatedAt", this.clock.instant());
	}

	private static String key(String problemId, String subject) {
		return problemId + "|" + subject;
	}

	@Document("problem_supports")
	record Support(@Id String id, String problemId, String subject, Instant createdAt) {
	}

}
