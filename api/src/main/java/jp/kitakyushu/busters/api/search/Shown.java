package jp.kitakyushu.busters.api.search;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * Which costly parts of a search or match answer the caller's document selects, so the
 * index does not work out what nobody reads: a search's facet counts walk every match,
 * and a match's terms and passages score and highlight each result, which cost more than
 * finding the results.
 *
 * @param facets whether a search's {@code facets} are selected
 * @param evidence whether a match's {@code terms} or {@code passages} are selected
 */
record Shown(boolean facets, boolean evidence) {

	/**
	 * What a query's selection asks for; the fields sit right below the query's own field
	 * (on the connection or on each match), and fragments are already merged into it.
	 */
	static Shown of(DataFetchingFieldSelectionSet selection) {
		return new Shown(selection.contains("facets"), selection.contains("terms") || selection.contains("passages"));
	}

}
