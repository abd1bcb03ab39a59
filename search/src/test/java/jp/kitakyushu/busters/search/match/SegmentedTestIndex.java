package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.function.IntFunction;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small index of several segments with deleted documents, as a long-running index has,
 * for tests of queries that must answer alike however the index is cut.
 */
final class SegmentedTestIndex {

	/** How many documents {@link #write} adds, numbered from 0. */
	static final int DOCUMENTS = 4000;

	private SegmentedTestIndex() {
	}

	/**
	 * Writes {@link #DOCUMENTS} documents, each given the id {@code "d" + i}, committing
	 * every 900 so that there are several segments, then deletes every 29th.
	 * @param directory where to write
	 * @param document the fields of document {@code i}, asked in order
	 * @throws IOException if the directory fails
	 */
	static void write(Directory directory, IntFunction<Document> document) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (int i = 0; i < DOCUMENTS; i++) {
				Document doc = document.apply(i);
				doc.add(new StringField("id", "d" + i, Field.Store.NO));
				writer.addDocument(doc);
				if (i % 900 == 899) {
					writer.commit();
				}
			}
			for (int i = 0; i < DOCUMENTS; i += 29) {
				writer.deleteDocuments(new Term("id", "d" + i));
			}
		}
	}

	/**
	 * Opens what {@link #write} wrote, checked to have several segments and deletions.
	 * @param directory where it was written
	 * @return the reader, for the caller to close
	 * @throws IOException if the directory fails
	 */
	static DirectoryReader open(Directory directory) throws IOException {
		DirectoryReader reader = DirectoryReader.open(directory);
		assertThat(reader.leaves()).hasSizeGreaterThan(1);
		assertThat(reader.hasDeletions()).isTrue();
		return reader;
	}

}
