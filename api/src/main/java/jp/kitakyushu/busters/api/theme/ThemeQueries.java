package jp.kitakyushu.busters.api.theme;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.proposal.ThemeCalls;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.index.RecentCopies;
import jp.kitakyushu.busters.api.system.index.StoredSearchable;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeFilter;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrder;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.query.DocumentLists;
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
 * The read side of themes, always under {@link ThemeAccess}, with every status read as of
 * now (an open theme past its deadline is closed); also tells proposals about themes'
 * calls, and gives the search index its theme documents.
 */
@Service
public class ThemeQueries extends StoredSearchable<Theme> implements NodeLoader, ThemeCalls {

	/** GraphQL type name, for global ids. */
	public static final String TYPE = "Theme";

	private final MongoTemplate mongo;

	private final SourceProblems problems;

	private final DocumentLists lists;

	private final Clock clock;

	private final RecentCopies<Theme> recent;

	ThemeQueries(MongoTemplate mongo, SourceProblems problems, DocumentLists lists, Clock clock) {
		super(mongo, Theme.class);
		this.mongo = mongo;
		this.problems = problems;
		this.lists = lists;
		this.clock = clock;
		this.recent = new RecentCopies<>(clock);
	}

	@PreAuthorize("permitAll()")
	public Connection<Theme> list(@Nullable ThemeFilter filter, @Nullable ThemeOrder order, PageRequest page) {
		Optional<Viewer> viewer = Viewer.current();
		ListRequest request = ThemeDocuments.list(filter, order, page, ThemeAccess.isStaff(viewer),
				this.clock.instant());
		if (request == null) {
			return Connection.of(List.of(), page, 0);
		}
		ListResults results = this.lists.list(request);
		// The page's themes as the index holds them: kept copies at the same change, the
		// others from the store in one read.
		Map<String, Instant> changes = RecentCopies.pageChanges(results, TYPE);
		List<String> ids = List.copyOf(changes.keySet());
		Map<String, Theme> found = visibleAmong(this.recent.orRead(changes, List.of(), this::findAll), viewer);
		return Connection.of(ids.stream().map(found::get).filter(Objects::nonNull).toList(), page,
				results.totalCount());
	}

	/**
	 * A theme by store id, whatever its state and whoever asks (for other modules'
	 * checks).
	 */
	public Optional<Theme> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Theme.class));
	}

	/** The themes among {@code ids} the current caller may see, keyed by id. */
	public Map<String, Theme> findVisible(Collection<String> ids) {
		return visibleAmong(findAll(ids), Viewer.current());
	}

	private List<Theme> findAll(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Theme.class);
	}

	private static Map<String, Theme> visibleAmong(Iterable<Theme> themes, Optional<Viewer> viewer) {
		Map<String, Theme> visible = new LinkedHashMap<>();
		for (Theme theme : themes) {
			if (ThemeAccess.canRead(theme, viewer)) {
				visible.put(theme.getId(), theme);
			}
		}
		return visible;
	}

	/** Whether proposals may be submitted to this theme now. */
	public boolean acceptsProposalsNow(Theme theme) {
		return theme.acceptsProposalsAt(this.clock.instant());
	}

	/** The theme's status as of now: open past its deadline reads as closed. */
	public ThemeStatus statusNow(Theme theme) {
		return theme.statusAt(this.clock.instant());
	}

	/**
	 * Every theme, oldest first, whoever asks: for reporting, which counts drafts too and
	 * shows only what is public.
	 */
	public List<Theme> findAll() {
		return this.mongo.find(new Query().with(Sort.by("createdAt").and(Sort.by("id"))), Theme.class);
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(TYPE);
	}

	@Override
	public Map<String, Theme> loadVisible(String type, Collection<String> ids) {
		return findVisible(ids);
	}

	@Override
	public Optional<ThemeCall> find(String themeId) {
		return findById(themeId)
			.map((theme) -> new ThemeCall(theme.getId(), CallStatus.valueOf(statusNow(theme).name()),
					theme.getBudgetCap(), theme.getOpensAt(), theme.getClosesAt(), acceptsProposalsNow(theme)));
	}

	@Override
	public String entityType() {
		return TYPE;
	}

	@Override
	protected List<SearchDocument> documentsOf(Theme theme) {
		return List.of(document(theme));
	}

	private SearchDocument document(Theme theme) {
		return ThemeDocuments.document(theme, this.problems.publicTexts(theme.getSourceProblemIds()));
	}

}
