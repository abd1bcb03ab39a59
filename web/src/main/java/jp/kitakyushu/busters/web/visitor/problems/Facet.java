package jp.kitakyushu.busters.web.visitor.problems;

import java.util.List;

/**
 * How the matches spread over one filter, each value with its count and a link that
 * narrows the list to it.
 *
 * @param name the filter: category, ward or status
 * @param values its values
 */
public record Facet(String name, List<Value> values) {

	/**
	 * One value of a facet.
	 *
	 * @param label the value as people read it
	 * @param count how many matches have it
	 * @param href the list narrowed to it
	 * @param selected whether the list is already narrowed to it
	 */
	public record Value(String label, int count, String href, boolean selected) {
	}

}
