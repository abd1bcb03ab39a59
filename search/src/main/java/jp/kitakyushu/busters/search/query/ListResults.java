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
 * @param changedAt when each of the page's documents last changed, as the index holds it
 * (epoch milliseconds, in the order of {@code ids}; empty when not read)
 */
public record ListResults(long totalCount, List<String> ids, Map<String, List<FacetCount>> facets,
		List<Long> changedAt) {

	/**
	 * A page without the change times.
	 * @param totalCount how many documents match in all
	 * @param ids the page's document ids, in order
	 * @param facets facet values and counts
	 */
	public ListResults(long totalCount, List<String> ids, Map<String, List<FacetCount>> facets) {
		this(totalCount, ids, facets, List.of());
	}

}
