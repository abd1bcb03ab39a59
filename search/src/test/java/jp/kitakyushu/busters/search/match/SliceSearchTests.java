package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sliced searcher: its slices cover every document once, about as many in each, a
 * large segment cut in ranges; and its top hits are the plain searcher's.
 */
class SliceSearchTests {

	@Test
	void slicesCoverEveryDocumentOnceInEvenShares() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			// One large segment and a small one, as a merged index with recent additions.
			index(writer, 0, 900);
			index(writer, 900, 100);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSize(2);
				IndexSearcher.LeafSlice[] slices = SliceSearch.slices(reader.leaves(), 2);
				assertThat(slices).hasSize(2);
				int[] documents = Arrays.stream(slices).mapToInt(SliceSearchTests::documents).toArray();
				assertThat(documents[0] + documents[1]).isEqualTo(1000);
				assertThat(documents).containsExactly(500, 500);
			}
		}
	}

	@Test
	void slicedTopHitsAreThePlainSearchersHits() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			index(writer, 0, 900);
			index(writer, 900, 100);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher plain = new MirrorStatisticsSearcher(reader);
				plain.setSimilarity(new BM25Similarity(3f, 1f));
				IndexSearcher sliced = SliceSearch.of(plain);
				assertThat(sliced.getSimilarity()).isSameAs(plain.getSimilarity());
				assertThat(sliced.getSlices()).hasSize(SliceSearch.SLICES);
				Query query = new BooleanQuery.Builder()
					.add(new TermQuery(new Term("text", "roof")), BooleanClause.Occur.SHOULD)
					.add(new TermQuery(new Term("text", "leak")), BooleanClause.Occur.SHOULD)
					.add(new TermQuery(new Term("text", "bus")), BooleanClause.Occur.SHOULD)
					.build();
				assertThat(describe(TopHits.of(sliced, query, 30))).isEqualTo(describe(TopHits.of(plain, query, 30)))
					.hasSize(30);
			}
		}
	}

	private static int documents(IndexSearcher.LeafSlice slice) {
		// A whole segment's partition ends at the largest int, not at its last document.
		return Arrays.stream(slice.partitions)
			.mapToInt((partition) -> Math.min(partition.maxDocId, partition.ctx.reader().maxDoc()) - partition.minDocId)
			.sum();
	}

	private static String[] describe(ScoreDoc[] hits) {
		return Arrays.stream(hits).map((hit) -> hit.doc + ":" + hit.score).toArray(String[]::new);
	}

	/** Documents of a few words each, some repeated, so scores differ and tie. */
	private static void index(IndexWriter writer, int from, int count) throws IOException {
		String[] words = { "roof", "leak", "bus", "stop", "park", "light" };
		for (int i = from; i < from + count; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 1 + i % 7; w++) {
				text.append(words[(i * 7 + w * 3) % words.length]).append(' ');
			}
			Document doc = new Document();
			doc.add(new TextField("text", text.toString(), Field.Store.NO));
			writer.addDocument(doc);
		}
		writer.commit();
	}

}
