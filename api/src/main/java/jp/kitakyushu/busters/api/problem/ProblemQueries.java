package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.outcome.AdoptedProblems;
import jp.kitakyushu.busters.api.privacy.Confidence;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemFilter;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrder;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrderField;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.OrderDirection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.index.RecentCopies;
import jp.kitakyushu.busters.api.system.index.StoredSearchable;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.SourceProblems;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.query.DocumentLists;
import jp.kitakyushu.busters.search.query.FacetCount;
import jp.kitakyushu.busters.search.query.ListRequest;
import jp.kitakyushu.busters.search.query.ListResults;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of problems, always under {@link ProblemAccess}: lists, single problems
 * by id (also for {@code node(id:)}), what themes and outcomes need to know of them, and
 * the documents (masked text only) the search index holds.
 */
@Service
public class ProblemQueries extends StoredSearchable<Problem> implements NodeLoader, SourceProblems, AdoptedProblems {

	/** GraphQL type name, for global ids. */
	public static final String TYPE = "Problem";

	private final MongoTemplate mongo;

	private final Supports supports;

	private final DocumentLists lists;

	private final RecentProblems recent;

	private final SearchIndex index;

	ProblemQueries(MongoTemplate mongo, Supports supports, DocumentLists lists, RecentProblems recent,
			SearchIndex index) {
		super(mongo, Problem.class);
		this.mongo = mongo;
		this.supports = supports;
		this.lists = lists;
		this.recent = recent;
		this.index = index;
	}

	@PreAuthorize("permitAll()")
	public Connection<Problem> list(@Nullable ProblemFilter filter, @Nullable ProblemOrder order, PageRequest page) {
		boolean staff = ProblemAccess.isStaff(Viewer.current());
		if (staff && filter != null && filter.text() != null && !filter.text().isBlank()) {
			// The index holds masked text only; staff filter the original, in the store.
			return originalTextList(filter, order, page);
		}
		ListRequest request = ProblemDocuments.list(filter, order, page, staff);
		return (request != null) ? page(request, page) : Connection.of(List.of(), page, 0);
	}

	/**
	 * How the list a filter gives spreads over the facet fields (type, category, ward,
	 * status), counted in the index over what the caller may list. Staff's text filter
	 * runs on the masked text here, as the index holds nothing else.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, List<FacetCount>> facets(@Nullable ProblemFilter filter) {
		ListRequest request = ProblemDocuments.list(filter, null, new PageRequest(0, 0),
				ProblemAccess.isStaff(Viewer.current()));
		if (request == null) {
			return Map.of();
		}
		return this.lists.list(new ListRequest(request.filter(), request.order(), 0, 0, true)).facets();
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Connection<Problem> mine(PageRequest page) {
		return page(ProblemDocuments.mine(Viewer.require().subject(), page), page);
	}

	/** The problems among {@code ids} the current caller may see, keyed by id. */
	@PreAuthorize("permitAll()")
	public Map<String, Problem> findVisible(Collection<String> ids) {
		return visibleAmong(findAll(ids));
	}

	/**
	 * The problems among {@code ids} the current caller may see, keyed by id, each as the
	 * index last saw it change: a kept copy at that change, or a read of the store (as is
	 * every problem the index does not hold). For links that carry no change time (a
	 * theme's problems), so they cost one lookup in the index instead of a store read.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Problem> findVisibleAsIndexed(Collection<String> ids) {
		Map<String, String> globalIds = new LinkedHashMap<>();
		ids.forEach((id) -> globalIds.put(GlobalId.encode(TYPE, id), id));
		Map<String, Instant> indexed = this.index.updatedAt(globalIds.keySet());
		Map<String, Instant> changes = new LinkedHashMap<>();
		List<String> unindexed = new ArrayList<>();
		globalIds.forEach((globalId, id) -> {
			Instant changedAt = indexed.get(globalId);
			if (changedAt != null) {
				changes.put(id, changedAt);
			}
			else {
				unindexed.add(id);
			}
		});
		return visibleAmong(this.recent.orRead(changes, unindexed, this::findAll));
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(TYPE);
	}

	@Override
	public Map<String, Problem> loadVisible(String type, Collection<String> ids) {
		return findVisible(ids);
	}

	@Override
	public Map<String, Problem> loadVisibleAt(String type, Map<String, Instant> indexedChanges) {
		return visibleAmong(this.recent.orRead(indexedChanges, List.of(), this::findAll));
	}

	/** Those of the problems the current caller may see, keyed by id. */
	private static Map<String, Problem> visibleAmong(Iterable<Problem> problems) {
		Optional<Viewer> viewer = Viewer.current();
		Map<String, Problem> visible = new LinkedHashMap<>();
		for (Problem problem : problems) {
			if (ProblemAccess.canRead(problem, viewer)) {
				visible.put(problem.getId(), problem);
			}
		}
		return visible;
	}

