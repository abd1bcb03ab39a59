package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalAccess;
import jp.kitakyushu.busters.api.search.SearchViews.MatchResult;
import jp.kitakyushu.busters.api.search.SearchViews.SearchFacets;
import jp.kitakyushu.busters.api.search.SearchViews.SearchPage;
import jp.kitakyushu.busters.api.search.SearchViews.SearchResult;
import jp.kitakyushu.busters.api.system.NotFoundException;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Nodes;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.match.Match;
import jp.kitakyushu.busters.search.match.MatchRequest;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.query.FacetCount;
import jp.kitakyushu.busters.search.query.FullTextSearch;
import jp.kitakyushu.busters.search.query.SearchHit;
import jp.kitakyushu.busters.search.query.SearchRequest;
import jp.kitakyushu.busters.search.query.SearchResults;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Search and matching under the API's visibility rules: the index is asked only for
 * documents the caller may read, and every hit is then loaded through its feature's own
 * visibility check, so a hit the caller may not see is dropped rather than shown.
 */
@Service
class SearchService {

	/** The longest text accepted to match from, as for search queries. */
	static final int MAX_TEXT = 10_000;

	private final FullTextSearch search;

	private final Matcher matcher;

	private final ProposalQueries proposals;

	private final Nodes nodes;

	SearchService(FullTextSearch search, Matcher matcher, ProposalQueries proposals, Nodes nodes) {
		this.search = search;
		this.matcher = matcher;
		this.proposals = proposals;
		this.nodes = nodes;
	}

	@PreAuthorize("permitAll()")
	public SearchPage search(String query, Set<DocumentType> types, Map<String, String> filters, PageRequest page,
			Shown shown) {
		SearchRequest.Builder request = SearchRequest.builder(query)
			.types(types.toArray(DocumentType[]::new))
			.filter(Readers.ATTRIBUTE, callerTokens())
			.page(page.offset(), page.limit());
		filters.forEach((key, value) -> request.filter(key, value));
		if (!shown.facets()) {
			request.withoutFacets();
		}
		SearchResults results = this.search.search(request.build());
		Map<String, Instant> changes = new LinkedHashMap<>();
		results.hits().forEach((hit) -> changes.merge(hit.id(), hit.updatedAt(), SearchService::later));
		Map<String, Object> visible = loadAt(changes);
		List<SearchResult> hits = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (SearchHit hit : results.hits()) {
			String entity = entityId(hit.id());
			Object node = visible.get(entity);
			if (node != null && seen.add(entity)) {
				hits.add(new SearchResult(node, hit.score(), hit.titleHighlights(), hit.passages()));
			}
		}
		Function<String, List<FacetCount>> facet = (name) -> results.facets().getOrDefault(name, List.of());
		return new SearchPage(hits, results.totalHits(), page.offset(), new SearchFacets(facet.apply("type"),
				facet.apply("category"), facet.apply("ward"), facet.apply("status")), results.partial());
	}

	@PreAuthorize("hasAnyRole('COMPANY', 'STAFF')")
	public List<MatchResult> matchThemes(@Nullable String proposalId, @Nullable String text, int limit, Shown shown) {
		MatchRequest.Builder request = source(proposalId, text, ProposalQueries.TYPE, (id) -> {
			Proposal proposal = this.proposals.findVisible(List.of(id)).get(id);
			return proposal != null && this.proposals.reader().canReadConfidential(proposal);
		});
		return matches(request.targets(DocumentType.THEME), limit, shown);
	}

	@PreAuthorize("hasRole('STAFF')")
	public List<MatchResult> matchProposals(String themeId, int limit, Shown shown) {
		return matches(source(themeId, null, ThemeQueries.TYPE, this::themeVisible).targets(DocumentType.PROPOSAL),
				limit, shown);
	}

	@PreAuthorize("hasRole('STAFF')")
	public List<MatchResult> matchCompanies(String themeId, int limit, Shown shown) {
		return matches(source(themeId, null, ThemeQueries.TYPE, this::themeVisible).targets(DocumentType.COMPANY),
				limit, shown);
	}

