package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Puts a few candidates of a list in the list's whole order (its orders, then the id) by
 * reading their values here, in the order Lucene's sort gives: numbers with a missing one
 * below every number, sort keys with a missing one below every key, each reversed when
 * descending. Lucene's comparator copies a sort key's bytes (a terms-dictionary lookup)
 * for every document that enters the page; here a key's bytes are read only when the
 * orders before it tie between documents of different segments.
 */
final class CandidateSort {

	/** The most candidates sorted here; beyond, Lucene's sort is used. */
	static final int MAX_CANDIDATES = 512;

	private CandidateSort() {
	}

	/**
	 * The global document numbers of the first {@code wanted} matches of the query in the
	 * whole order, or null when more than {@link #MAX_CANDIDATES} match.
	 * @param searcher the searcher
	 * @param query the candidates
	 * @param orders the list's orders
	 * @param wanted how many of the first are needed
	 * @return the first documents, in order, or null
	 */
	static int @Nullable [] first(IndexSearcher searcher, Query query, List<ListRequest.Order> orders, int wanted)
			throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
		List<Candidate> candidates = new ArrayList<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			Values values = new Values(leaf, orders);
			Bits live = leaf.reader().getLiveDocs();
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (live != null && !live.get(doc)) {
					continue;
				}
				if (candidates.size() == MAX_CANDIDATES) {
					return null;
				}
				candidates.add(values.read(doc));
			}
		}
		candidates.sort(order(orders));
		return candidates.stream().limit(wanted).mapToInt(Candidate::globalDoc).toArray();
	}

	private static Comparator<Candidate> order(List<ListRequest.Order> orders) {
		int count = orders.size();
		boolean[] numeric = new boolean[count];
		boolean[] descending = new boolean[count];
		for (int i = 0; i < count; i++) {
			numeric[i] = orders.get(i).numeric();
			descending[i] = orders.get(i).descending();
		}
		return (a, b) -> {
			for (int i = 0; i < count; i++) {
				int natural = numeric[i] ? Long.compare(a.numbers[i], b.numbers[i]) : compareKeys(a, b, i);
				if (natural != 0) {
					return descending[i] ? -natural : natural;
				}
			}
			int id = compareKeys(a, b, count);
			return (id != 0) ? id : Integer.compare(a.globalDoc(), b.globalDoc());
		};
	}

	/** Ordinals order keys within a segment; across segments the bytes do. */
	private static int compareKeys(Candidate a, Candidate b, int field) {
		if (a.values == b.values) {
			return Integer.compare(a.ords[field], b.ords[field]);
		}
		BytesRef left = a.key(field);
		BytesRef right = b.key(field);
		if (left == null || right == null) {
			return (left == null) ? ((right == null) ? 0 : -1) : 1;
		}
		return left.compareTo(right);
	}

	/** One segment's values of the orders' fields, then of the id. */
	private static final class Values {

		private final int docBase;

		private final @Nullable NumericDocValues[] numbers;

		private final @Nullable SortedDocValues[] keys;

		Values(LeafReaderContext leaf, List<ListRequest.Order> orders) throws IOException {
			this.docBase = leaf.docBase;
			this.numbers = new NumericDocValues[orders.size()];
			this.keys = new SortedDocValues[orders.size() + 1];
			for (int i = 0; i < orders.size(); i++) {
				ListRequest.Order order = orders.get(i);
				if (order.numeric()) {
					this.numbers[i] = leaf.reader().getNumericDocValues(IndexFields.number(order.name()));
				}
				else {
					this.keys[i] = leaf.reader().getSortedDocValues(IndexFields.sortKey(order.name()));
				}
			}
			this.keys[orders.size()] = leaf.reader().getSortedDocValues(IndexFields.ID);
		}

		/** A document's values; documents are read in increasing order. */
		Candidate read(int doc) throws IOException {
			long[] numberValues = new long[this.numbers.length];
			int[] ords = new int[this.keys.length];
			for (int i = 0; i < this.keys.length; i++) {
				NumericDocValues number = (i < this.numbers.length) ? this.numbers[i] : null;
				if (number != null) {
					numberValues[i] = number.advanceExact(doc) ? number.longValue() : Long.MIN_VALUE;
				}
				else if (i < this.numbers.length && this.keys[i] == null) {
					numberValues[i] = Long.MIN_VALUE;
				}
				SortedDocValues key = this.keys[i];
				ords[i] = (key != null && key.advanceExact(doc)) ? key.ordValue() : -1;
			}
			return new Candidate(this, doc, numberValues, ords);
		}

		@Nullable BytesRef lookup(int field, int ord) throws IOException {
			SortedDocValues key = this.keys[field];
			return (key == null || ord < 0) ? null : BytesRef.deepCopyOf(key.lookupOrd(ord));
		}

	}

	/** A candidate with its values; a key's bytes are read when first compared. */
	private static final class Candidate {

		final Values values;

		final int doc;

		final long[] numbers;

		final int[] ords;

		private final @Nullable BytesRef[] bytes;

		private final boolean[] read;

		Candidate(Values values, int doc, long[] numbers, int[] ords) {
			this.values = values;
			this.doc = doc;
			this.numbers = numbers;
			this.ords = ords;
			this.bytes = new BytesRef[ords.length];
			this.read = new boolean[ords.length];
		}

		int globalDoc() {
			return this.values.docBase + this.doc;
		}

		@Nullable BytesRef key(int field) {
			if (!this.read[field]) {
				try {
					this.bytes[field] = this.values.lookup(field, this.ords[field]);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
				this.read[field] = true;
			}
			return this.bytes[field];
		}

	}

}
