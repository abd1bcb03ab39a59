package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * The page of a window where thousands of matches tie on its number (most supported
 * first: most problems have as many supporters as the most supported), looked for among
 * the documents indexed last before all of them.
 * <p>
 * Ties fall to the newest store id, and Lucene visits documents in the order they were
 * indexed, oldest first: every tie beat the page found so far, so each entered the page's
 * queue, with every one of its numbers copied and compared (two thirds of a one-ward page
 * at 100,000 problems). The page among the last indexed matches is found first; its last
 * entry is then a bar that any document of the whole page reaches, and the whole window
 * is searched for the documents that reach it, checked on their numbers alone. The answer
 * is the window's page whatever the documents' order; that order only makes it cheap.
 */
final class LastIndexedFirst {

	/** Below this many matches in the window a page is cheap enough as it is. */
	private static final long TIES_WORTH_IT = 1_000;

	/** How many pages' worth of matches the last indexed documents should hold. */
	private static final int PAGES_IN_TAIL = 4;

	private LastIndexedFirst() {
	}

	/**
	 * The window's page, or null when its order is not of numbers alone (then the caller
	 * searches the window as it is).
	 * @param searcher the searcher
	 * @param window the window's query
	 * @param sort the list's whole order
	 * @param wanted how many documents the page needs, counting those before its offset
	 * @param matches about how many documents the window matches
	 * @return the top documents, or null
	 * @throws IOException when the index cannot be read
	 */
	static @Nullable TopDocs search(IndexSearcher searcher, Query window, Sort sort, int wanted, double matches)
			throws IOException {
		SortField[] fields = sort.getSort();
		if (matches < TIES_WORTH_IT || !Arrays.stream(fields)
			.allMatch((field) -> field.getType() == SortField.Type.LONG && field.getMissingValue() instanceof Long)) {
			return null;
		}
		int maxDoc = searcher.getIndexReader().maxDoc();
		// The share of the documents that holds a few pages' worth of matches, if the
		// matches are spread evenly.
		double share = PAGES_IN_TAIL * wanted / matches;
		for (; share < 1; share *= PAGES_IN_TAIL) {
			Query tail = new BooleanQuery.Builder().add(new Tail(share), BooleanClause.Occur.FILTER)
				.add(window, BooleanClause.Occur.FILTER)
				.build();
			TopDocs last = searcher.search(tail, collector(sort, wanted));
			if (last.scoreDocs.length >= wanted) {
				FieldDoc bar = (FieldDoc) last.scoreDocs[wanted - 1];
				Query reaching = new BooleanQuery.Builder().add(window, BooleanClause.Occur.FILTER)
					.add(new Reaching(fields, bar.fields), BooleanClause.Occur.FILTER)
					.build();
				return searcher.search(reaching, collector(sort, wanted));
			}
		}
		return null;
	}

	/**
	 * Every hit counted: Lucene then never looks for documents to skip by the first
	 * number's points, which the window has done already, and no longer estimates anew
	 * how many points are left each time the page's last entry changes.
	 */
	static TopFieldCollectorManager collector(Sort sort, int wanted) {
		return new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE);
	}

	/** The last indexed share of each segment's documents. */
	private static final class Tail extends Query {

		private final double share;

		Tail(double share) {
			this.share = share;
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
			return new ConstantScoreWeight(this, boost) {

				@Override
				public ScorerSupplier scorerSupplier(LeafReaderContext context) {
					int maxDoc = context.reader().maxDoc();
					int from = Math.max(0, maxDoc - (int) Math.ceil(maxDoc * Tail.this.share));
					if (from >= maxDoc) {
						return null;
					}
					Scorer scorer = new ConstantScoreScorer(score(), scoreMode, DocIdSetIterator.range(from, maxDoc));
					return new DefaultScorerSupplier(scorer);
				}

				@Override
				public boolean isCacheable(LeafReaderContext context) {
					return false;
				}

			};
		}

		@Override
		public void visit(QueryVisitor visitor) {
			visitor.visitLeaf(this);
		}

		@Override
		public String toString(String field) {
			return "LastIndexed(" + this.share + ")";
		}

		@Override
		public boolean equals(Object other) {
			return sameClassAs(other) && ((Tail) other).share == this.share;
		}

		@Override
		public int hashCode() {
			return classHash() ^ Double.hashCode(this.share);
		}

	}

	/**
	 * The documents whose numbers, in the order's terms, come before or with a page's
	 * last entry: read from doc values, first number first, as far as they tie.
	 */
	private static final class Reaching extends Query {

		private final String[] names;

		private final long[] missing;

		private final boolean[] descending;

		private final long[] bar;

		Reaching(SortField[] fields, Object[] bar) {
			this.names = new String[fields.length];
			this.missing = new long[fields.length];
			this.descending = new boolean[fields.length];
			this.bar = new long[fields.length];
			for (int i = 0; i < fields.length; i++) {
				this.names[i] = fields[i].getField();
				this.missing[i] = (Long) fields[i].getMissingValue();
				this.descending[i] = fields[i].getReverse();
				this.bar[i] = (Long) bar[i];
			}
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
			return new ConstantScoreWeight(this, boost) {

				@Override
				public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
					NumericDocValues[] values = new NumericDocValues[Reaching.this.names.length];
					for (int i = 0; i < values.length; i++) {
						values[i] = DocValues.getNumeric(context.reader(), Reaching.this.names[i]);
					}
					DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
					TwoPhaseIterator reaching = new TwoPhaseIterator(all) {

						@Override
						public boolean matches() throws IOException {
							int doc = all.docID();
							for (int i = 0; i < values.length; i++) {
								long value = values[i].advanceExact(doc) ? values[i].longValue()
										: Reaching.this.missing[i];
								int order = Long.compare(value, Reaching.this.bar[i]);
								if (order != 0) {
									return (order > 0) == Reaching.this.descending[i];
								}
							}
							return true;
						}

						@Override
						public float matchCost() {
							return values.length;
						}

					};
					return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, reaching));
				}

				@Override
				public boolean isCacheable(LeafReaderContext context) {
					return false;
				}

			};
		}

		@Override
		public void visit(QueryVisitor visitor) {
			visitor.visitLeaf(this);
		}

		@Override
		public String toString(String field) {
			return "Reaching(" + Arrays.toString(this.names) + " " + Arrays.toString(this.bar) + ")";
		}

		@Override
		public boolean equals(Object other) {
			if (!sameClassAs(other)) {
				return false;
			}
			Reaching that = (Reaching) other;
			return Arrays.equals(this.names, that.names) && Arrays.equals(this.missing, that.missing)
					&& Arrays.equals(this.descending, that.descending) && Arrays.equals(this.bar, that.bar);
		}

		@Override
		public int hashCode() {
			return classHash() ^ Objects.hash(Arrays.hashCode(this.names), Arrays.hashCode(this.bar));
		}

	}

}
