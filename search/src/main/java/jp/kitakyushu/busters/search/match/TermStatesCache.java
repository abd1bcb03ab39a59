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
 * statistics). A segment's entries go when the segment is closed. The states gathered
 * over a whole reader's segments are kept too, per reader, so a word a request has seen
 * before costs one lookup instead of one per segment; they go when that reader closes (a
 * reopened reader gathers its own from the segment entries).
 */
final class TermStatesCache {

	/**
	 * Entries kept per segment before its entries are dropped and gathered anew: a bound
	 * on memory (a few hundred bytes each) that the words of everyday problems stay
	 * under.
	 */
	static final int MAX_ENTRIES_PER_SEGMENT = 200_000;

	private static final Entry ABSENT = new Entry(null, 0, 0);

	/**
	 * Terms kept per reader before its entries are dropped and gathered anew; each holds
	 * a state per segment.
	 */
	static final int MAX_ENTRIES_PER_READER = 100_000;

	private static final Map<IndexReader.CacheKey, Map<Term, Entry>> BY_SEGMENT = new ConcurrentHashMap<>();

	private static final Map<IndexReader.CacheKey, Map<Term, Gathered>> BY_READER = new ConcurrentHashMap<>();

	/**
	 * States with the curated documents' statistics: the same terms, other statistics.
	 */
	private static final Map<IndexReader.CacheKey, Map<Term, Gathered>> CURATED_BY_READER = new ConcurrentHashMap<>();

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
		Map<Term, Gathered> reader = readerEntries(searcher);
		Gathered known = (reader != null) ? reader.get(term) : null;
		if (known != null) {
			return known.states();
		}
		TermStates states = gather(searcher, term);
		keep(reader, term, new Gathered(states));
		return states;
	}

	private static TermStates gather(IndexSearcher searcher, Term term) throws IOException {
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
		// The statistics are the mirrored term's in the same reader: the mirror term
		// alone identifies the result.
		Map<Term, Gathered> reader = readerEntries(searcher);
		Gathered known = (reader != null) ? reader.get(mirror) : null;
		if (known != null) {
			return known.states();
		}
		TermStates states = gatherMirror(searcher, mirror, statistics);
		keep(reader, mirror, new Gathered(states));
		return states;
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
		Map<Term, Gathered> reader = readerEntries(CURATED_BY_READER, searcher);
		Gathered known = (reader != null) ? reader.get(term) : null;
		if (known != null) {
			return known.states();
		}
		String statisticsField = CuratedStatisticsSearcher.statisticsField(term.field());
		// From the segments' own entries, never from the reader's: those may hold a
		// mirror term with its mirrored field's statistics.
		TermStates statistics = gather(searcher, new Term(statisticsField, term.bytes()));
		TermStates states;
		if (statisticsField.equals(term.field())) {
			states = statistics;
		}
		else if (statistics.docFreq() <= 0) {
			states = new TermStates(searcher.getTopReaderContext());
		}
		else {
			TermStates found = gatherMirror(searcher, term, statistics);
			states = (found != null) ? found : new TermStates(searcher.getTopReaderContext());
		}
		keep(reader, term, new Gathered(states));
		return states;
	}

	/**
	 * How many readers have entries: each goes when its reader closes.
	 * @return the count
	 */
	static int readersKept() {
		return BY_READER.size();
	}

	private static @Nullable Map<Term, Gathered> readerEntries(IndexSearcher searcher) {
		return readerEntries(BY_READER, searcher);
	}

	private static @Nullable Map<Term, Gathered> readerEntries(Map<IndexReader.CacheKey, Map<Term, Gathered>> byReader,
			IndexSearcher searcher) {
		IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
		if (helper == null) {
			return null;
		}
		Map<Term, Gathered> entries = byReader.get(helper.getKey());
		if (entries == null) {
			entries = new ConcurrentHashMap<>();
			Map<Term, Gathered> raced = byReader.putIfAbsent(helper.getKey(), entries);
			if (raced != null) {
				entries = raced;
			}
			else {
				helper.addClosedListener(byReader::remove);
			}
		}
		return entries;
	}

	private static void keep(@Nullable Map<Term, Gathered> reader, Term term, Gathered gathered) {
		if (reader == null) {
			return;
		}
		if (reader.size() >= MAX_ENTRIES_PER_READER) {
			reader.clear();
		}
		reader.put(term, gathered);
	}

	private static @Nullable TermStates gatherMirror(IndexSearcher searcher, Term mirror, TermStates statistics)
			throws IOException {
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

	/**
	 * A term's states over a reader's segments, or none when a mirror term is in no
	 * segment. Shared by the requests on that reader: term queries only read them.
	 */
	private record Gathered(@Nullable TermStates states) {
	}

	/** A term's state in one segment, or none when the segment lacks the term. */
	private record Entry(TermState state, int docFreq, long totalTermFreq) {
	}

}
