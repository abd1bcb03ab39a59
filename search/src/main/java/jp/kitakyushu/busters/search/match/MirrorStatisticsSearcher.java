package jp.kitakyushu.busters.search.match;

import java.io.IOException;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that gives a theme member's mirror field (see
 * {@link IndexFields#member(String)}) the collection statistics of the field it mirrors:
 * BM25's average length and document count then are the whole index's, and a member
 * scores on its mirror exactly as on the field itself.
 */
final class MirrorStatisticsSearcher extends IndexSearcher {

	MirrorStatisticsSearcher(IndexReader reader) {
		super(reader);
	}

	@Override
	public CollectionStatistics collectionStatistics(String field) throws IOException {
		String mirrored = IndexFields.mirrored(field);
		return super.collectionStatistics((mirrored != null) ? mirrored : field);
	}

}
