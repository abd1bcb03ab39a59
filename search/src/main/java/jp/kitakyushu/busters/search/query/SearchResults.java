package jp.kitakyushu.busters.search.query;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with facet counts over all matches.
 *
 * @param totalHits number of matching documents
 * @param hits the requested page
 * @param facets counts per facet field ({@code type}, {@code category}, {@code ward},
 * {@code status}), most frequent first
 * @param partial whether the search hit its time limit, so counts and hits may be
 * incomplete
 */
public record SearchResults(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
		boolean partial) {
}
