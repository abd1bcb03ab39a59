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
 * (epoch milliseconds, in the order of {@code ids})
 */
public record ListResults(long totalCount, List<String> ids, Map<String, List<FacetCount>> facets,
		List<Long> changedAt) {

	/**
	 * Checks that every id has its change time.
	 * @param totalCount how many documents match in all
	 * @param ids the page's document ids, in order
	 * @param facets facet values and counts
	 * @param changedAt when each last changed
	 */
	public ListResults {
		if (changedAt.size() != ids.size()) {
			throw new IllegalArgumentException(
					"a change time for each of the " + ids.size() + " ids, not " + changedAt.size());
		}
	}

}
