package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.match.SegmentTermStates.Wanted;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

/**
 * Term dictionary lookups of source terms, kept per segment: every match looks up each of
 * its terms in each field of each segment, and the same words come back request after
 * request, while a segment's dictionary never changes (deletions do not change term
 * statistics). A segment's lookups are packed in a few arrays ({@link SegmentTermStates})
 * and go when the segment is closed. A request gathers a term's states over the reader's
 * segments from them: no term is kept per reader (a reader keeps only the list of its
 * segments' tables), so a reopened reader shares its unchanged segments' lookups, and
 * what lives long is arrays, not objects.
 */
final class TermStatesCache {

	/**
	 * Entries kept per segment before its entries are dropped and gathered anew: a bound
	 * on memory (about a hundred bytes each) that the words of everyday problems stay
	 * under.
	 */
	static final int MAX_ENTRIES_PER_SEGMENT = 200_000;

	private static final Map<IndexReader.CacheKey, SegmentTermStates> BY_SEGMENT = new ConcurrentHashMap<>();

	/**
	 * Each open reader's segments' lookups by leaf ordinal (one small array per reader),
	 * so a term's lookup does not find its segment's table anew in every segment.
	 */
	private static final Map<IndexReader.CacheKey, SegmentTermStates[]> BY_READER = new ConcurrentHashMap<>();

	private TermStatesCache() {
	}

	/**
	 * The term's states in every segment of the searcher's reader, with its statistics,
	 * as {@link TermStates#build(IndexSearcher, Term, boolean)} would give them.
	 * @param searcher the searcher
	 * @param term the term
	 * @return the states
	 * @throws IOException on index failure
	 */
	static TermStates build(IndexSearcher searcher, Term term) throws IOException {
		return gather(searcher, term, Wanted.STATE_AND_STATISTICS);
	}

	private static TermStates gather(IndexSearcher searcher, Term term, Wanted wanted) throws IOException {
		IndexReaderContext top = searcher.getTopReaderContext();
		TermStates states = new TermStates(top);
		TermKey key = TermKey.of(term);
		SegmentTermStates[] segments = segments(top);
		for (LeafReaderContext leaf : top.leaves()) {
			lookUp(leaf, segments[leaf.ord], term, key, states, wanted);
		}
		return states;
	}

	/**
	 * The states of a mirror field's term (see {@link IndexFields#member(String)}) with
	 * the statistics of the term in the field it mirrors, so it scores alike.
	 * @param searcher the searcher
	 * @param mirror the term in the mirror field
	 * @param statistics the term's states in the mirrored field
	 * @return the states, or {@code null} when no segment has the mirror term
	 * @throws IOException on index failure
	 */
	static @Nullable TermStates mirror(IndexSearcher searcher, Term mirror, TermStates statistics) throws IOException {
		IndexReaderContext top = searcher.getTopReaderContext();
		TermStates states = new TermStates(top);
		TermKey key = TermKey.of(mirror);
		SegmentTermStates[] segments = segments(top);
		boolean found = false;
		for (LeafReaderContext leaf : top.leaves()) {
			found |= lookUp(leaf, segments[leaf.ord], mirror, key, states, Wanted.STATE);
		}
		states.accumulateStatistics(statistics.docFreq(), statistics.totalTermFreq());
		return found ? states : null;
	}

	/**
	 * The term's states with the statistics of the curated documents only (themes and
	 * their members, see {@link CuratedStatisticsSearcher}): an analysed field's term
	 * takes its mirror term's statistics, a mirror term keeps its own.
	 * @param searcher the searcher
	 * @param term the term, in an analysed field or its mirror
	 * @return the states; with no document frequency when no curated document has the
	 * term
	 * @throws IOException on index failure
	 */
	static TermStates curated(IndexSearcher searcher, Term term) throws IOException {
		String statisticsField = CuratedStatisticsSearcher.statisticsField(term.field());
		if (statisticsField.equals(term.field())) {
			return build(searcher, term);
		}
		// Only the statistics field's frequencies are used: no states are made for it.
		TermStates statistics = gather(searcher, new Term(statisticsField, term.bytes()), Wanted.STATISTICS);
		if (statistics.docFreq() <= 0) {
			return new TermStates(searcher.getTopReaderContext());
		}
		TermStates found = mirror(searcher, term, statistics);
		return (found != null) ? found : new TermStates(searcher.getTopReaderContext());
	}

	/**
	 * How many segments have lookups kept: each goes when its segment closes.
	 * @return the count
	 */
	static int segmentsKept() {
		return BY_SEGMENT.size();
	}

	/**
	 * How many readers have their segments' lookups at hand: each goes when its reader
	 * closes.
	 * @return the count
	 */
	static int readersKept() {
		return BY_READER.size();
	}

	/**
	 * Adds the term's state or statistics in the segment to {@code into}, from the
	 * segment's kept lookups or, the first time, its dictionary.
	 * @return whether the segment has the term
	 */
	private static boolean lookUp(LeafReaderContext leaf, @Nullable SegmentTermStates segment, Term term, TermKey key,
			TermStates into, Wanted wanted) throws IOException {
		if (segment != null) {
			int known = segment.register(key, into, leaf.ord, wanted);
			if (known != SegmentTermStates.UNKNOWN) {
				return known == SegmentTermStates.FOUND;
			}
		}
		Terms terms = leaf.reader().terms(term.field());
		TermsEnum iterator = (terms != null) ? terms.iterator() : null;
		if (iterator == null || !iterator.seekExact(term.bytes())) {
			if (segment != null) {
				segment.keep(key, null, 0, 0);
			}
			return false;
		}
		TermState state = iterator.termState();
		int docFreq = iterator.docFreq();
		long totalTermFreq = iterator.totalTermFreq();
		if (segment != null) {
			segment.keep(key, state, docFreq, totalTermFreq);
		}
		wanted.add(into, state, leaf.ord, docFreq, totalTermFreq);
		return true;
	}

	/**
	 * The lookups of each of the reader's segments by leaf ordinal; {@code null} for a
	 * segment that cannot say when it closes (nothing is kept for it).
	 */
	private static @Nullable SegmentTermStates[] segments(IndexReaderContext top) {
		IndexReader.CacheHelper readerHelper = top.reader().getReaderCacheHelper();
		SegmentTermStates[] segments = (readerHelper != null) ? BY_READER.get(readerHelper.getKey()) : null;
		if (segments != null) {
			return segments;
		}
		segments = new SegmentTermStates[top.leaves().size()];
		for (LeafReaderContext leaf : top.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
			segments[leaf.ord] = (helper != null) ? segment(helper) : null;
		}
		if (readerHelper != null && BY_READER.putIfAbsent(readerHelper.getKey(), segments) == null) {
			readerHelper.addClosedListener(BY_READER::remove);
		}
		return segments;
	}

	private static SegmentTermStates segment(IndexReader.CacheHelper helper) {
		SegmentTermStates segment = BY_SEGMENT.get(helper.getKey());
		if (segment == null) {
			segment = new SegmentTermStates(MAX_ENTRIES_PER_SEGMENT);
			SegmentTermStates raced = BY_SEGMENT.putIfAbsent(helper.getKey(), segment);
			if (raced != null) {
				segment = raced;
			}
			else {
				helper.addClosedListener(BY_SEGMENT::remove);
			}
		}
		return segment;
	}

}
