package jp.kitakyushu.busters.search.match;

import java.io.IOException;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

/**
 * Which documents a match's word statistics count, told by the searcher it runs on: the
 * whole index for similar problems and search, or only the curated documents (themes and
 * their members) when the searcher is a {@link CuratedStatisticsSearcher}, as theme
 * matching's is. Term selection and the matching query ask here instead of testing the
 * searcher's class themselves.
 */
final class StatisticsScope {

	private StatisticsScope() {
	}

	/**
	 * How many documents a word's document frequency is weighed against.
	 * @param searcher the match's searcher
	 * @return the number of documents the statistics count
	 * @throws IOException on index failure
	 */
	static int documents(IndexSearcher searcher) throws IOException {
		return (searcher instanceof CuratedStatisticsSearcher curated) ? curated.documents()
				: searcher.getIndexReader().numDocs();
	}

	/**
	 * A term's states with the statistics of the scope.
	 * @param searcher the match's searcher
	 * @param term an analysed field's term
	 * @return its states
	 * @throws IOException on index failure
	 */
	static TermStates states(IndexSearcher searcher, Term term) throws IOException {
		return (searcher instanceof CuratedStatisticsSearcher) ? TermStatesCache.curated(searcher, term)
				: TermStatesCache.build(searcher, term);
	}

	/**
	 * A mirror field's term (theme members' words) with the statistics of the scope: the
	 * curated scope reads the mirror's own, the whole index lends the analysed field's.
	 * @param searcher the match's searcher
	 * @param mirror the mirror field's term
	 * @param states the analysed field's states of the same word
	 * @return its states, or null where no document has it
	 * @throws IOException on index failure
	 */
	static @Nullable TermStates mirrorStates(IndexSearcher searcher, Term mirror, TermStates states)
			throws IOException {
		return (searcher instanceof CuratedStatisticsSearcher) ? TermStatesCache.curated(searcher, mirror)
				: TermStatesCache.mirror(searcher, mirror, states);
	}

	/**
	 * Whether an indexed document's own words are in the statistics, so that its words
	 * are discounted when it is the source of a match: every document is in the whole
	 * index, and only themes and their members in the curated scope.
	 * @param searcher the match's searcher
	 * @param id the document's id
	 * @return whether the statistics count it
	 * @throws IOException on index failure
	 */
	static boolean counts(IndexSearcher searcher, String id) throws IOException {
		return !(searcher instanceof CuratedStatisticsSearcher curated) || curated.isCurated(id);
	}

}
