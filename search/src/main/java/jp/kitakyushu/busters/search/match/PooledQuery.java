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
import org.jspecify.annotations.Nullable;

/**
 * A query of many terms whose best hits are found in two steps: a smaller query of its
 * most salient terms retrieves a pool from the whole index, and only the pool is scored
 * with every term. Scoring a disjunction of a hundred terms over a large index costs most
 * of a match's time, and its best hits are almost always among the best of its strongest
 * terms; each hit keeps its full score, so the pool only decides which documents are
 * looked at.
 *
 * @param full the query whose scores rank the hits
 * @param retrieval a query of some of the full query's terms, each scored alike, or
 * {@code null} to run the full query alone
 * @param pool hits the retrieval query gathers for rescoring
 */
record PooledQuery(Query full, @Nullable Query retrieval, int pool) {

	/** The full query alone, for a source whose terms are all salient. */
	static PooledQuery of(Query full) {
		return new PooledQuery(full, null, 0);
	}

	/**
	 * The {@code n} best hits by the full query's score among the pool, best first (equal
	 * scores in doc id order, as a search ranks them).
	 * @param searcher the searcher
	 * @param n hits wanted
	 * @return the hits
	 * @throws IOException on index failure
	 */
	ScoreDoc[] top(IndexSearcher searcher, int n) throws IOException {
		if (this.retrieval == null || this.pool <= n) {
			return TopHits.of(searcher, this.full, n);
		}
		ScoreDoc[] pooled = TopHits.of(searcher, this.retrieval, this.pool);
		ScoreDoc[] rescored = rescore(searcher, pooled);
		Arrays.sort(rescored,
				Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed().thenComparingInt((hit) -> hit.doc));
		return Arrays.copyOf(rescored, Math.min(n, rescored.length));
	}

	/** The pool's hits with their scores by the full query, in doc id order. */
	private ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] pooled) throws IOException {
		ScoreDoc[] byDoc = pooled.clone();
		Arrays.sort(byDoc, Comparator.comparingInt((ScoreDoc hit) -> hit.doc));
		Weight weight = searcher.createWeight(searcher.rewrite(this.full), ScoreMode.COMPLETE, 1f);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		ScoreDoc[] rescored = new ScoreDoc[byDoc.length];
		int leafIndex = -1;
		Scorer scorer = null;
		for (int i = 0; i < byDoc.length; i++) {
			int doc = byDoc[i].doc;
			int index = ReaderUtil.subIndex(doc, leaves);
			LeafReaderContext leaf = leaves.get(index);
			if (index != leafIndex) {
				leafIndex = index;
				scorer = weight.scorer(leaf);
			}
			int target = doc - leaf.docBase;
			float score = 0;
			if (scorer != null) {
				DocIdSetIterator iterator = scorer.iterator();
				int at = (iterator.docID() < target) ? iterator.advance(target) : iterator.docID();
				// Every retrieved document has one of the full query's terms and passes
				// its filters, so it always matches; 0 only guards a query that does not
				// hold the retrieval query's terms.
				score = (at == target) ? scorer.score() : 0;
			}
			rescored[i] = new ScoreDoc(doc, score);
		}
		return rescored;
	}

}
