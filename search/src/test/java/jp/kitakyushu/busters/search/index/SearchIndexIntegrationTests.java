package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.SearchException;
import jp.kitakyushu.busters.search.TestDocuments;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIndexIntegrationTests {

	@TempDir
	Path directory;

	private SearchIndex open(IndexSource source) {
		return SearchIndex.open(SearchIndexConfig.of(this.directory, "test"), source);
	}

	private static long count(SearchIndex index, String id) {
		return index.withSearcher((searcher) -> (long) searcher.count(new TermQuery(new Term(IndexFields.ID, id))));
	}

	@Test
	void aSearchAfterAWriteFindsItThoughNoRefreshWasDueAndTheWriterDidNotWait() {
		// Without a search asking, the index would show the write after an hour only.
		SearchIndexConfig rarely = new SearchIndexConfig(this.directory, "test",
				SearchIndexConfig.DEFAULT_COMMIT_INTERVAL, Duration.ofHours(1), SearchIndexConfig.DEFAULT_MIN_STALE,
				SearchIndexConfig.DEFAULT_QUERY_TIMEOUT, SearchIndexConfig.DEFAULT_RAM_BUFFER_MB,
				SearchIndexConfig.DEFAULT_BM25_K1, SearchIndexConfig.DEFAULT_BM25_B);
		try (SearchIndex index = SearchIndex.open(rarely, IndexSource.empty())) {
			assertThat(count(index, "fresh")).isZero();
			index.upsert(TestDocuments.problem("fresh", "公園の照明", "夜の公園が暗い", 1));
			assertThat(count(index, "fresh")).isEqualTo(1);
			index.delete("fresh");
			assertThat(count(index, "fresh")).isZero();
		}
	}

	@Test
	void compactingMergesIntoOneSegmentKeepingTheDocumentsOrderAndScores() {
		try (SearchIndex index = open(IndexSource.empty())) {
			// Segments of 1, 3 and 2 documents: a tiered merge would put the largest
			// first.
			String[][] batches = { { "a" }, { "b", "c", "d" }, { "e", "f" } };
			int second = 0;
			for (String[] batch : batches) {
				for (String id : batch) {
					index.upsert(TestDocuments.problem(id, "公園の照明", "夜の公園が暗い " + id, ++second));
				}
				index.commit();
			}
			index.refreshNow();
			assertThat(segments(index)).isEqualTo(3);
			List<String> before = ranked(index);
			index.compact();
			assertThat(segments(index)).isEqualTo(1);
			assertThat(ranked(index)).isEqualTo(before).hasSize(6);
			assertThat(idsInIndexOrder(index)).containsExactly("a", "b", "c", "d", "e", "f");
		}
	}

	private static int segments(SearchIndex index) {
		return index.withSearcher((searcher) -> searcher.getIndexReader().leaves().size());
	}

	/**
	 * Each hit of a query as its id and exact score, in rank order (ties by document).
	 */
	private static List<String> ranked(SearchIndex index) {
		return index.withSearcher((searcher) -> {
			List<String> hits = new java.util.ArrayList<>();
			for (var hit : searcher.search(
					new TermQuery(new Term(IndexFields.analyzed(IndexFields.TEXT, IndexFields.Family.JA), "公園")),
					10).scoreDocs) {
				hits.add(
						DocValuesReader.id(searcher.getIndexReader(), hit.doc) + "=" + Float.floatToIntBits(hit.score));
			}
			return hits;
		});
	}

	private static List<String> idsInIndexOrder(SearchIndex index) {
		return index.withSearcher((searcher) -> {
			List<String> ids = new java.util.ArrayList<>();
			for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
				ids.add(DocValuesReader.id(searcher.getIndexReader(), doc));
			}
			return ids;
		});
	}

	@Test
	void missingIndexIsBuiltFromTheSource() {
		try (SearchIndex index = open(IndexSource.of(TestDocuments.civicProblems()))) {
			IndexHealth health = index.health();
			assertThat(health.healthy()).isTrue();
			assertThat(health.documents()).isEqualTo(5);
			assertThat(index.watermark()).contains(TestDocuments.BASE.plusSeconds(5));
		}
	}

	@Test
	void writesAreVisibleToTheirWriterOnRequest() {
		try (SearchIndex index = open(IndexSource.empty())) {
			long generation = index.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 1));
			index.awaitSearchable(generation);
			assertThat(count(index, "a")).isEqualTo(1);
			index.upsert(TestDocuments.problem("b", "歩道の段差", "車椅子で通れない", 2));
			index.refreshNow();
			assertThat(count(index, "b")).isEqualTo(1);
			index.upsert(TestDocuments.problem("b", "歩道の段差（更新）", "車椅子で通れない", 3));
			index.awaitSearchable(index.delete("a"));
			assertThat(count(index, "a")).isZero();
			assertThat(index.health().documents()).isEqualTo(1);
		}
	}

	@Test
	void committedContentAndWatermarkSurviveARestart() {
		try (SearchIndex index = open(IndexSource.empty())) {
			index.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 7));
		}
		IndexSource mustNotBeRead = new FailingSource();
		try (SearchIndex index = open(mustNotBeRead)) {
			assertThat(index.health().documents()).isEqualTo(1);
			assertThat(index.watermark()).contains(TestDocuments.BASE.plusSeconds(7));
		}
	}

	@Test
	void aFeedsPositionIsCommittedWithTheDocumentsItCovers() {
		try (SearchIndex index = open(IndexSource.empty())) {
			assertThat(index.position("problems")).isEmpty();
			index.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 7));
			index.position("problems", "token-1");
			assertThat(index.position("problems")).contains("token-1");
		}
		try (SearchIndex index = open(new FailingSource())) {
			assertThat(index.position("problems")).contains("token-1");
			assertThat(index.position("themes")).isEmpty();
			assertThat(index.health().documents()).isEqualTo(1);
			// Only the position moved: a scheduled or closing commit still keeps it.
			index.position("problems", "token-2");
		}
		try (SearchIndex index = open(new FailingSource())) {
			assertThat(index.position("problems")).contains("token-2");
		}
	}

	@Test
	void tellsWhenEachDocumentItHoldsLastChanged() {
		try (SearchIndex index = open(IndexSource.empty())) {
			index.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 7));
			index.awaitSearchable(index.upsert(TestDocuments.problem("b", "歩道の段差", "車椅子で通れない", 9)));
			assertThat(index.updatedAt(List.of("a", "b", "missing"))).containsExactlyInAnyOrderEntriesOf(
					Map.of("a", TestDocuments.BASE.plusSeconds(7), "b", TestDocuments.BASE.plusSeconds(9)));
		}
	}

	@Test
	void theLastChangesKeptForAReaderFollowEveryWrite() {
		try (SearchIndex index = open(IndexSource.empty())) {
			index.awaitSearchable(index.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 7)));
			assertThat(index.updatedAt(List.of("a", "b")))
				.containsExactlyInAnyOrderEntriesOf(Map.of("a", TestDocuments.BASE.plusSeconds(7)));
			// Asked again on the same reader: the kept answers, the id it does not hold
			// included.
			assertThat(index.updatedAt(List.of("b", "a", "a")))
				.containsExactlyInAnyOrderEntriesOf(Map.of("a", TestDocuments.BASE.plusSeconds(7)));

			index.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 8));
			index.awaitSearchable(index.upsert(TestDocuments.problem("b", "歩道の段差", "車椅子で通れない", 9)));
			assertThat(index.updatedAt(List.of("a", "b"))).containsExactlyInAnyOrderEntriesOf(
					Map.of("a", TestDocuments.BASE.plusSeconds(8), "b", TestDocuments.BASE.plusSeconds(9)));

			index.awaitSearchable(index.delete("a"));
			assertThat(index.updatedAt(List.of("a", "b")))
				.containsExactlyInAnyOrderEntriesOf(Map.of("b", TestDocuments.BASE.plusSeconds(9)));
		}
	}

	@Test
	void crashLosesOnlyUncommittedWritesAndTheWatermarkSaysWhereToResume(@TempDir Path copy) throws IOException {
		SearchIndex crashed = open(IndexSource.empty());
		try {
			crashed.upsert(TestDocuments.problem("a", "街灯が消えている", "夜道が暗い", 1));
			crashed.commit();
			crashed.upsert(TestDocuments.problem("b", "歩道の段差", "車椅子で通れない", 2));
			crashed.refreshNow();
			// What a machine that lost power would leave behind: the files as they are
			// now.
			copyIndexFiles(this.directory, copy);
		}
		finally {
			crashed.close();
		}
		try (SearchIndex recovered = SearchIndex.open(SearchIndexConfig.of(copy, "recovered"), new FailingSource())) {
			assertThat(count(recovered, "a")).isEqualTo(1);
			assertThat(count(recovered, "b")).isZero();
			assertThat(recovered.watermark()).contains(TestDocuments.BASE.plusSeconds(1));
			// The api re-sends what changed since the watermark.
			recovered.awaitSearchable(recovered.upsert(TestDocuments.problem("b", "歩道の段差", "車椅子で通れない", 2)));
			assertThat(count(recovered, "b")).isEqualTo(1);
		}
	}

	@Test
	void corruptIndexIsRebuiltFromTheSource() throws IOException {
		try (SearchIndex index = open(IndexSource.empty())) {
			for (int i = 0; i < 50; i++) {
				index.upsert(TestDocuments.problem("old" + i, "古い課題 " + i, "高齢者のごみ出しを手伝う人がいない " + i, i));
			}
		}
		Path largest;
		try (Stream<Path> files = Files.list(this.directory)) {
			largest = files.filter((file) -> !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
				.max(Comparator.comparingLong(SearchIndexIntegrationTests::size))
				.orElseThrow();
		}
		try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
			file.seek(file.length() / 2);
			file.write("garbage garbage garbage garbage".getBytes());
		}
		List<SearchDocument> source = TestDocuments.civicProblems();
		try (SearchIndex index = open(IndexSource.of(source))) {
			assertThat(index.health().documents()).isEqualTo(source.size());
			assertThat(count(index, "old1")).isZero();
			assertThat(count(index, "p1")).isEqualTo(1);
		}
	}

	@Test
	void indexOfAnotherAnalysisVersionIsRebuilt() throws IOException {
		try (SearchIndex index = open(IndexSource.empty())) {
			index.upsert(TestDocuments.problem("stale", "古い解析", "古い解析で索引した", 1));
		}
		try (FSDirectory dir = FSDirectory.open(this.directory);
				IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
			writer.setLiveCommitData(Map.of(CommitData.ANALYSIS_VERSION, "0-older").entrySet());
			writer.commit();
		}
		try (SearchIndex index = open(IndexSource.of(TestDocuments.civicProblems()))) {
			assertThat(count(index, "stale")).isZero();
			assertThat(index.health().documents()).isEqualTo(5);
		}
	}

	@Test
	void rebuildReplacesTheContentWithTheSources() {
		try (SearchIndex index = open(IndexSource.empty())) {
			index.upsertAll(List.of(TestDocuments.problem("gone", "消える", "再構築で消える", 99)));
			index.rebuild(IndexSource.of(TestDocuments.civicProblems()));
			assertThat(count(index, "gone")).isZero();
			assertThat(index.health().documents()).isEqualTo(5);
			assertThat(index.watermark()).contains(TestDocuments.BASE.plusSeconds(5));
		}
	}

	@Test
	void randomTextIsIndexedWithoutFailure() {
		java.util.Random random = new java.util.Random(7);
		try (SearchIndex index = open(IndexSource.empty())) {
			for (int i = 0; i < 200; i++) {
				index.upsert(TestDocuments.problem("r" + i,
						jp.kitakyushu.busters.search.analysis.RandomText.next(random, 20),
						jp.kitakyushu.busters.search.analysis.RandomText.next(random, 200), i));
			}
			index.refreshNow();
			assertThat(index.health().documents()).isEqualTo(200);
		}
	}

	@Test
	void closedIndexReportsUnhealthyAndRefusesSearches() {
		SearchIndex index = open(IndexSource.empty());
		index.close();
		index.close();
		assertThat(index.health().healthy()).isFalse();
		assertThatThrownBy(() -> count(index, "a")).isInstanceOf(SearchException.class).hasMessageContaining("'test'");
	}

	private static void copyIndexFiles(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
					Files.copy(file, to.resolve(file.getFileName()));
				}
			}
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** A source that fails the test if the index wrongly decides to rebuild. */
	private static final class FailingSource implements IndexSource {

		@Override
		public long count() {
			throw new AssertionError("the index must not be rebuilt");
		}

		@Override
		public Stream<SearchDocument> all() {
			throw new AssertionError("the index must not be rebuilt");
		}

	}

}
