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
	 * @param numeric whether it is a number (else a sort key)
	 * @param descending largest first
	 */
	public record Order(String name, boolean numeric, boolean descending) {

		/**
		 * By a number; documents without it come first ascending, last descending.
		 * @param name the number's name
		 * @param descending largest first
		 * @return the order
		 */
		public static Order byNumber(String name, boolean descending) {
			return new Order(name, true, descending);
		}

		/**
		 * By a sort key, compared as UTF-8 bytes.
		 * @param name the key's name
		 * @param descending last first
		 * @return the order
		 */
		public static Order byKey(String name, boolean descending) {
			return new Order(name, false, descending);
		}

	}

}
