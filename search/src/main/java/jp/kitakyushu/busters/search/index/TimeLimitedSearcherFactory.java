package jp.kitakyushu.busters.search.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Creates the near-real-time searchers: the index's similarity, and the per-thread
 * deadline as their time limit.
 */
final class TimeLimitedSearcherFactory extends SearcherFactory {

	private final Similarity similarity;

	TimeLimitedSearcherFactory(Similarity similarity) {
		this.similarity = similarity;
	}

	@Override
	public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setSimilarity(this.similarity);
		searcher.setTimeout(QueryDeadline.INSTANCE);
		return searcher;
	}

}
