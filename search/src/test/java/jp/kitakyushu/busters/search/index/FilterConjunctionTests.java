package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FilterConjunctionTests {

	private static final int DOCUMENTS = 30_000;

	private static final String READER = IndexFields.attribute("reader");

	/**
	 * A scoring query that matches every document, as a search's words would match some.
	 */
	private static final Query SCORING = new TermQuery(new Term(IndexFields.TEXT, "word"));

	@Test
	void recurringFiltersAreKeptByTheQueryCacheAndMatchWhatSeparateClausesMatch() throws IOException {
		try (Directory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			Query joined = Filters.apply(SCORING, Set.of(DocumentType.PROBLEM), Map.of("reader", Set.of("public")));
			Query separate = new BooleanQuery.Builder().add(SCORING, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(IndexFields.TYPE, "PROBLEM")), BooleanClause.Occur.FILTER)
				.add(new TermQuery(new Term(READER, "public")), BooleanClause.Occur.FILTER)
				.build();
			// Every third document is a theme, every other one private.
			long expected = java.util.stream.IntStream.range(0, DOCUMENTS)
				.filter((i) -> i % 3 != 0 && i % 2 == 0)
				.count();

			LRUQueryCache joinedCache = cache();
			LRUQueryCache separateCache = cache();
			IndexSearcher joinedSearcher = searcher(reader, joinedCache);
			IndexSearcher separateSearcher = searcher(reader, separateCache);
			for (int i = 0; i < 10; i++) {
				assertThat(hits(joinedSearcher, joined)).isEqualTo(expected);
				assertThat(hits(separateSearcher, separate)).isEqualTo(expected);
			}
			assertThat(joinedCache.getCacheCount()).isPositive();
			assertThat(joinedCache.getHitCount()).isPositive();
			// Why the filters are joined: Lucene keeps no single term's matches.
			assertThat(separateCache.getCacheCount()).isZero();
		}
	}

	@Test
	void oneFilterStaysAPlainClause() {
		Query one = Filters.apply(new MatchAllDocsQuery(), Set.of(DocumentType.PROBLEM), Map.of());
		assertThat(((BooleanQuery) one).clauses()).extracting(BooleanClause::query)
			.containsExactly(new MatchAllDocsQuery(), new TermQuery(new Term(IndexFields.TYPE, "PROBLEM")));
	}

	@Test
	void equalFiltersMakeEqualQueries() {
		Query first = Filters.apply(new MatchAllDocsQuery(), Set.of(DocumentType.PROBLEM),
				Map.of("reader", Set.of("public")));
		Query second = Filters.apply(new MatchAllDocsQuery(), Set.of(DocumentType.PROBLEM),
				Map.of("reader", Set.of("public")));
		Query other = Filters.apply(new MatchAllDocsQuery(), Set.of(DocumentType.PROBLEM),
				Map.of("reader", Set.of("staff")));
		assertThat(first).isEqualTo(second).hasSameHashCodeAs(second).isNotEqualTo(other);
	}

	@Test
	void aConjunctionNeedsTwoFilters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FilterConjunction.of(java.util.List.of(new MatchAllDocsQuery())));
	}

	/** Collects every hit, as a search does (a bare count would skip the cache). */
	private static long hits(IndexSearcher searcher, Query query) throws IOException {
		return searcher.search(query, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE)).totalHits.value();
	}

	private static LRUQueryCache cache() {
		// Every segment may be cached and the cache never skips for a cheap lead, so
		// what decides is the usage policy alone.
		return new LRUQueryCache(100, 1 << 20, (context) -> true, Float.POSITIVE_INFINITY);
	}

	private static IndexSearcher searcher(DirectoryReader reader, LRUQueryCache cache) {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(cache);
		searcher.setQueryCachingPolicy(new UsageTrackingQueryCachingPolicy());
		return searcher;
	}

	private static Directory index() throws IOException {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
			for (int i = 0; i < DOCUMENTS; i++) {
				Document document = new Document();
				document.add(new StringField(IndexFields.TYPE, (i % 3 == 0) ? "THEME" : "PROBLEM", Field.Store.NO));
				document.add(new StringField(IndexFields.TEXT, "word", Field.Store.NO));
				document.add(new StringField(READER, (i % 2 == 0) ? "public" : "staff", Field.Store.NO));
				writer.addDocument(document);
			}
			writer.forceMerge(1);
		}
		return directory;
	}

}
