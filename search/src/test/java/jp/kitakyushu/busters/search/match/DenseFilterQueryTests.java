package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filter applied as accepted documents finds the documents, scores and order the same
 * filter finds as a required clause, with deleted documents and several segments, from
 * the top-level bulk scorer and from a scorer nested in another query alike.
 */
class DenseFilterQueryTests {

	private static final List<String> WORDS = List.of("bus", "stop", "roof", "rain", "bench", "light", "road", "park",
			"school", "bridge");

	@Test
	void findsTheSameHitsAsTheFilterClause() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			Random random = new Random(8);
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				for (int i = 0; i < 3000; i++) {
					Document doc = new Document();
					doc.add(new StringField("id", "d" + i, Field.Store.NO));
					// Nine in ten are public problems, as in the api.
					doc.add(new StringField("type", (i % 10 == 3) ? "THEME" : "PROBLEM", Field.Store.NO));
					doc.add(new StringField("reader", (i % 17 == 5) ? "STAFF" : "PUBLIC", Field.Store.NO));
					StringBuilder text = new StringBuilder();
					for (int w = 0, n = 1 + random.nextInt(8); w < n; w++) {
						text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
					}
					doc.add(new TextField("text", text.toString(), Field.Store.NO));
					writer.addDocument(doc);
					if (i % 700 == 699) {
						writer.commit();
					}
				}
				for (int i = 0; i < 3000; i += 37) {
					writer.deleteDocuments(new Term("id", "d" + i));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				assertThat(reader.hasDeletions()).isTrue();
				IndexSearcher searcher = new IndexSearcher(reader);
				Query filter = new BooleanQuery.Builder().add(new TermQuery(new Term("type", "PROBLEM")), Occur.FILTER)
					.add(new TermQuery(new Term("reader", "PUBLIC")), Occur.FILTER)
					.build();
				for (int q = 0; q < 20; q++) {
					BooleanQuery.Builder terms = new BooleanQuery.Builder();
					for (int t = 0; t < 2 + q % 5; t++) {
						terms.add(new TermQuery(new Term("text", WORDS.get((q * 3 + t) % WORDS.size()))), Occur.SHOULD);
					}
					Query scoring = terms.build();
					Query clause = new BooleanQuery.Builder().add(scoring, Occur.MUST)
						.add(filter, Occur.FILTER)
						.build();
					Query dense = new DenseFilterQuery(scoring, filter);
					for (int n : new int[] { 1, 10, 30 }) {
						assertSameHits(TopHits.of(searcher, dense, n), TopHits.of(searcher, clause, n));
						assertSameHits(searcher.search(dense, n).scoreDocs, searcher.search(clause, n).scoreDocs);
					}
					assertThat(searcher.count(dense)).isEqualTo(searcher.count(clause));
					// Nested in another query, its scorer (not its bulk scorer) is used.
					Query excluded = new TermQuery(new Term("text", WORDS.get(q % WORDS.size())));
					Query nestedDense = new BooleanQuery.Builder().add(dense, Occur.MUST)
						.add(excluded, Occur.MUST_NOT)
						.build();
					Query nestedClause = new BooleanQuery.Builder().add(clause, Occur.MUST)
						.add(excluded, Occur.MUST_NOT)
						.build();
					assertSameHits(searcher.search(nestedDense, 30).scoreDocs,
							searcher.search(nestedClause, 30).scoreDocs);
					assertThat(searcher.count(nestedDense)).isEqualTo(searcher.count(nestedClause));
				}
			}
		}
	}

	private static void assertSameHits(ScoreDoc[] actual, ScoreDoc[] expected) {
		assertThat(Arrays.stream(actual).map((hit) -> hit.doc + ":" + hit.score).toList())
			.isEqualTo(Arrays.stream(expected).map((hit) -> hit.doc + ":" + hit.score).toList());
	}

}
