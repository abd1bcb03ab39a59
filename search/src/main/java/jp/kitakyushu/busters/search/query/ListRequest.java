package jp.kitakyushu.busters.search.query;

import java.util.List;

/**
 * A page of a list: which documents, in which order, and whether to count facets.
 *
 * @param filter what the documents must satisfy
 * @param order sort keys, first one first; ties fall to the next
 * @param offset documents to skip
 * @param limit documents to return
 * @param facets whether to count the facet values of every matching document
 */
public record ListRequest(ListFilter filter, List<Order> order, int offset, int limit, boolean facets) {

	public ListRequest {
		order = List.copyOf(order);
		if (offset < 0 || limit < 0 || limit > SearchRequest.MAX_LIMIT) {
			throw new IllegalArgumentException("A page holds 0 to " + SearchRequest.MAX_LIMIT + " documents");
		}
	}

	/**
	 * One sort key.
	 *
	 * @param name a number's or a sort key's name
	 * @param kind how it compares
	 * @param descending largest first
	 */
	public record Order(String name, Kind kind, boolean descending) {

		/**
		 * By a number; documents without it come first ascending, last descending.
		 * @param name the number's name
		 * @param descending largest first
		 * @return the order
		 */
		public static Order byNumber(String name, boolean descending) {
			return new Order(name, Kind.NUMBER, descending);
		}

		/**
		 * By a sort key, compared as UTF-8 bytes.
		 * @param name the key's name
		 * @param descending last first
		 * @return the order
		 */
		public static Order byKey(String name, boolean descending) {
			return new Order(name, Kind.KEY, descending);
		}

		/**
		 * By a sort key that tells documents apart and is at most 24 UTF-8 bytes long (a
		 * store id), as {@link #byKey} orders it, at the cost of comparing numbers; the
		 * list needs nothing after it. Longer keys are compared by their first 24 bytes
		 * only.
		 * @param name the key's name
		 * @param descending last first
		 * @return the order
		 */
		public static Order byUniqueShortKey(String name, boolean descending) {
			return new Order(name, Kind.UNIQUE_SHORT_KEY, descending);
		}

	}

	/** How an order's values compare. */
	public enum Kind {

		/** Numbers. */
		NUMBER,

		/** Sort keys, as UTF-8 bytes. */
		KEY,

		/**
		 * Sort keys of at most 24 bytes that differ between documents, by their numbers.
		 */
		UNIQUE_SHORT_KEY

	}

}
