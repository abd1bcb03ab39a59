package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Similar problems' topical candidates in two stages: a disjunction of the source's most
 * salient terms alone finds a few times more candidates than are wanted, then each is
 * scored by the disjunction of all its terms, and the best of those are the candidates.
 * The full disjunction over a large index is most of a similar problems request (its
 * least salient terms' postings are the longest); the candidates it would have found
 * itself are nearly always among the short query's, and when they are the same documents
 * come out (their scores may differ in the last bit: the sums are grouped otherwise).
 */
final class ProblemCandidates {

	/** Candidates the short query finds, as a multiple of the candidates wanted. */
	static final int FIRST_STAGE_FACTOR = 3;

	private ProblemCandidates() {
	}

	/**
	 * The {@code n} best hits of {@code full}, looked for among the best
	 * {@link #FIRST_STAGE_FACTOR} times {@code n} hits of {@code first}.
	 * @param searcher the searcher
	 * @param first the query of the most salient terms, with the filters; every document
	 * it matches must match {@code full}
	 * @param full the scoring query of all the terms, without the filters
	 * @param sameQuery whether the two are the same query (nothing to re-score)
	 * @param n hits wanted
	 * @return the hits, best first
	 * @throws IOException on index failure
	 */
	static ScoreDoc[] of(IndexSearcher searcher, Query first, Query full, boolean sameQuery, int n) throws IOException {
		if (sameQuery) {
			return TopHits.of(searcher, first, n);
		}
		ScoreDoc[] found = TopHits.of(searcher, first, n * FIRST_STAGE_FACTOR);
		if (found.length == 0) {
			return found;
		}
		rescore(searcher, full, found);
		Arrays.sort(found,
				Comparator.comparingDouble((ScoreDoc hit) -> hit.score)
					.reversed()
					.thenComparingInt((ScoreDoc hit) -> hit.doc));
		return Arrays.copyOf(found, Math.min(n, found.length));
	}

	/**
	 * Replaces each hit's score by its score for {@code query}, 0 if it does not match.
	 */
	private static void rescore(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
		ScoreDoc[] byDoc = hits.clone();
		Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc hit) -> hit.doc));
		Weight weight = searcher.createWeight(searcher.rewrite(FlatQueries.of(query)), ScoreMode.COMPLETE, 1f);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int from = 0;
		while (from < byDoc.length) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[from].doc, leaves));
			int end = leaf.docBase + leaf.reader().maxDoc();
			Scorer scorer = weight.scorer(leaf);
			DocIdSetIterator docs = (scorer != null) ? scorer.iterator() : null;
			for (; from < byDoc.length && byDoc[from].doc < end; from++) {
				ScoreDoc hit = byDoc[from];
				int target = hit.doc - leaf.docBase;
				int at = (docs == null) ? DocIdSetIterator.NO_MORE_DOCS
						: (docs.docID() < target) ? docs.advance(target) : docs.docID();
				hit.score = (at == target) ? scorer.score() : 0f;
			}
		}
	}

}
