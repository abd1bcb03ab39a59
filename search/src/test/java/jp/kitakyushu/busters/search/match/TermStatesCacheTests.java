package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOSupplier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept term dictionary lookups: the states Lucene's own lookup gives, the first time
 * and every time after, over segments shared by reopened readers; a segment's lookups go
 * when it closes, and a reader's list of its segments' lookups when the reader closes.
 */
class TermStatesCacheTests {

	private static final Term ROOF = new Term("text", "roof");

	@Test
	void statesAreLuceneOwnFirstAndAfterAndGoWithTheirSegments() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			List<String> words = new ArrayList<>();
			for (int i = 0; i < 700; i++) {
				words.add("w" + i);
				// Repeats, so terms have other frequencies than one.
				writer.addDocument(document("roof w" + i + " w" + (i / 3) + " w" + (i / 7)));
			}
			writer.commit();
			int before = TermStatesCache.segmentsKept();
			int readersBefore = TermStatesCache.readersKept();
			DirectoryReader first = DirectoryReader.open(directory);
			assertSameAsLucene(new IndexSearcher(first), words);
			assertThat(TermStatesCache.segmentsKept()).isEqualTo(before + 1);
			assertThat(TermStatesCache.readersKept()).isEqualTo(readersBefore + 1);
			// Now from the kept lookups: more than the table's first capacity, so it
			// grew.
			assertSameAsLucene(new IndexSearcher(first), words);

			writer.addDocument(document("roof leaks w5 new"));
			writer.commit();
			DirectoryReader second = DirectoryReader.openIfChanged(first);
			assertThat(second).isNotNull();
			words.add("new");
			words.add("absent");
			assertSameAsLucene(new IndexSearcher(second), words);
			assertSameAsLucene(new IndexSearcher(second), words);
			assertThat(TermStatesCache.build(new IndexSearcher(second), ROOF).docFreq()).isEqualTo(701);
			assertThat(TermStatesCache.segmentsKept()).isEqualTo(before + 2);
			assertThat(TermStatesCache.readersKept()).isEqualTo(readersBefore + 2);

			// The first segment is the second reader's too: it stays.
			first.close();
			assertThat(TermStatesCache.segmentsKept()).isEqualTo(before + 2);
			assertThat(TermStatesCache.readersKept()).isEqualTo(readersBefore + 1);
			second.close();
			assertThat(TermStatesCache.segmentsKept()).isEqualTo(before);
			assertThat(TermStatesCache.readersKept()).isEqualTo(readersBefore);
		}
	}

	@Test
	void aMirrorTermNoSegmentHasIsAbsent() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			writer.addDocument(document("bus stop roof"));
			writer.addDocument(document("roof roof"));
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				TermStates statistics = TermStatesCache.build(searcher, ROOF);
				Term absent = new Term("member.text", "roof");
				assertThat(TermStatesCache.mirror(searcher, absent, statistics)).isNull();
				assertThat(TermStatesCache.mirror(new IndexSearcher(reader), absent, statistics)).isNull();
				Term present = new Term("text", "stop");
				for (int pass = 0; pass < 2; pass++) {
					TermStates mirrored = TermStatesCache.mirror(searcher, present, statistics);
					assertThat(mirrored).isNotNull();
					// The mirrored term's statistics, not the mirror's own.
					assertThat(mirrored.docFreq()).isEqualTo(2);
					assertThat(mirrored.totalTermFreq()).isEqualTo(3);
					assertThat(describe(searcher, mirrored))
						.isEqualTo(describe(searcher, TermStates.build(searcher, present, true)));
				}
			}
		}
	}

	private static void assertSameAsLucene(IndexSearcher searcher, List<String> words) throws IOException {
		for (String word : words) {
			Term term = new Term("text", word);
			TermStates expected = TermStates.build(searcher, term, true);
			TermStates kept = TermStatesCache.build(searcher, term);
			assertThat(kept.docFreq()).as(word).isEqualTo(expected.docFreq());
			assertThat(kept.totalTermFreq()).as(word).isEqualTo(expected.totalTermFreq());
			assertThat(describe(searcher, kept)).as(word).isEqualTo(describe(searcher, expected));
		}
	}

	/** Every field of the term's state in each segment, as the codec prints it. */
	private static List<String> describe(IndexSearcher searcher, TermStates states) throws IOException {
		List<String> described = new ArrayList<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			IOSupplier<TermState> supplier = states.get(leaf);
			TermState state = (supplier != null) ? supplier.get() : null;
			described.add((state != null) ? state.getClass().getSimpleName() + " " + state : "none");
		}
		return described;
	}

	private static Document document(String text) {
		Document doc = new Document();
		doc.add(new TextField("text", text, Field.Store.NO));
		return doc;
	}

}
