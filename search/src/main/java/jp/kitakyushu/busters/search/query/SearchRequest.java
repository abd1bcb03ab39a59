package jp.kitakyushu.busters.search.query;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;

/**
 * A full-text search: the user's query, which types and keywords to restrict to, and a
 * page.
 *
 * <p>
 * The query understands {@code "phrases"}, {@code -excluded} words, {@code a | b}
 * alternatives, parentheses and a trailing {@code *} for prefixes of at least two
 * characters; anything else, unbalanced quotes included, is searched literally. Words
 * must all match, unless none match all, in which case any may.
 *
 * @param query the user's query
 * @param types types to search, all when empty
 * @param filters keyword filters: {@code category}, {@code ward}, {@code status},
 * {@code tag} or an attribute name, each with its accepted values
 * @param offset hits to skip
 * @param limit hits to return, at most {@link #MAX_LIMIT}
 * @param facets whether the matches are counted per facet value; without, the facets are
 * empty and the hits and total the same
 */
public record SearchRequest(String query, Set<DocumentType> types, Map<String, Set<String>> filters, int offset,
		int limit, boolean facets) {

	/** Page size when none is given. */
	public static final int DEFAULT_LIMIT = 20;

	/** Largest page. */
	public static final int MAX_LIMIT = 100;

	/** Deepest offset; deeper paging costs more than it is worth to anyone. */
	public static final int MAX_OFFSET = 10_000;

	/** Longest query accepted, in characters. */
	public static final int MAX_QUERY_LENGTH = 10_000;

	public SearchRequest {
		types = Set.copyOf(types);
		filters = Map.copyOf(filters);
	}

	/**
	 * Starts a request for a query, over all types, first page.
	 * @param query the user's query
	 * @return a builder
	 */
	public static Builder builder(String query) {
		return new Builder(query);
	}

	/**
	 * Fluent construction of a {@link SearchRequest}.
	 */
	public static final class Builder {

		private final String query;

		private final Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);

		private final Map<String, Set<String>> filters = new LinkedHashMap<>();

		private int offset;

		private int limit = DEFAULT_LIMIT;

		private boolean facets = true;

		private Builder(String query) {
			this.query = query;
		}

		public Builder types(DocumentType... types) {
			this.types.addAll(Set.of(types));
			return this;
		}

		public Builder filter(String key, String... values) {
			this.filters.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).addAll(Set.of(values));
			return this;
		}

		public Builder page(int offset, int limit) {
			this.offset = offset;
			this.limit = limit;
			return this;
		}

		/**
		 * Leaves the facets out, for a caller that shows none: counting them walks every
		 * match's values of each facet field, and collecting the matches for it costs
		 * more than counting them.
		 * @return this builder
		 */
		public Builder withoutFacets() {
			this.facets = false;
			return this;
		}

		public SearchRequest build() {
			return new SearchRequest(this.query, this.types, this.filters, this.offset, this.limit, this.facets);
		}

	}

}
