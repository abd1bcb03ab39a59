package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

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
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Two-step retrieval: the pool a few salient terms gather, ranked by the full query's
 * scores, in several segments.
 */
class PooledQueryTests {

	private static final String FIELD = "text";

	private Directory directory;

	private DirectoryReader reader;

	private IndexSearcher searcher;

	@BeforeEach
	void index() throws IOException {
		this.directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			// Several segments, so hits are rescored across leaves.
			for (int i = 0; i < 60; i++) {
				StringBuilder text = new StringBuilder("bus stop");
				text.append((i % 2 == 0) ? " roof" : " bench");
				text.append((i % 3 == 0) ? " rain" : "");
				text.append((i % 7 == 0) ? " shii" : "");
				writer.addDocument(document(text.toString()));
				if (i % 20 == 19) {
					writer.commit();
				}
			}
			// A document with none of the salient terms, only the weak one.
			writer.addDocument(document("timetable"));
		}
		this.reader = DirectoryReader.open(this.directory);
		this.searcher = new IndexSearcher(this.reader);
	}

	@AfterEach
	void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

	@Test
	void aPoolHoldingTheBestHitsRanksThemAsTheFullQueryDoes() throws IOException {
		assertThat(this.reader.leaves()).hasSizeGreaterThan(1);
		Query full = query("roof", "rain", "shii", "stop");
		Query retrieval = query("roof", "shii");
		ScoreDoc[] expected = TopHits.of(this.searcher, full, 10);
		ScoreDoc[] pooled = new PooledQuery(full, retrieval, 40).top(this.searcher, 10);
		assertThat(pooled).hasSize(10);
		for (int i = 0; i < expected.length; i++) {
			assertThat(pooled[i].doc).as("rank %d", i).isEqualTo(expected[i].doc);
			assertThat(pooled[i].score).as("rank %d", i).isCloseTo(expected[i].score, offset(1e-5f));
		}
	}

	@Test
	void eachHitKeepsItsFullScoreNotTheRetrievalScore() throws IOException {
		Query full = query("roof", "rain");
		Query retrieval = query("roof");
		ScoreDoc[] pooled = new PooledQuery(full, retrieval, 50).top(this.searcher, 5);
		ScoreDoc[] retrieved = TopHits.of(this.searcher, retrieval, 5);
		assertThat(pooled[0].score).isGreaterThan(retrieved[0].score);
		// Roof and rain: every sixth document; the retrieval query alone ties them all.
		assertThat(pooled).allSatisfy((hit) -> assertThat(hit.doc % 6).isZero());
	}

	@Test
	void thePoolDecidesWhichDocumentsAreLookedAt() throws IOException {
		Query full = query("roof", "timetable");
		List<Integer> all = docs(new PooledQuery(full, null, 0).top(this.searcher, 61));
		List<Integer> pooled = docs(new PooledQuery(full, query("roof"), 40).top(this.searcher, 31));
		int timetable = this.reader.maxDoc() - 1;
		assertThat(all).contains(timetable);
		assertThat(pooled).doesNotContain(timetable).hasSize(30);
	}

	@Test
	void withoutARetrievalQueryOrWithASmallPoolTheFullQueryRuns() throws IOException {
		Query full = query("bench", "shii");
		ScoreDoc[] expected = TopHits.of(this.searcher, full, 8);
		assertThat(docs(PooledQuery.of(full).top(this.searcher, 8))).isEqualTo(docs(expected));
		assertThat(docs(new PooledQuery(full, query("shii"), 8).top(this.searcher, 8))).isEqualTo(docs(expected));
	}

	private static Query query(String... words) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		float boost = words.length;
		for (String word : words) {
			query.add(new BoostQuery(new TermQuery(new Term(FIELD, word)), boost--), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	private static Document document(String text) {
		Document doc = new Document();
		doc.add(new TextField(FIELD, text, Field.Store.NO));
		return doc;
	}

	private static List<Integer> docs(ScoreDoc[] hits) {
		return Arrays.stream(hits).map((hit) -> hit.doc).toList();
	}

}
