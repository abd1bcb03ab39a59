package jp.kitakyushu.busters.api.problem;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemFilter;
import jp.kitakyushu.busters.search.query.FacetCount;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The facet counts of the problems list without search words, so a list page can offer
 * "category (count)" links as the search page does.
 */
@Controller
class ProblemFacetsController {

	private final ProblemQueries queries;

	ProblemFacetsController(ProblemQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	ProblemFacets problemFacets(@Argument @Nullable ProblemFilter filter) {
		Map<String, List<FacetCount>> counts = this.queries.facets(filter);
		return new ProblemFacets(counts.getOrDefault("type", List.of()), counts.getOrDefault("category", List.of()),
				counts.getOrDefault("ward", List.of()), counts.getOrDefault("status", List.of()));
	}

	/**
	 * The counts per facet, shaped as the schema's {@code SearchFacets}.
	 *
	 * @param type per kind of object (problems only here)
	 * @param category per category code
	 * @param ward per ward
	 * @param status per status
	 */
	record ProblemFacets(List<FacetCount> type, List<FacetCount> category, List<FacetCount> ward,
			List<FacetCount> status) {
	}

}
