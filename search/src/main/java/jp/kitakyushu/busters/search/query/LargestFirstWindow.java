package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PointValues.IntersectVisitor;
import org.apache.lucene.index.PointValues.PointTree;
import org.apache.lucene.index.PointValues.Relation;
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
 * so the page is searched among the matches above a bar that lets through a few pages'
 * worth, lowered while they do not fill it, and the whole list is searched only when no
 * such bar does.
 * <p>
 * The bar is read off the number's points: the value that many documents' numbers reach,
 * found by walking down the points' tree from its largest side, when the numbers span
 * fewer values than there are documents. An even spread of the values between the
 * smallest and the largest chose a bar that let through half of a ward, most supported
 * first (supporter counts 0 to 3: the bar one below the largest value); numbers spread
 * wider than that (creation times) keep the even spread, which costs nothing to choose.
 */
final class LargestFirstWindow {

	/** Below this many matches a page the whole list is cheap enough. */
	private static final int PAGES_WORTH_A_WINDOW = 16;

	/** How many pages' worth of matches the first window should hold. */
	private static final long PAGES_IN_FIRST_WINDOW = 4;

	/** How much wider each next window is. */
	private static final long WIDER = 8;

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
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		long withNumber = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			PointValues points = leaf.reader().getPointValues(field);
			if (points != null && points.size() > 0) {
				min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
				max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
				withNumber += points.size();
			}
		}
		if (withNumber == 0) {
			return null;
		}
		// Numbers spread wider than there are documents (creation times) seldom tie, and
		// a
		// bar spread evenly between the smallest and the largest costs nothing to choose;
		// reading it off the points cost the newest page 15-19 %.
		if ((double) max - (double) min >= withNumber) {
			return evenlySpread(searcher, query, sort, field, wanted, total, min, max);
		}
		// The filter is assumed to let through as large a share of the documents with a
		// number at every value: a window of the documents whose numbers are among the
		// largest n holds n * total / withNumber matches.
		double share = Math.min(1, (double) total / withNumber);
		for (double pages = PAGES_IN_FIRST_WINDOW; pages * wanted / share < withNumber; pages *= WIDER) {
			long bar = bar(searcher, field, pages * wanted / share);
			if (bar <= min) {
				return null;
			}
			Query range = LongPoint.newRangeQuery(field, bar, Long.MAX_VALUE);
			Query window = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER)
				.add(range, BooleanClause.Occur.FILTER)
				.build();
			// Ties let many more documents through than the bar was chosen for.
			TopDocs top = LastIndexedFirst.search(searcher, window, sort, wanted,
					atLeast(searcher, field, bar) * share);
			if (top == null) {
				top = searcher.search(window, LastIndexedFirst.collector(sort, wanted));
			}
			if (top.scoreDocs.length >= wanted) {
				return top;
			}
		}
		return null;
	}

	/**
	 * The window search with bars spread evenly between the smallest and the largest
	 * number, for numbers that seldom tie.
	 */
	private static @Nullable TopDocs evenlySpread(IndexSearcher searcher, Query query, Sort sort, String field,
			int wanted, long total, long min, long max) throws IOException {
		// In doubles, so that the width of any two longs fits; a bar rounded either way
		// is
		// still a correct bar, only a less fitting one.
		double width = (double) max - (double) min;
		for (double share = (double) PAGES_IN_FIRST_WINDOW * wanted / total; share < 1; share *= WIDER) {
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

	/**
	 * A bar that at least {@code count} numbers reach: of the values that as many numbers
	 * of each segment reach (all of a smaller segment's), the largest that as many
	 * numbers of the whole index reach. Not simply the smallest of them, as a segment of
	 * a few new documents would pull the bar down to its own numbers; nor the largest, as
	 * a filter may let through only older segments' documents.
	 */
	private static long bar(IndexSearcher searcher, String field, double count) throws IOException {
		long rank = Math.max(1, (long) Math.ceil(count));
		long[] candidates = searcher.getIndexReader().leaves().stream().mapToLong((leaf) -> {
			try {
				PointValues points = leaf.reader().getPointValues(field);
				if (points == null || points.size() == 0) {
					return Long.MIN_VALUE;
				}
				return (points.size() >= rank) ? largest(points.getPointTree(), rank)
						: LongPoint.decodeDimension(points.getMinPackedValue(), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).sorted().distinct().toArray();
		for (int i = candidates.length - 1; i >= 0 && candidates[i] != Long.MIN_VALUE; i--) {
			if (atLeast(searcher, field, candidates[i]) >= rank) {
				return candidates[i];
			}
		}
		return Long.MIN_VALUE;
	}

	/** How many numbers reach the bar, deleted documents' too. */
	private static long atLeast(IndexSearcher searcher, String field, long bar) throws IOException {
		long count = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			PointValues points = leaf.reader().getPointValues(field);
			if (points != null && points.size() > 0) {
				count += atLeast(points.getPointTree(), bar);
			}
		}
		return count;
	}

	private static long atLeast(PointTree tree, long bar) throws IOException {
		if (LongPoint.decodeDimension(tree.getMinPackedValue(), 0) >= bar) {
			return tree.size();
		}
		if (LongPoint.decodeDimension(tree.getMaxPackedValue(), 0) < bar) {
			return 0;
		}
		if (tree.moveToChild()) {
			long count = atLeast(tree, bar);
			while (tree.moveToSibling()) {
				count += atLeast(tree, bar);
			}
			tree.moveToParent();
			return count;
		}
		long[] count = { 0 };
		tree.visitDocValues(new IntersectVisitor() {

			@Override
			public void visit(int docID) {
				count[0]++;
			}

			@Override
			public void visit(int docID, byte[] packedValue) {
				if (LongPoint.decodeDimension(packedValue, 0) >= bar) {
					count[0]++;
				}
			}

			@Override
			public Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
				return (LongPoint.decodeDimension(minPackedValue, 0) >= bar) ? Relation.CELL_INSIDE_QUERY
						: Relation.CELL_CROSSES_QUERY;
			}

		});
		return count[0];
	}

	/**
	 * The {@code rank}-th largest number of a segment (1 for the largest): with one
	 * dimension a tree's leaves hold ever larger numbers from left to right, so it is
	 * found down the path whose larger side holds it, then among one leaf's numbers.
	 */
	static long largest(PointTree tree, long rank) throws IOException {
		long left = rank;
		while (tree.moveToChild()) {
			// On the smaller side; its sibling holds the larger numbers.
			tree.moveToSibling();
			long larger = tree.size();
			if (larger < left) {
				left -= larger;
				tree.moveToParent();
				tree.moveToChild();
			}
		}
		long[] values = new long[Math.toIntExact(tree.size())];
		int[] count = { 0 };
		tree.visitDocValues(new IntersectVisitor() {

			@Override
			public void visit(int docID) {
				throw new IllegalStateException("a leaf's numbers are visited with their values");
			}

			@Override
			public void visit(int docID, byte[] packedValue) {
				if (count[0] == values.length) {
					throw new IllegalStateException("a leaf holds more numbers than its size");
				}
				values[count[0]++] = LongPoint.decodeDimension(packedValue, 0);
			}

			@Override
			public Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
				return Relation.CELL_CROSSES_QUERY;
			}

		});
		Arrays.sort(values, 0, count[0]);
		return values[Math.max(0, count[0] - (int) Math.min(left, count[0]))];
	}

}
