package jp.kitakyushu.busters.search.query;

import java.nio.file.Path;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.TestDocuments;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.query.ListRequest.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Lists answered by the index as a store would answer them: exact totals, orders with
 * ties and missing values, ranges, any substring of the stored text, and pages.
 */
class DocumentListsIntegrationTests {

	@TempDir
	Path directory;

	private SearchIndex index;

	private DocumentLists lists;

	@BeforeEach
	void open() {
		this.index = SearchIndex.open(SearchIndexConfig.of(this.directory, "lists"), IndexSource.empty());
		this.lists = new DocumentLists(this.index);
		add("a", "バス停に屋根がない", "雨の日に濡れます", "MOJI", "PUBLISHED", 3, 10L, "Bus Co");
		add("b", "Street lights are out", "The PARK is dark at night", "MOJI", "PUBLISHED", 1, 30L, "alpha");
		add("c", "ごみ出しの手伝い", "坂道がつらい", "TOBATA", "ADOPTED", 2, null, "beta");
		add("d", "非公開の課題", "まだ審査中です", "TOBATA", "SUBMITTED", 4, 20L, "gamma");
		this.index.refreshNow();
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void filtersByKeywordsAndRangesAndCountsEveryMatch() {
		ListResults published = list(ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM),
				ListFilter.keyword("status", "PUBLISHED", "ADOPTED")), Order.byNumber("createdAt", true));
		assertThat(published.totalCount()).isEqualTo(3);
		assertThat(published.ids()).containsExactly("a", "c", "b");

		ListResults ranged = list(ListFilter.between("createdAt", 2, 3), Order.byNumber("createdAt", false));
		assertThat(ranged.ids()).containsExactly("c", "a");

