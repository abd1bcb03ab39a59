package jp.kitakyushu.busters.search.match;

import java.io.IOException;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-reader term states: reused while the reader is open, gathered anew for a
 * reopened reader, dropped when their reader closes.
 */
class TermStatesCacheTests {

	private static final Term ROOF = new Term("text", "roof");

	@Test
	void statesAreKeptPerReaderAndGoWhenItCloses() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			writer.addDocument(document("bus stop roof"));
			writer.commit();
			int before = TermStatesCache.readersKept();
			DirectoryReader first = DirectoryReader.open(writer);
			TermStates once = TermStatesCache.build(new IndexSearcher(first), ROOF);
			// Another searcher on the same reader, as every match request makes.
			TermStates again = TermStatesCache.build(new IndexSearcher(first), ROOF);
			assertThat(again).isSameAs(once);
			assertThat(once.docFreq()).isEqualTo(1);
			assertThat(TermStatesCache.readersKept()).isEqualTo(before + 1);

			writer.addDocument(document("roof leaks"));
			DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
			assertThat(second).isNotNull();
			TermStates reopened = TermStatesCache.build(new IndexSearcher(second), ROOF);
			assertThat(reopened).isNotSameAs(once);
			assertThat(reopened.docFreq()).isEqualTo(2);
			assertThat(TermStatesCache.readersKept()).isEqualTo(before + 2);

			first.close();
			assertThat(TermStatesCache.readersKept()).isEqualTo(before + 1);
			second.close();
			assertThat(TermStatesCache.readersKept()).isEqualTo(before);
		}
	}

	@Test
	void aMirrorTermNoSegmentHasIsRememberedAsAbsent() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			writer.addDocument(document("bus stop roof"));
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				TermStates statistics = TermStatesCache.build(searcher, ROOF);
				Term absent = new Term("member.text", "roof");
				assertThat(TermStatesCache.mirror(searcher, absent, statistics)).isNull();
				assertThat(TermStatesCache.mirror(new IndexSearcher(reader), absent, statistics)).isNull();
				Term present = new Term("text", "stop");
				TermStates mirrored = TermStatesCache.mirror(searcher, present, statistics);
				assertThat(mirrored).isNotNull();
				// The mirrored term's statistics, not the mirror's own.
				assertThat(mirrored.docFreq()).isEqualTo(statistics.docFreq());
				assertThat(TermStatesCache.mirror(searcher, present, statistics)).isSameAs(mirrored);
			}
		}
	}

	private static Document document(String text) {
		Document doc = new Document();
		doc.add(new TextField("text", text, Field.Store.NO));
		return doc;
	}

}
