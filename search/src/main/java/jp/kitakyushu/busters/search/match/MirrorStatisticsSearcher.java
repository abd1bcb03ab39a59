package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that gives a theme member's mirror field (see
 * {@link IndexFields#member(String)}) the collection statistics of the field it mirrors:
 * BM25's average length and document count then are the whole index's, and a member
 * scores on its mirror exactly as on the field itself.
 */
final class MirrorStatisticsSearcher extends IndexSearcher {

	private final int slices;

	MirrorStatisticsSearcher(IndexReader reader) {
		super(reader);
		this.slices = 1;
	}

	/**
	 * A searcher that searches {@code slices} slices of the reader at once on the
	 * executor (see {@link SliceSearch}).
	 */
	MirrorStatisticsSearcher(IndexReader reader, Executor executor, int slices) {
		super(reader, executor);
		this.slices = slices;
	}

	@Override
	protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
		return (this.slices > 1) ? SliceSearch.slices(leaves, this.slices) : super.slices(leaves);
	}

	@Override
	public CollectionStatistics collectionStatistics(String field) throws IOException {
		String mirrored = IndexFields.mirrored(field);
		return super.collectionStatistics((mirrored != null) ? mirrored : field);
	}

}
