package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The norms of the fields matching scores, copied once per segment onto the heap: a term
 * scorer reads one norm per posting it scores, and reading them from the mapped norms
 * file (a byte at a time, each access checked) was a sixth of the retrieval of similar
 * problems. The values are the index's own, so every score is the same. A segment's
 * copies go when the segment closes.
 */
final class HeapNorms {

	private static final Map<IndexReader.CacheKey, Map<String, Values>> SEGMENTS = new ConcurrentHashMap<>();

	private HeapNorms() {
	}

	/**
	 * A field's norms in a segment, as {@link LeafReader#getNormValues(String)} gives
	 * them.
	 * @param reader the segment
	 * @param field the field
	 * @return its norms, {@code null} when it has none
	 * @throws IOException on index failure
	 */
	static @Nullable NumericDocValues of(LeafReader reader, String field) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return reader.getNormValues(field);
		}
		Map<String, Values> fields = SEGMENTS.computeIfAbsent(helper.getKey(), (key) -> {
			helper.addClosedListener(SEGMENTS::remove);
			return new ConcurrentHashMap<>();
		});
		Values values = fields.get(field);
		if (values == null) {
			values = Values.read(reader, field);
			fields.put(field, values);
		}
		if (values == Values.NONE) {
			return null;
		}
		return (values == Values.UNKNOWN) ? reader.getNormValues(field) : new Iterator(values);
	}

	/** Segments holding copies, for tests. */
	static int segments() {
		return SEGMENTS.size();
	}

	/**
	 * One field's norms in one segment: a byte per document, and which have the field.
	 */
	private record Values(byte[] norms, FixedBitSet present, int count) {

		/** The field has no norms in the segment. */
		static final Values NONE = new Values(new byte[0], new FixedBitSet(0), 0);

		/** A norm does not fit a byte: the index's own norms are read instead. */
		static final Values UNKNOWN = new Values(new byte[0], new FixedBitSet(0), 0);

		static Values read(LeafReader reader, String field) throws IOException {
			NumericDocValues in = reader.getNormValues(field);
			if (in == null) {
				return NONE;
			}
			int maxDoc = reader.maxDoc();
			byte[] norms = new byte[maxDoc];
			FixedBitSet present = new FixedBitSet(maxDoc);
			int count = 0;
			for (int doc = in.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = in.nextDoc()) {
				long value = in.longValue();
				if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
					return UNKNOWN;
				}
				norms[doc] = (byte) value;
				present.set(doc);
				count++;
			}
			return new Values(norms, present, count);
		}

	}

	/** The norms of one field as doc values, iterated over the heap copy. */
	private static final class Iterator extends NumericDocValues {

		private final byte[] norms;

		private final FixedBitSet present;

		private final int count;

		private int doc = -1;

		Iterator(Values values) {
			this.norms = values.norms();
			this.present = values.present();
			this.count = values.count();
		}

		@Override
		public long longValue() {
			return this.norms[this.doc];
		}

		@Override
		public void longValues(int size, int[] docs, int docsOffset, long[] values, int valuesOffset,
				long defaultValue) {
			// As the default reads them (advanceExact, then the value), without the
			// calls.
			for (int i = 0; i < size; i++) {
				int target = docs[docsOffset + i];
				values[valuesOffset + i] = this.present.get(target) ? this.norms[target] : defaultValue;
			}
			if (size > 0) {
				this.doc = docs[docsOffset + size - 1];
			}
		}

		@Override
		public boolean advanceExact(int target) {
			this.doc = target;
			return this.present.get(target);
		}

		@Override
		public int docID() {
			return this.doc;
		}

		@Override
		public int nextDoc() {
			return advance(this.doc + 1);
		}

		@Override
		public int advance(int target) {
			this.doc = (target >= this.norms.length) ? NO_MORE_DOCS : this.present.nextSetBit(target);
			return this.doc;
		}

		@Override
		public long cost() {
			return this.count;
		}

	}

}
