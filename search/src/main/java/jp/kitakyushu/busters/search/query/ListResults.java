package jp.kitakyushu.busters.search.query;

import java.util.List;
import java.util.Map;

/**
 * A page of a list.
 *
 * @param totalCount how many documents match in all
 * @param ids the page's document ids, in order
 * @param facets facet values and counts over every matching document (empty unless asked
 * for)
 */
public record ListResults(long totalCount, List<String> ids, Map<String, List<FacetCount>> facets) {
}
