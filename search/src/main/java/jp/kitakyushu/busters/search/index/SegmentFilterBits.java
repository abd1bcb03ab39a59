package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matches of {@link SegmentFilterQuery}'s filters per segment, as bits, for the
 * segments large enough to be worth it.
 * <p>
 * A segment never changes once written (a deletion only marks documents, which searches
 * skip anyway), so a segment's bits stay right until it is merged away and closed, when
 * they are dropped. Each segment keeps the bits of its most recently used filters: a
 * filter names the reader's tokens, and signed-in readers each have their own.
 */
final class SegmentFilterBits {

	/** Smaller segments are walked as postings: short, and soon merged away. */
	static final int MIN_SEGMENT_DOCS = 8_192;

	/** 32 filters of a 100,000-document segment keep about 400 KB. */
	static final int FILTERS_PER_SEGMENT = 32;

	private static final Map<IndexReader.CacheKey, Map<Query, Matches>> SEGMENTS = new ConcurrentHashMap<>();

	private static final AtomicLong computed = new AtomicLong();

	private SegmentFilterBits() {
	}

	/**
	 * The filter's matches in a segment, worked out now if they are not kept yet.
	 * @param context the segment
	 * @param filter the filter, as the key
	 * @param matches the filter's weight, to find its matches with
	 * @return the matches, or {@code null} when the segment is too small to keep them
	 */
	static Matches of(LeafReaderContext context, Query filter, Weight matches) throws IOException {
		LeafReader reader = context.reader();
		IndexReader.CacheHelper core = reader.getCoreCacheHelper();
		if (reader.maxDoc() < MIN_SEGMENT_DOCS || core == null) {
			return null;
		}
		Map<Query, Matches> filters = SEGMENTS.computeIfAbsent(core.getKey(), (key) -> {
			core.addClosedListener(SEGMENTS::remove);
			return new RecentlyUsed();
		});
		synchronized (filters) {
			Matches kept = filters.get(filter);
			if (kept != null) {
				return kept;
			}
		}
		Matches found = find(reader.maxDoc(), matches.scorer(context));
		computed.incrementAndGet();
		synchronized (filters) {
			filters.put(filter, found);
		}
		return found;
	}

	/** How many times bits were worked out, for tests. */
	static long computed() {
		return computed.get();
	}

	private static Matches find(int maxDoc, Scorer scorer) throws IOException {
		FixedBitSet bits = new FixedBitSet(maxDoc);
		if (scorer != null) {
			TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
			DocIdSetIterator iterator = (twoPhase != null) ? TwoPhaseIterator.asDocIdSetIterator(twoPhase)
					: scorer.iterator();
			for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
				bits.set(doc);
			}
		}
		return new Matches(bits, bits.cardinality());
	}

	/**
	 * A filter's matches in one segment, deleted documents included.
	 *
	 * @param bits the matching documents
	 * @param count how many there are
	 */
	record Matches(FixedBitSet bits, int count) {
	}

	/** A segment's filters, the least recently used dropped first. */
	private static final class RecentlyUsed extends LinkedHashMap<Query, Matches> {

		RecentlyUsed() {
			super(16, 0.75f, true);
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<Query, Matches> eldest) {
			return size() > FILTERS_PER_SEGMENT;
		}

	}

}
