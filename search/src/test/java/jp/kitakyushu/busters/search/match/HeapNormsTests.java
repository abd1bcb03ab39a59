package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Norms copied onto the heap are the index's own, doc by doc and in bulk, and a term
 * query reading them scores every document as Lucene's term query does.
 */
class HeapNormsTests {

	private static final String[] WORDS = { "road", "crack", "light", "park", "bench", "noise", "river", "school",
			"bus", "stop" };

	@Test
	void normsAreTheIndexsOwn() throws IOException {
		try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			assertThat(reader.leaves()).hasSizeGreaterThan(1);
			for (LeafReaderContext leaf : reader.leaves()) {
				for (String field : new String[] { "text", "title", "absent" }) {
					NumericDocValues expected = leaf.reader().getNormValues(field);
					NumericDocValues actual = HeapNorms.of(leaf.reader(), field);
					if (expected == null) {
						assertThat(actual).isNull();
						continue;
					}
					// Iterated document by document.
					for (int doc = expected.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expected.nextDoc()) {
						assertThat(actual.nextDoc()).isEqualTo(doc);
						assertThat(actual.longValue()).isEqualTo(expected.longValue());
					}
					assertThat(actual.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
					// Read in bulk, absent documents given the default.
					int maxDoc = leaf.reader().maxDoc();
					int[] docs = new int[maxDoc];
					for (int doc = 0; doc < maxDoc; doc++) {
						docs[doc] = doc;
					}
					long[] bulk = new long[maxDoc];
					long[] reference = new long[maxDoc];
					HeapNorms.of(leaf.reader(), field).longValues(maxDoc, docs, bulk, -7L);
					leaf.reader().getNormValues(field).longValues(maxDoc, docs, reference, -7L);
					assertThat(bulk).containsExactly(reference);
				}
			}
			assertThat(HeapNorms.segments()).isGreaterThan(0);
		}
	}

	@Test
	void termQueriesScoreAsLucenesDo() throws IOException {
		try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			searcher.setSimilarity(new BM25Similarity(3f, 1f));
			for (int n : new int[] { 1, 5, 30, 1000 }) {
				ScoreDoc[] expected = top(searcher, disjunction(searcher, false), n);
				ScoreDoc[] actual = top(searcher, disjunction(searcher, true), n);
				assertThat(actual).hasSameSizeAs(expected);
				for (int i = 0; i < expected.length; i++) {
					assertThat(actual[i].doc).isEqualTo(expected[i].doc);
					assertThat(actual[i].score).isEqualTo(expected[i].score);
				}
			}
		}
	}

	private static ScoreDoc[] top(IndexSearcher searcher, Query query, int n) throws IOException {
		return searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
	}

	/** Every word on both fields, filtered to one type, as problems are retrieved. */
	private static Query disjunction(IndexSearcher searcher, boolean heap) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
		query.add(new TermQuery(new Term("type", "PROBLEM")), Occur.FILTER);
		float boost = 0.7f;
		for (String word : WORDS) {
			for (String field : new String[] { "title", "text" }) {
				Term term = new Term(field, word);
				TermStates states = TermStates.build(searcher, term, true);
				if (states.docFreq() == 0) {
					continue;
				}
				Query clause = heap ? new HeapNormsTermQuery(term, states) : new TermQuery(term, states);
				query.add(new BoostQuery(clause, boost), Occur.SHOULD);
				boost += 0.13f;
			}
		}
		return query.build();
	}

	/** Three segments of documents of random lengths, some without a title. */
	private static Directory index() throws IOException {
		Directory directory = new ByteBuffersDirectory();
		Random random = new Random(42);
		IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
		config.setSimilarity(new BM25Similarity(3f, 1f));
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int segment = 0; segment < 3; segment++) {
				for (int i = 0; i < 3000; i++) {
					Document doc = new Document();
					doc.add(new StringField("type", (random.nextInt(10) == 0) ? "THEME" : "PROBLEM", Field.Store.NO));
					doc.add(new TextField("text", words(random, 1 + random.nextInt(200)), Field.Store.NO));
					if (random.nextBoolean()) {
						doc.add(new TextField("title", words(random, 1 + random.nextInt(8)), Field.Store.NO));
					}
					writer.addDocument(doc);
				}
				writer.commit();
			}
		}
		return directory;
	}

	private static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
		}
		return text.toString();
	}

}
