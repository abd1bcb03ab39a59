package jp.kitakyushu.busters.api.suggestion;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The stored scores of published, unlinked problems: one record per problem, so the store
 * holds at most as many as there are such problems.
 */
@Component
class SuggestionStore {

	private static final Sort CLEAREST = Sort.by(Sort.Order.desc("margin"), Sort.Order.asc("_id"));

	private final MongoTemplate mongo;

	SuggestionStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<ProblemSuggestion> find(String problemId) {
		return Optional.ofNullable(this.mongo.findById(problemId, ProblemSuggestion.class));
	}

	void save(ProblemSuggestion suggestion) {
		this.mongo.save(suggestion);
	}

	void delete(String problemId) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(problemId)), ProblemSuggestion.class);
	}

	/** The problems a theme wins, clearest first. */
	List<ProblemSuggestion> clearest(String themeId, int limit) {
		return this.mongo.find(Query.query(Criteria.where("themeId").is(themeId)).with(CLEAREST).limit(limit),
				ProblemSuggestion.class);
	}

	/** The suggested problems of each of these themes that has any, clearest first. */
	List<ThemeSuggestions> suggestionsOf(Collection<String> themeIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(themeIds)), ThemeSuggestions.class);
	}

	/** A theme's suggested problems as last chosen, none when it has none. */
	List<String> suggestionsOf(String themeId) {
		ThemeSuggestions stored = this.mongo.findById(themeId, ThemeSuggestions.class);
		return (stored != null) ? stored.problemIds() : List.of();
	}

	/** Keeps a theme's suggested problems, clearest first (none: the record goes). */
	void saveSuggestions(String themeId, List<String> problemIds) {
		if (problemIds.isEmpty()) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(themeId)), ThemeSuggestions.class);
		}
		else {
			this.mongo.save(new ThemeSuggestions(themeId, List.copyOf(problemIds)));
		}
	}

	/** The scores of these problems. */
	List<ProblemSuggestion> findAll(Collection<String> problemIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(problemIds)), ProblemSuggestion.class);
	}

	/** The suggested problems among these problems. */
	List<ProblemSuggestion> suggestedAmong(Collection<String> problemIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(problemIds).and("suggested").is(true)),
				ProblemSuggestion.class);
	}

	/** Every suggested problem: a few per theme. */
	List<ProblemSuggestion> allSuggested() {
		return this.mongo.find(Query.query(Criteria.where("suggested").is(true)), ProblemSuggestion.class);
	}

	void mark(Collection<String> problemIds, boolean suggested) {
		if (!problemIds.isEmpty()) {
			this.mongo.updateMulti(Query.query(Criteria.where("_id").in(problemIds)),
					Update.update("suggested", suggested), ProblemSuggestion.class);
		}
	}

}