	@Override
	public Map<String, SourceProblem> find(Collection<String> problemIds) {
		Map<String, SourceProblem> found = new LinkedHashMap<>();
		findVisible(problemIds).forEach((id, problem) -> found.put(id,
				new SourceProblem(id, problem.getStatus().name(),
						ProblemAccess.OPEN_TO_SUPPORT.contains(problem.getStatus()), problem.getPublicTitle(),
						problem.getPublicBody())));
		return found;
	}

	@Override
	public Map<String, String> publicTexts(Collection<String> problemIds) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Problem problem : findAll(problemIds)) {
			if (ProblemAccess.PUBLIC.contains(problem.getStatus())) {
				texts.put(problem.getId(), problem.getPublicTitle() + "\n" + problem.getPublicBody());
			}
		}
		return texts;
	}

	@Override
	public Map<String, List<String>> themesOf(Collection<String> problemIds) {
		Map<String, List<String>> themes = new LinkedHashMap<>();
		findVisible(problemIds).forEach((id, problem) -> themes.put(id, problem.getThemeIds()));
		return themes;
	}

	@Override
	public String entityType() {
		return TYPE;
	}

	@Override
	protected List<SearchDocument> documentsOf(Problem problem) {
		return List.of(ProblemDocuments.document(problem));
	}

	/** Which of these problems the current caller supports. */
	Set<String> supportedByViewer(Collection<String> problemIds) {
		return Viewer.current()
			.map((viewer) -> this.supports.supportedBy(problemIds, viewer.subject()))
			.orElse(Set.of());
	}

	/**
	 * A problem by store id, whatever its state and whoever asks: for the features' own
	 * checks and other modules' derived data (reporting), never for showing as it is.
	 */
	public Optional<Problem> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Problem.class));
	}

	/**
	 * Every problem in store-id order, whoever asks: for rebuilding other modules'
	 * derived data (reporting) and the open-data export, never for showing as it is.
	 * Close the stream.
	 */
	public Stream<Problem> streamAll() {
		return all();
	}

	/**
	 * Listed problems for an outside channel (Open311), newest first: in some of the
	 * listed states, of one category or any, submitted in {@code [from, to)}; the page's
	 * ids come from the index, so the cost does not grow with the store.
	 */
	@PreAuthorize("permitAll()")
	public Connection<Problem> listSubmittedBetween(Set<ProblemStatus> statuses, @Nullable String category,
			Instant from, Instant to, PageRequest page) {
		ListRequest request = ProblemDocuments.submittedBetween(statuses, category, from, to, page);
		return (request != null) ? page(request, page) : Connection.of(List.of(), page, 0);
	}

	/** Problems by store id, whoever asks, in one query. */
	List<Problem> findAll(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Problem.class);
	}

	/**
	 * A page from the index: the page's ids there, then their problems, from those
	 * recently read while the index holds them at the same change, the others from the
	 * store in one query.
	 */
	private Connection<Problem> page(ListRequest request, PageRequest page) {
		ListResults results = this.lists.list(request);
		Map<String, Instant> changes = RecentCopies.pageChanges(results, TYPE);
		List<String> ids = List.copyOf(changes.keySet());
		Map<String, Problem> visible = visibleAmong(this.recent.orRead(changes, List.of(), this::findAll));
		List<Problem> problems = ids.stream().map(visible::get).filter(Objects::nonNull).toList();
		return Connection.of(problems, page, results.totalCount());
	}

	/** Staff's text filter on the original title and body, which only the store holds. */
	private Connection<Problem> originalTextList(ProblemFilter filter, @Nullable ProblemOrder order, PageRequest page) {
		Criteria criteria = new Criteria();
		if (filter.status() != null) {
			criteria.and("status").is(filter.status());
		}
		if (filter.category() != null) {
			criteria.and("category").is(filter.category());
		}
		if (filter.ward() != null) {
			criteria.and("ward").is(filter.ward());
		}
		if (filter.awaitingPrivacyReview() != null) {
			Criteria waiting = Criteria.where("findings")
				.elemMatch(Criteria.where("confidence").is(Confidence.FLAGGED).and("reviewed").is(false));
			criteria.andOperator(filter.awaitingPrivacyReview() ? waiting : new Criteria().norOperator(waiting));
		}
		Pattern text = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
		criteria.orOperator(Criteria.where("title").regex(text), Criteria.where("body").regex(text));
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Problem.class);
		ProblemOrder effective = (order != null) ? order
				: new ProblemOrder(ProblemOrderField.CREATED_AT, OrderDirection.DESC);
		String field = (effective.field() == ProblemOrderField.SUPPORTER_COUNT) ? "supporterCount" : "createdAt";
		query.with(Sort.by(effective.direction().toSort(), field).and(Sort.by(Sort.Direction.DESC, "id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, Problem.class), page, total);
	}

}
