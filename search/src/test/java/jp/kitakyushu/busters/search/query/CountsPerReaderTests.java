package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list's total is counted once per index reader: exact on each reader, counted again on
 * a newer one, and never kept from an older one that a slow request still searches.
 */
class CountsPerReaderTests {

	@Test
	void countsOncePerReaderAndAgainOnANewerOne() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			add(writer, "public");
			add(writer, "public");
			add(writer, "staff");
			DirectoryReader first = DirectoryReader.open(writer);
			CountsPerReader counts = new CountsPerReader();
			CountedQuery publicOnes = new CountedQuery(new TermQuery(new Term("reader", "public")));

			assertThat(counts.count(new IndexSearcher(first), publicOnes)).isEqualTo(2);
			assertThat(counts.count(new IndexSearcher(first), publicOnes)).isEqualTo(2);
			assertThat(publicOnes.weights.get()).isOne();

			add(writer, "public");
			writer.deleteDocuments(new Term("reader", "staff"));
			DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
			assertThat(counts.count(new IndexSearcher(second), publicOnes)).isEqualTo(3);
			assertThat(publicOnes.weights.get()).isEqualTo(2);

			// A request still on the first reader counts there, exactly, and keeps
			// nothing.
			assertThat(counts.count(new IndexSearcher(first), publicOnes)).isEqualTo(2);
			assertThat(counts.count(new IndexSearcher(second), publicOnes)).isEqualTo(3);
			assertThat(publicOnes.weights.get()).isEqualTo(3);
			first.close();
			second.close();
		}
	}

	@Test
	void manyOneOffFiltersDoNotStopTheCommonListsBeingKept() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			add(writer, "public");
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				CountsPerReader counts = new CountsPerReader();
				for (int i = 0; i < 1_500; i++) {
					counts.count(searcher, new TermQuery(new Term("text", "word" + i)));
				}
				CountedQuery publicOnes = new CountedQuery(new TermQuery(new Term("reader", "public")));
				assertThat(counts.count(searcher, publicOnes)).isOne();
				assertThat(counts.count(searcher, publicOnes)).isOne();
				assertThat(publicOnes.weights.get()).isOne();
			}
		}
	}

	private static void add(IndexWriter writer, String reader) throws IOException {
		Document document = new Document();
		document.add(new StringField("reader", reader, Field.Store.NO));
		writer.addDocument(document);
	}

	/** A filter that counts how often it is weighed, that is, how often it is counted. */
	private static final class CountedQuery extends Query {

		private final Query inner;

		private final AtomicInteger weights = new AtomicInteger();

		CountedQuery(Query inner) {
			this.inner = inner;
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
			this.weights.incrementAndGet();
			return this.inner.createWeight(searcher, scoreMode, boost);
		}

		@Override
		public String toString(String field) {
			return "counted(" + this.inner.toString(field) + ")";
		}

		@Override
		public void visit(QueryVisitor visitor) {
			this.inner.visit(visitor);
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

}
