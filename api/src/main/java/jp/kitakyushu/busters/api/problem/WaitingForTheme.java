package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The published problems no theme has taken up yet (PUBLISHED, not ADOPTED), newest
 * first: what staff curate new themes from.
 */
@Component
public class WaitingForTheme {

	private final MongoTemplate mongo;

	WaitingForTheme(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The newest such problems, at most {@code limit}, narrowed by category, ward and the
	 * period they were posted in ({@code from} included, {@code to} not).
	 */
	@PreAuthorize("hasRole('STAFF')")
	public List<Problem> newest(@Nullable String category, @Nullable Ward ward, @Nullable Instant from,
			@Nullable Instant to, int limit) {
		Criteria criteria = Criteria.where("status").is(ProblemStatus.PUBLISHED);
		if (category != null && !category.isBlank()) {
			criteria.and("category").is(category);
		}
		if (ward != null) {
			criteria.and("ward").is(ward);
		}
		if (from != null || to != null) {
			Criteria posted = criteria.and("createdAt");
			if (from != null) {
				posted.gte(from);
			}
			if (to != null) {
				posted.lt(to);
			}
		}
		Query query = Query.query(criteria)
			.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "_id")))
			.limit(limit);
		return this.mongo.find(query, Problem.class);
	}

}
