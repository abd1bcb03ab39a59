package jp.kitakyushu.busters.search.query;

import java.io.IOException;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Finds, from a number's points, a range of its largest values that holds at least a page
 * of a list's matches, so that only those need sorting.
 */
final class TopRange {

	/**
	 * Ranges tried before giving up: each is four times as wide as the one before, and
	 * the first is twice what the matches' share of the documents suggests.
	 */
	private static final int MAX_TRIES = 6;

	private TopRange() {
	}

	/**
	 * The query narrowed to the documents whose number is at least some value, chosen so
	 * that at least {@code wanted} matches remain; null when the points cannot tell one
	 * (no document has the number, or fewer than {@code wanted} matches have it).
	 * @param searcher the searcher
	 * @param query the list's query
	 * @param field the number's field (points and doc values of one value per document)
	 * @param wanted how many matches the page needs
	 * @param total how many documents match the query
	 * @return the narrowed query, or null
	 */
	static @Nullable Query narrow(IndexSearcher searcher, Query query, String field, int wanted, long total)
			throws IOException {
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		long withNumber = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			PointValues points = leaf.reader().getPointValues(field);
			if (points != null) {
				min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
				max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
				withNumber += points.getDocCount();
			}
		}
		long span = max - min;
		if (withNumber == 0 || span < 0) {
			// No points, or a span beyond a long: sorting finds the page instead.
			return null;
		}
		double share = Math.min(1.0, 2.0 * wanted / Math.max(1, Math.min(total, withNumber)));
		long width = Math.max(1, (long) (span * share));
		for (int tries = 0; tries < MAX_TRIES; tries++) {
			long from = (width >= span) ? min : max - width;
			if (from == Long.MIN_VALUE) {
				// Missing numbers sort as this value: they would tie with it outside the
				// range.
				return null;
			}
			Query narrowed = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
				.add(LongPoint.newRangeQuery(field, from, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
				.build();
			if (searcher.count(narrowed) >= wanted) {
				return narrowed;
			}
			if (from == min) {
				return null;
			}
			width = (width > span / 4) ? span : width * 4;
		}
		return null;
	}

}
