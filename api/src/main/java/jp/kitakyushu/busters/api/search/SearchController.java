package jp.kitakyushu.busters.api.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import jp.kitakyushu.busters.api.problem.Ward;
import jp.kitakyushu.busters.api.search.SearchViews.MatchResult;
import jp.kitakyushu.busters.api.search.SearchViews.SearchPage;
import jp.kitakyushu.busters.api.search.SearchViews.SearchResult;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.Snippet;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The search and matching queries.
 */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	SearchConnection search(@Argument String query, @Argument @Nullable List<DocumentType> types,
			@Argument @Nullable SearchFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
		PageRequest page = PageRequest.of(first, after);
		Set<DocumentType> kinds = (types != null) ? new LinkedHashSet<>(types) : Set.of();
		SearchPage results = this.search.search(query, kinds, (filter != null) ? filter.asMap() : Map.of(), page,
				Shown.of(selection));
		Connection<SearchResult> connection = Connection.of(results.results(), page, results.totalCount());
		return new SearchConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
				results.facets(), results.partial());
	}

	@QueryMapping
	List<MatchResult> matchThemes(@Argument @Nullable String proposal, @Argument @Nullable String text,
			@Argument @Nullable Integer first, DataFetchingFieldSelectionSet selection) {
		return this.search.matchThemes(proposal, text, (first != null) ? first : 5, Shown.of(selection));
	}

	@QueryMapping
	List<MatchResult> matchProposals(@Argument String theme, @Argument @Nullable Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.search.matchProposals(theme, (first != null) ? first : 10, Shown.of(selection));
	}

	@QueryMapping
	List<MatchResult> matchCompanies(@Argument String theme, @Argument @Nullable Integer first,
			DataFetchingFieldSelectionSet selection) {
		return this.search.matchCompanies(theme, (first != null) ? first : 10, Shown.of(selection));
	}

	@QueryMapping
	List<MatchResult> similarProblems(@Argument @Nullable String problem, @Argument @Nullable String text,
			@Argument @Nullable Integer first, DataFetchingFieldSelectionSet selection) {
		return this.search.similarProblems(problem, text, (first != null) ? first : 5, Shown.of(selection));
	}

	@SchemaMapping(typeName = "HighlightedText")
	String html(Snippet snippet) {
		return snippet.toHtml();
	}

	/**
	 * Narrows a search.
	 *
	 * @param category a category code
	 * @param ward a ward
	 * @param status a status name
	 */
	record SearchFilter(@Nullable String category, @Nullable Ward ward, @Nullable String status) {

		Map<String, String> asMap() {
			Map<String, String> filters = new LinkedHashMap<>();
			if (this.category != null) {
				filters.put("category", this.category);
			}
			if (this.ward != null) {
				filters.put("ward", this.ward.name());
			}
			if (this.status != null) {
				filters.put("status", this.status);
			}
			return filters;
		}

	}

	/**
	 * A page of search results with facets.
	 *
	 * @param edges the results with cursors
	 * @param pageInfo where the page sits
	 * @param totalCount how many match
	 * @param facets the facet counts
	 * @param partial whether the time limit cut the search short
	 */
	record SearchConnection(List<Connection.Edge<SearchResult>> edges, Connection.PageInfo pageInfo, long totalCount,
			SearchViews.SearchFacets facets, boolean partial) {

		public List<SearchResult> nodes() {
			return new ArrayList<>(this.edges.stream().map(Connection.Edge::node).toList());
		}

	}

}
