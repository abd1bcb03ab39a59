package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentFilterQueryTests {

	private static final int DOCUMENTS = 12_000;

	private static final String[] WARDS = { "kokurakita", "tobata", "moji", "wakamatsu" };

	private final Directory directory = new ByteBuffersDirectory();

	private IndexWriter writer;

	@BeforeEach
	void index() throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
		config.setRAMBufferSizeMB(64);
		this.writer = new IndexWriter(this.directory, config);
		for (int i = 0; i < DOCUMENTS; i++) {
			Document document = new Document();
			document.add(new StringField(IndexFields.ID, "d" + i, Field.Store.NO));
			String type = (i % 10 == 0) ? DocumentType.THEME.name() : DocumentType.PROBLEM.name();
			document.add(new StringField(IndexFields.TYPE, type, Field.Store.NO));
			document.add(new StringField(IndexFields.WARD, WARDS[i % WARDS.length], Field.Store.NO));
			String words = ((i % 3 == 0) ? "bus stop roof " : "") + ((i % 7 == 0) ? "street light " : "") + "word" + i;
			document.add(new TextField(IndexFields.TEXT, words, Field.Store.NO));
			this.writer.addDocument(document);
		}
		this.writer.forceMerge(1);
		this.writer.commit();
	}

	@AfterEach
	void close() throws IOException {
		this.writer.close();
		this.directory.close();
	}

	@Test
	void findsWhatTheFiltersAsPostingsFindWithTheSameScores() throws IOException {
		Query scoring = scoring();
		Map<String, Set<String>> wards = Map.of(IndexFields.WARD, Set.of("tobata", "moji"));
		try (DirectoryReader reader = DirectoryReader.open(this.writer)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query kept = Filters.apply(scoring, Set.of(DocumentType.PROBLEM), wards);
			Query postings = asPostings(scoring);
			assertSame(searcher.search(kept, 50), searcher.search(postings, 50));
			assertThat(searcher.count(kept)).isEqualTo(searcher.count(postings)).isPositive();
		}
	}

	@Test
	void keepsTheBitsOncePerSegmentAndFilter() throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(this.writer)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Query problems = Filters.apply(scoring(), Set.of(DocumentType.PROBLEM), Map.of());
			long before = SegmentFilterBits.computed();
			searcher.search(problems, 10);
			searcher.search(problems, 10);
			assertThat(SegmentFilterBits.computed() - before).isEqualTo(1);
			searcher.search(Filters.apply(scoring(), Set.of(DocumentType.THEME), Map.of()), 10);
			assertThat(SegmentFilterBits.computed() - before).isEqualTo(2);
		}
	}

	@Test
	void leavesDeletedDocumentsOutAfterTheBitsWereKept() throws IOException {
		Query scoring = scoring();
		Query kept = Filters.apply(scoring, Set.of(DocumentType.PROBLEM), Map.of());
		try (DirectoryReader reader = DirectoryReader.open(this.writer)) {
			new IndexSearcher(reader).search(kept, 10);
		}
		for (int i = 0; i < DOCUMENTS; i += 6) {
			this.writer.deleteDocuments(new Term(IndexFields.ID, "d" + i));
		}
		try (DirectoryReader reader = DirectoryReader.open(this.writer)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			assertThat(reader.leaves().get(0).reader().hasDeletions()).isTrue();
			Query postings = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(IndexFields.TYPE, DocumentType.PROBLEM.name())), BooleanClause.Occur.FILTER)
				.build();
			assertSame(searcher.search(kept, 100), searcher.search(postings, 100));
			assertThat(searcher.count(kept)).isEqualTo(searcher.count(postings));
			Query onlyFilter = Filters.apply(new MatchAllDocsQuery(), Set.of(DocumentType.PROBLEM), Map.of());
			// 10,800 problems, of which every sixth document but the themes among them
			// (1,600) deleted.
			assertThat(searcher.count(onlyFilter)).isEqualTo(9_200);
		}
	}

	@Test
	void smallSegmentsAreWalkedAsPostings() throws IOException {
		try (Directory small = new ByteBuffersDirectory();
				IndexWriter smallWriter = new IndexWriter(small, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
			for (int i = 0; i < 100; i++) {
				Document document = new Document();
				document.add(new StringField(IndexFields.TYPE, DocumentType.PROBLEM.name(), Field.Store.NO));
				document.add(new TextField(IndexFields.TEXT, "bus stop", Field.Store.NO));
				smallWriter.addDocument(document);
			}
			try (DirectoryReader reader = DirectoryReader.open(smallWriter)) {
				long before = SegmentFilterBits.computed();
				Query kept = Filters.apply(new TermQuery(new Term(IndexFields.TEXT, "bus")),
						Set.of(DocumentType.PROBLEM), Map.of());
				assertThat(new IndexSearcher(reader).count(kept)).isEqualTo(100);
				assertThat(SegmentFilterBits.computed()).isEqualTo(before);
			}
		}
	}

	private static Query scoring() {
		return new BooleanQuery.Builder()
			.add(new TermQuery(new Term(IndexFields.TEXT, "bus")), BooleanClause.Occur.SHOULD)
			.add(new TermQuery(new Term(IndexFields.TEXT, "roof")), BooleanClause.Occur.SHOULD)
			.add(new TermQuery(new Term(IndexFields.TEXT, "light")), BooleanClause.Occur.SHOULD)
			.build();
	}

	/** The same query with its filters as plain postings clauses, as before the bits. */
	private static Query asPostings(Query scoring) {
		return new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(IndexFields.TYPE, DocumentType.PROBLEM.name())), BooleanClause.Occur.FILTER)
			.add(new TermInSetQuery(IndexFields.WARD, Arrays.asList(new BytesRef("tobata"), new BytesRef("moji"))),
					BooleanClause.Occur.FILTER)
			.build();
	}

	private static void assertSame(TopDocs kept, TopDocs postings) {
		assertThat(kept.scoreDocs).isNotEmpty();
		assertThat(Arrays.stream(kept.scoreDocs).map(SegmentFilterQueryTests::hit).toList())
			.isEqualTo(Arrays.stream(postings.scoreDocs).map(SegmentFilterQueryTests::hit).toList());
	}

	private static String hit(ScoreDoc hit) {
		return hit.doc + ":" + hit.score;
	}

}
