package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.search.index.IndexFields;

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
 * statistics). A segment's entries go when the segment is closed.
 */
final class TermStatesCache {

	/**
	 * Entries kept per segment before its entries are dropped and gathered anew: a bound
	 * on memory (a few hundred bytes each) that the words of everyday problems stay
	 * under.
	 */
	static final int MAX_ENTRIES_PER_SEGMENT = 200_000;

	private static final Entry ABSENT = new Entry(null, 0, 0);

	private static final Map<IndexReader.CacheKey, Map<Term, Entry>> BY_SEGMENT = new ConcurrentHashMap<>();

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
		IndexReaderContext top = searcher.getTopReaderContext();
		TermStates states = new TermStates(top);
		for (LeafReaderContext leaf : top.leaves()) {
			Entry entry = lookUp(leaf, term);
			if (entry.state() != null) {
				states.register(entry.state(), leaf.ord, entry.docFreq(), entry.totalTermFreq());
			}
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
		boolean found = false;
		for (LeafReaderContext leaf : top.leaves()) {
			Entry entry = lookUp(leaf, mirror);
			if (entry.state() != null) {
				states.register(entry.state(), leaf.ord);
				found = true;
			}
		}
		states.accumulateStatistics(statistics.docFreq(), statistics.totalTermFreq());
		return found ? states : null;
	}

	private static Entry lookUp(LeafReaderContext leaf, Term term) throws IOException {
		IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
		if (helper == null) {
			return read(leaf, term);
		}
		Map<Term, Entry> segment = BY_SEGMENT.get(helper.getKey());
		if (segment == null) {
			segment = new ConcurrentHashMap<>();
			Map<Term, Entry> raced = BY_SEGMENT.putIfAbsent(helper.getKey(), segment);
			if (raced != null) {
				segment = raced;
			}
			else {
				helper.addClosedListener(BY_SEGMENT::remove);
			}
		}
		Entry entry = segment.get(term);
		if (entry == null) {
			entry = read(leaf, term);
			if (segment.size() >= MAX_ENTRIES_PER_SEGMENT) {
				segment.clear();
			}
			segment.put(term, entry);
		}
		return entry;
	}

	private static Entry read(LeafReaderContext leaf, Term term) throws IOException {
		Terms terms = leaf.reader().terms(term.field());
		if (terms == null) {
			return ABSENT;
		}
		TermsEnum iterator = terms.iterator();
		if (!iterator.seekExact(term.bytes())) {
			return ABSENT;
		}
		return new Entry(iterator.termState(), iterator.docFreq(), iterator.totalTermFreq());
	}

	/** A term's state in one segment, or none when the segment lacks the term. */
	private record Entry(TermState state, int docFreq, long totalTermFreq) {
	}

}
