package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.company.Company;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads searchable entities from MongoDB, the source of truth, as search documents: all
 * of them for a rebuild, or those changed since an instant for catching up.
 */
final class StoreReader implements IndexSource {

	private static final List<Class<?>> SEARCHABLE = List.of(Problem.class, Theme.class, Proposal.class, Company.class);

	private final MongoTemplate mongo;

	StoreReader(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public long count() {
		long count = 0;
		for (Class<?> type : SEARCHABLE) {
			count += this.mongo.count(new Query(), type);
		}
		return count;
	}

	@Override
	public Stream<SearchDocument> all() {
		return changedSince(null).documents().stream();
	}

	/**
	 * The documents of entities changed at or after {@code since} (all when null), and
	 * the ids of documents that must go (a proposal's public document once it is no
	 * longer public).
	 */
	Changes changedSince(@Nullable Instant since) {
		Query query = (since != null) ? Query.query(Criteria.where("updatedAt").gte(since)) : new Query();
		query.with(Sort.by("updatedAt"));
		List<Problem> problems = this.mongo.find(query, Problem.class);
		List<Theme> themes = this.mongo.find(query, Theme.class);
		List<Proposal> proposals = this.mongo.find(query, Proposal.class);
		List<Company> companies = this.mongo.find(query, Company.class);
		Changes changes = new Changes();
		problems.forEach((problem) -> changes.add(SearchDocuments.problem(problem), problem.getUpdatedAt()));
		Map<String, Problem> sources = sourceProblems(themes, (since != null) ? null : problems);
		themes.forEach((theme) -> changes.add(SearchDocuments.theme(theme, sources), theme.getUpdatedAt()));
		for (Proposal proposal : proposals) {
			List<SearchDocument> documents = SearchDocuments.proposal(proposal);
			documents.forEach((document) -> changes.add(document, proposal.getUpdatedAt()));
			SearchDocuments.proposalIds(proposal)
				.stream()
				.filter((id) -> documents.stream().noneMatch((document) -> document.id().equals(id)))
				.forEach(changes.deletions()::add);
		}
		companies.forEach((company) -> changes.add(SearchDocuments.company(company), company.getUpdatedAt()));
		return changes;
	}

	/** The source problems of the themes, from the list at hand or in one query. */
	private Map<String, Problem> sourceProblems(List<Theme> themes, @Nullable List<Problem> all) {
		Map<String, Problem> byId = new HashMap<>();
		if (all != null) {
			all.forEach((problem) -> byId.put(problem.getId(), problem));
			return byId;
		}
		Collection<String> ids = themes.stream()
			.flatMap((theme) -> theme.getSourceProblemIds().stream())
			.distinct()
			.toList();
		if (!ids.isEmpty()) {
			this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Problem.class)
				.forEach((problem) -> byId.put(problem.getId(), problem));
		}
		return byId;
	}

	/**
	 * What changed: documents to upsert, ids to delete, and the newest change seen.
	 */
	static final class Changes {

		private final List<SearchDocument> documents = new java.util.ArrayList<>();

		private final List<String> deletions = new java.util.ArrayList<>();

		private @Nullable Instant newest;

		void add(SearchDocument document, Instant updatedAt) {
			this.documents.add(document);
			if (this.newest == null || updatedAt.isAfter(this.newest)) {
				this.newest = updatedAt;
			}
		}

		List<SearchDocument> documents() {
			return this.documents;
		}

		List<String> deletions() {
			return this.deletions;
		}

		@Nullable Instant newest() {
			return this.newest;
		}

	}

}
