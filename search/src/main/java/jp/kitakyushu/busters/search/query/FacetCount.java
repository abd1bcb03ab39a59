package jp.kitakyushu.busters.search.query;

/**
 * How many matching documents have one value of a facet field.
 *
 * @param value the keyword
 * @param count matching documents with it
 */
public record FacetCount(String value, long count) {
}
