package jp.kitakyushu.busters.search.query;

import java.io.IOException;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * The first page of a list ordered largest number first (newest first, most supported
 * first), looked for among the largest values of that number before the whole list.
 * <p>
 * Lucene visits documents in the order they were indexed, and new documents come last:
 * newest first, each of them beat the page found so far, so every one entered the page's
 * queue and moved the bar the others are skipped by (a third of a newest page's CPU at
 * 100,000 problems). If the matches whose number is at least {@code t} fill the page,
 * they hold the whole page, ties included, since every other match has a smaller number:
 * so the page is searched among the matches above a bar chosen to let through a few
 * pages' worth, lowered while they do not fill it, and the whole list is searched only
 * when no such bar does.
 */
final class LargestFirstWindow {

	/** Below this many matches a page the whole list is cheap enough. */
	private static final int PAGES_WORTH_A_WINDOW = 16;

	/**
	 * How many pages' worth of matches the first window should hold, if spread evenly.
	 */
	private static final double PAGES_IN_FIRST_WINDOW = 4;

	/** How much wider each next window is. */
	private static final double WIDER = 8;

	private LargestFirstWindow() {
	}

	/**
	 * The page's top documents found in a window of the largest values, or null when the
	 * request is not ordered largest first by a number or no window fills the page (the
	 * caller then searches the whole list).
	 * @param searcher the searcher
	 * @param query the list's filter
	 * @param sort the list's whole order
	 * @param request the request, whose first order decides
	 * @param wanted how many documents the page needs, counting those before its offset
	 * @param total how many documents match the filter
	 * @return the top documents, or null
	 * @throws IOException when the index cannot be read
	 */
	static @Nullable TopDocs search(IndexSearcher searcher, Query query, Sort sort, ListRequest request, int wanted,
			long total) throws IOException {
		if (request.order().isEmpty() || total < (long) wanted * PAGES_WORTH_A_WINDOW) {
			return null;
		}
		ListRequest.Order first = request.order().get(0);
		if (first.kind() != ListRequest.Kind.NUMBER || !first.descending()) {
			return null;
		}
		String field = IndexFields.number(first.name());
		long max = Long.MIN_VALUE;
		long min = Long.MAX_VALUE;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			PointValues points = leaf.reader().getPointValues(field);
			if (points != null && points.size() > 0) {
				max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
				min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
			}
		}
		if (max <= min) {
			return null;
		}
		// In doubles, so that the width of any two longs fits; a bar rounded either
		// way is still a correct bar, only a less fitting one.
		double width = (double) max - (double) min;
		for (double share = PAGES_IN_FIRST_WINDOW * wanted / total; share < 1; share *= WIDER) {
			double bar = max - Math.ceil(width * share);
			if (bar <= min) {
				return null;
			}
			Query window = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
				.add(LongPoint.newRangeQuery(field, (long) bar, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
				.build();
			TopDocs top = searcher.search(window, new TopFieldCollectorManager(sort, wanted, wanted));
			if (top.scoreDocs.length >= wanted) {
				return top;
			}
		}
		return null;
	}

}