	@PreAuthorize("permitAll()")
	public List<MatchResult> similarProblems(@Nullable String problemId, @Nullable String text, int limit,
			Shown shown) {
		if (problemId == null && text != null && text.isBlank()) {
			// Nothing typed yet: nothing is similar (the matcher would refuse the empty
			// text).
			if (limit < 1 || limit > PageRequest.MAX_PAGE_SIZE) {
				throw new IllegalArgumentException("'first' must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ".");
			}
			return List.of();
		}
		MatchRequest.Builder request = source(problemId, text, ProblemQueries.TYPE,
				(id) -> visible(ProblemQueries.TYPE, id));
		float threshold = this.matcher.hintThreshold();
		return matches(request.targets(DocumentType.PROBLEM), limit, shown).stream()
			.map((match) -> match.hintedAt(threshold))
			.toList();
	}

	/**
	 * What to match from: exactly one of an object the caller may read, or a text.
	 */
	private MatchRequest.Builder source(@Nullable String globalId, @Nullable String text, String type,
			Predicate<String> readable) {
		if ((globalId == null) == (text == null)) {
			throw new IllegalArgumentException("Give either an id or a text to match from, not both or neither.");
		}
		if (text != null) {
			if (text.length() > MAX_TEXT) {
				throw new IllegalArgumentException("The text is too long to match: at most " + MAX_TEXT
						+ " characters (it has " + text.length() + ").");
			}
			return MatchRequest.text(text);
		}
		String id = GlobalId.idOf(globalId, type)
			.filter(readable)
			.orElseThrow(() -> new NotFoundException(
					"No " + type.toLowerCase(Locale.ROOT) + " has the id " + globalId + "."));
		return MatchRequest.document(GlobalId.encode(type, id));
	}

	private boolean themeVisible(String id) {
		return visible(ThemeQueries.TYPE, id);
	}

	private boolean visible(String type, String id) {
		return !this.nodes.loadVisible(type, List.of(id)).isEmpty();
	}

	/**
	 * The reader tokens of the current caller. Staff reach every document through
	 * {@link Readers#STAFF} and do without {@link Readers#PUBLIC}, so a selected
	 * proposal's public copy does not come up beside the full one they can read.
	 */
	private String[] callerTokens() {
		ProposalAccess reader = this.proposals.reader();
		Set<String> tokens = new LinkedHashSet<>();
		tokens.add(reader.staff() ? Readers.STAFF : Readers.PUBLIC);
		reader.companyIds().forEach((id) -> tokens.add(Readers.company(id)));
		Viewer.current().ifPresent((viewer) -> tokens.add(Readers.user(viewer.subject())));
		return tokens.toArray(String[]::new);
	}

	private List<MatchResult> matches(MatchRequest.Builder request, int limit, Shown shown) {
		if (limit < 1 || limit > PageRequest.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("'first' must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ".");
		}
		if (!shown.evidence()) {
			request.withoutEvidence();
		}
		List<Match> found = this.matcher.match(request.filter(Readers.ATTRIBUTE, callerTokens()).limit(limit).build());
		Map<String, Instant> changes = new LinkedHashMap<>();
		found.forEach((match) -> changes.merge(match.id(), match.updatedAt(), SearchService::later));
		Map<String, Object> visible = loadAt(changes);
		List<MatchResult> results = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Match match : found) {
			String entity = entityId(match.id());
			Object node = visible.get(entity);
			if (node != null && seen.add(entity)) {
				results.add(new MatchResult(node, match.score(), match.terms(), match.passages()));
			}
		}
		return results;
	}

	/**
	 * The objects behind search hits or matches, each through its feature's visibility
	 * rules in one load per type, telling each feature when the index says each last
	 * changed, so it can use a copy it keeps.
	 * @param changes each document id with its last change as the index holds it
	 */
	private Map<String, Object> loadAt(Map<String, Instant> changes) {
		Map<String, Map<String, Instant>> byType = new HashMap<>();
		changes.forEach((documentId, changedAt) -> GlobalId.decode(entityId(documentId))
			.ifPresent((id) -> byType.computeIfAbsent(id.type(), (t) -> new LinkedHashMap<>())
				.merge(id.id(), changedAt, SearchService::later)));
		Map<String, Object> visible = new LinkedHashMap<>();
		byType.forEach((type, entities) -> this.nodes.loadVisibleAt(type, entities)
			.forEach((id, node) -> visible.put(GlobalId.encode(type, id), node)));
		return visible;
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * The entity's global id behind a document id (a selected proposal has two
	 * documents).
	 */
	private static String entityId(String documentId) {
		int copy = documentId.indexOf('#');
		return (copy < 0) ? documentId : documentId.substring(0, copy);
	}

}
