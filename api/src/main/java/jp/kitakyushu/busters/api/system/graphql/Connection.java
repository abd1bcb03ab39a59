package jp.kitakyushu.busters.api.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection: a page of items with their cursors, the page info and the total
 * count.
 *
 * @param <T> the item type
 * @param edges the items with their cursors
 * @param pageInfo where this page sits in the list
 * @param totalCount how many items the whole list holds
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/** Builds a connection from one page of items read at {@code page}'s offset. */
	public static <T> Connection<T> of(List<T> items, PageRequest page, long totalCount) {
		List<Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Edge<>(items.get(i), PageRequest.cursor(page.offset() + i)));
		}
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		boolean hasNext = page.offset() + items.size() < totalCount;
		return new Connection<>(edges, new PageInfo(hasNext, page.offset() > 0, start, end), totalCount);
	}

	/** The items without their cursors. */
	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/** The same page with every item mapped, e.g. to a view that hides private fields. */
	public <R> Connection<R> map(Function<T, R> mapper) {
		return new Connection<>(
				this.edges.stream().map((edge) -> new Edge<>(mapper.apply(edge.node()), edge.cursor())).toList(),
				this.pageInfo, this.totalCount);
	}

	/**
	 * One item and its cursor.
	 *
	 * @param <T> the item type
	 * @param node the item
	 * @param cursor where to continue after this item
	 */
	public record Edge<T>(T node, String cursor) {
	}

	/**
	 * Relay page info.
	 *
	 * @param hasNextPage whether items follow this page
	 * @param hasPreviousPage whether items precede this page
	 * @param startCursor the first item's cursor
	 * @param endCursor the last item's cursor
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage,
			@org.jspecify.annotations.Nullable String startCursor,
			@org.jspecify.annotations.Nullable String endCursor) {
	}

}