		ListResults either = list(
				ListFilter.anyOf(ListFilter.keyword("ward", "TOBATA"), ListFilter.between("createdAt", 1, 1)),
				Order.byKey("name", false));
		assertThat(either.ids()).containsExactly("b", "c", "d");
	}

	@Test
	void documentsWithoutTheNumberSortBelowEveryNumber() {
		ListFilter all = ListFilter.type(DocumentType.PROBLEM);
		assertThat(list(all, Order.byNumber("supporters", false)).ids()).containsExactly("c", "a", "d", "b");
		assertThat(list(all, Order.byNumber("supporters", true)).ids()).containsExactly("b", "d", "a", "c");
	}

	@Test
	void findsAnySubstringOfTheStoredTitleOrTextIgnoringCase() {
		assertThat(list(ListFilter.containsText("park"), Order.byKey("name", false)).ids()).containsExactly("b");
		assertThat(list(ListFilter.containsText("ス停"), Order.byKey("name", false)).ids()).containsExactly("a");
		assertThat(list(ListFilter.containsText("坂"), Order.byKey("name", false)).ids()).containsExactly("c");
		assertThat(list(ListFilter.allOf(ListFilter.containsText("の"), ListFilter.keyword("ward", "TOBATA")),
				Order.byKey("name", true))
			.ids()).containsExactly("d", "c");
		assertThat(list(ListFilter.containsText("nowhere"), Order.byKey("name", false)).totalCount()).isZero();
	}

	@Test
	void pagesKeepTheTotalAndCountFacetsOnRequest() {
		ListRequest second = new ListRequest(ListFilter.type(DocumentType.PROBLEM),
				List.of(Order.byNumber("createdAt", true)), 1, 2, true);
		ListResults page = this.lists.list(second);
		assertThat(page.totalCount()).isEqualTo(4);
		assertThat(page.ids()).containsExactly("a", "c");
		assertThat(page.facets().get("ward")).extracting(FacetCount::value, FacetCount::count)
			.containsExactlyInAnyOrder(tuple("MOJI", 2L), tuple("TOBATA", 2L));
		ListResults beyond = this.lists.list(new ListRequest(ListFilter.type(DocumentType.PROBLEM),
				List.of(Order.byNumber("createdAt", true)), 10, 5, false));
		assertThat(beyond.ids()).isEmpty();
		assertThat(beyond.totalCount()).isEqualTo(4);
	}

	@Test
	void largestFirstPagesWithTiesAcrossSegmentsComeInTheWholeOrder() {
		List<String[]> expected = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			String id = String.format("t-%03d", i);
			// Few distinct values, so pages end inside runs of ties; every ninth has
			// none.
			Long value = (i % 9 == 0) ? null : (long) (i % 7);
			SearchDocument.Builder document = SearchDocument
				.builder(id, DocumentType.THEME, TestDocuments.BASE.plusSeconds(i))
				.title("テーマ " + i)
				.sortKey("key", String.format("%03d", (i * 37) % 300));
			if (value != null) {
				document.number("weight", value);
			}
			this.index.upsert(document.build());
			expected.add(new String[] { id, String.valueOf((value != null) ? value : Long.MIN_VALUE),
					String.format("%03d", (i * 37) % 300) });
			if (i % 50 == 49) {
				// A segment of its own.
				this.index.refreshNow();
			}
		}
		this.index.refreshNow();
		expected.sort(java.util.Comparator.comparingLong((String[] row) -> Long.parseLong(row[1]))
			.reversed()
			.thenComparing((String[] row) -> row[2], java.util.Comparator.reverseOrder()));
		List<String> order = expected.stream().map((row) -> row[0]).toList();
		for (int offset : new int[] { 0, 20, 37, 250, 290 }) {
			ListResults page = this.lists.list(new ListRequest(ListFilter.type(DocumentType.THEME),
					List.of(Order.byNumber("weight", true), Order.byKey("key", true)), offset, 20, false));
			assertThat(page.totalCount()).isEqualTo(300);
			assertThat(page.ids()).as("offset " + offset)
				.containsExactlyElementsOf(order.subList(offset, Math.min(300, offset + 20)));
		}
	}

	@Test
	void newestFirstPagesAreTheSameWhenTheNewestDocumentsDoNotMatch() {
		// Spread-out numbers, as creation times are, where the newest hundred are not
		// listed: the first range of largest values tried holds no match and has to
		// widen.
		List<String[]> listed = new java.util.ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String id = String.format("n-%03d", i);
			long created = 1_000_000L + i * 997L + (i % 4) * 3;
			String status = (i >= 400 || i % 5 == 0) ? "SUBMITTED" : "PUBLISHED";
			this.index.upsert(SearchDocument.builder(id, DocumentType.THEME, TestDocuments.BASE.plusSeconds(i))
				.title("テーマ " + i)
				.status(status)
				.number("created", created)
				.sortKey("key", String.format("%03d", (i * 37) % 500))
				.build());
			if (status.equals("PUBLISHED")) {
				listed.add(new String[] { id, String.valueOf(created) });
			}
			if (i % 120 == 119) {
				this.index.refreshNow();
			}
		}
		this.index.refreshNow();
		listed.sort(java.util.Comparator.comparingLong((String[] row) -> Long.parseLong(row[1])).reversed());
		List<String> order = listed.stream().map((row) -> row[0]).toList();
		assertThat(order).hasSize(320);
		for (int offset : new int[] { 0, 20, 150, 310, 320 }) {
			ListResults page = this.lists.list(new ListRequest(
					ListFilter.allOf(ListFilter.type(DocumentType.THEME), ListFilter.keyword("status", "PUBLISHED")),
					List.of(Order.byNumber("created", true), Order.byKey("key", true)), offset, 20, false));
			assertThat(page.totalCount()).isEqualTo(320);
			assertThat(page.ids()).as("offset " + offset)
				.containsExactlyElementsOf(order.subList(offset, Math.min(320, offset + 20)));
		}
	}

	@Test
	void documentsWithoutTheSortKeyComeAfterTheirTiesWhenLargestFirst() {
		// Ties on the number across segments, some without the key: descending, a
		// missing key sorts after every key, and the id decides between the rest.
		List<String[]> expected = new java.util.ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String id = String.format("k-%02d", i);
			String key = (i % 4 == 0) ? null : String.format("%02d", (i * 7) % 10);
			SearchDocument.Builder document = SearchDocument
				.builder(id, DocumentType.COMPANY, TestDocuments.BASE.plusSeconds(i))
				.title("会社 " + i)
				.number("size", i % 3);
			if (key != null) {
				document.sortKey("key", key);
			}
			this.index.upsert(document.build());
			expected.add(new String[] { id, String.valueOf(i % 3), (key != null) ? key : "" });
			if (i % 25 == 24) {
				this.index.refreshNow();
			}
		}
		this.index.refreshNow();
		expected.sort(java.util.Comparator.comparingLong((String[] row) -> Long.parseLong(row[1]))
			.reversed()
			.thenComparing((String[] row) -> row[2], java.util.Comparator.reverseOrder())
			.thenComparing((String[] row) -> row[0]));
		List<String> order = expected.stream().map((row) -> row[0]).toList();
		for (int offset : new int[] { 0, 10, 25, 50 }) {
			ListResults page = this.lists.list(new ListRequest(ListFilter.type(DocumentType.COMPANY),
					List.of(Order.byNumber("size", true), Order.byKey("key", true)), offset, 10, false));
			assertThat(page.ids()).as("offset " + offset)
				.containsExactlyElementsOf(order.subList(offset, Math.min(60, offset + 10)));
		}
	}

	private ListResults list(ListFilter filter, Order order) {
		return this.lists.list(new ListRequest(filter, List.of(order), 0, 20, false));
	}

	private void add(String id, String title, String text, String ward, String status, int created, Long supporters,
			String name) {
		SearchDocument.Builder document = SearchDocument
			.builder(id, DocumentType.PROBLEM, TestDocuments.BASE.plusSeconds(created))
			.title(title)
			.text(text)
			.ward(ward)
			.status(status)
			.number("createdAt", created)
			.sortKey("name", name);
		if (supporters != null) {
			document.number("supporters", supporters);
		}
		this.index.upsert(document.build());
	}

}
