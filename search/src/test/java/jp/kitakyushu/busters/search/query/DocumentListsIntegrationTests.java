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
	void aPageIsKeptForItsReaderAndFollowsEveryWrite() {
		ListRequest bySupporters = new ListRequest(ListFilter.type(DocumentType.PROBLEM),
				List.of(Order.byNumber("supporters", true), Order.byKey("name", false)), 0, 2, false);
		ListResults first = this.lists.list(bySupporters);
		assertThat(first.ids()).containsExactly("b", "d");
		assertThat(this.lists.list(bySupporters)).isSameAs(first);
		assertThat(this.lists.list(new ListRequest(bySupporters.filter(), bySupporters.order(), 1, 2, false)).ids())
			.containsExactly("d", "a");

		add("a", "バス停に屋根がない", "雨の日に濡れます", "MOJI", "PUBLISHED", 3, 40L, "Bus Co");
		ListResults after = this.lists.list(bySupporters);
		assertThat(after.ids()).containsExactly("a", "b");
		assertThat(after.totalCount()).isEqualTo(4);

		this.index.delete("b");
		assertThat(this.lists.list(bySupporters).ids()).containsExactly("a", "d");
		// Lists that keep no pages answer the same.
		assertThat(new DocumentLists(this.index, false).list(bySupporters)).isEqualTo(this.lists.list(bySupporters));
	}

	@Test
	void theTotalFollowsEveryWriteThoughItIsKeptBetweenThem() {
		ListFilter published = ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM),
				ListFilter.keyword("status", "PUBLISHED"));
		assertThat(list(published, Order.byNumber("createdAt", true)).totalCount()).isEqualTo(2);
		assertThat(list(published, Order.byNumber("createdAt", true)).totalCount()).isEqualTo(2);

		add("e", "側溝のふたが割れている", "足を取られます", "MOJI", "PUBLISHED", 5, 2L, "delta");
		assertThat(list(published, Order.byNumber("createdAt", true)).totalCount()).isEqualTo(3);

		this.index.delete("a");
		this.index.delete("b");
		ListResults after = list(published, Order.byNumber("createdAt", true));
		assertThat(after.totalCount()).isOne();
		assertThat(after.ids()).containsExactly("e");
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
	void uniqueShortKeysOrderAsTheirBytesDoAcrossSegmentsAndTies() {
		// Keys of 1 to 24 bytes, some prefixes of others, some starting with bytes above
		// 0x7F (Japanese, 3 bytes a character), so that a key's numbers must compare as
		// unsigned bytes and shorter keys must come first; most documents tie on the
		// number before it.
		String[] stems = { "", "0", "5f", "a", "ab", "abc", "z", "バ", "バス", "ｚ" };
		java.util.Random random = new java.util.Random(11);
		java.util.Set<String> keys = new java.util.LinkedHashSet<>();
		while (keys.size() < 240) {
			StringBuilder key = new StringBuilder(stems[random.nextInt(stems.length)]);
			int length = random.nextInt(24 - key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
			for (int i = 0; i < length; i++) {
				key.append("0123456789abcdef".charAt(random.nextInt(16)));
			}
			if (!key.isEmpty()) {
				keys.add(key.toString());
			}
		}
		int i = 0;
		for (String key : keys) {
			SearchDocument.Builder document = SearchDocument
				.builder(String.format("s-%03d", (i * 53) % 240), DocumentType.COMPANY,
						TestDocuments.BASE.plusSeconds(i))
				.title("会社 " + i)
				.sortKey("key", key);
			if (i % 11 != 0) {
				document.number("weight", i % 3);
			}
			this.index.upsert(document.build());
			if (i % 40 == 39) {
				this.index.refreshNow();
			}
			i++;
		}
		this.index.refreshNow();
		for (boolean descending : new boolean[] { true, false }) {
			for (int offset : new int[] { 0, 20, 77, 220 }) {
				ListResults bytes = this.lists.list(new ListRequest(ListFilter.type(DocumentType.COMPANY),
						List.of(Order.byNumber("weight", descending), Order.byKey("key", descending)), offset, 20,
						false));
				ListResults numbers = this.lists.list(new ListRequest(ListFilter.type(DocumentType.COMPANY),
						List.of(Order.byNumber("weight", descending), Order.byUniqueShortKey("key", descending)),
						offset, 20, false));
				assertThat(numbers.totalCount()).isEqualTo(240);
				assertThat(numbers.ids()).as("descending " + descending + ", offset " + offset)
					.hasSize(20)
					.containsExactlyElementsOf(bytes.ids());
			}
		}
	}

	@Test
	void newestFirstPagesOfDocumentsIndexedOldestFirstComeInTheWholeOrder() {
		// New documents come last in the index, as they do in use, so newest first each
		// one beats the page so far; the page is first looked for among the largest
		// values. Groups of three tie on the number, every thirteenth has none, every
		// fourth is filtered out, and the older half is of another ward, so that a ward's
		// page lies only among the small values.
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			String id = String.format("n-%04d", i);
			Long created = (i % 13 == 0) ? null : (long) (i / 3);
			String key = String.format("%04d", (i * 7919) % 3000);
			String ward = (i < 1500) ? "OLD" : "NEW";
			String status = (i % 4 == 0) ? "SUBMITTED" : "PUBLISHED";
			SearchDocument.Builder document = SearchDocument
				.builder(id, DocumentType.PROBLEM, TestDocuments.BASE.plusSeconds(i))
				.title("課題 " + i)
				.ward(ward)
				.status(status)
				.sortKey("key", key);
			if (created != null) {
				document.number("created", created);
			}
			this.index.upsert(document.build());
			if (i % 500 == 499) {
				this.index.refreshNow();
			}
			if (status.equals("PUBLISHED")) {
				rows.add(new Object[] { id, (created != null) ? created : Long.MIN_VALUE, key, ward });
			}
		}
		this.index.refreshNow();
		rows.sort(java.util.Comparator.comparingLong((Object[] row) -> (Long) row[1])
			.reversed()
			.thenComparing((Object[] row) -> (String) row[2], java.util.Comparator.reverseOrder()));
		List<Order> order = List.of(Order.byNumber("created", true), Order.byUniqueShortKey("key", true));
		for (String ward : new String[] { null, "OLD" }) {
			List<String> expected = rows.stream()
				.filter((row) -> ward == null || ward.equals(row[3]))
				.map((row) -> (String) row[0])
				.toList();
			ListFilter filter = (ward != null)
					? ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM), ListFilter.keyword("status", "PUBLISHED"),
							ListFilter.keyword("ward", ward))
					: ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM), ListFilter.keyword("status", "PUBLISHED"),
							ListFilter.keyword("ward", "OLD", "NEW"));
			for (int offset : new int[] { 0, 20, 41, 150, expected.size() - 10 }) {
				ListRequest request = new ListRequest(filter, order, offset, 20, false);
				ListResults page = this.lists.list(request);
				assertThat(page.totalCount()).isEqualTo(expected.size());
				assertThat(page.ids()).as("ward " + ward + ", offset " + offset)
					.containsExactlyElementsOf(expected.subList(offset, Math.min(expected.size(), offset + 20)));
			}
			// The first pages come from a window (the test above is about its answers;
			// this, that there was one to test).
			boolean windowed = this.index.withSearcher((searcher) -> LargestFirstWindow.search(searcher,
					new org.apache.lucene.search.ConstantScoreQuery(DocumentLists.toQuery(filter)),
					new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField("unused",
							org.apache.lucene.search.SortField.Type.DOC)),
					new ListRequest(filter, order, 0, 20, false), 20, expected.size()) != null);
			assertThat(windowed).as("ward " + ward).isTrue();
		}
	}

	@Test
	void mostSupportedFirstPagesWithThousandsOfTiesComeInTheWholeOrderHoweverTheyWereIndexed() {
		// Supporter counts 0 to 3, half of them 3, so a page lies inside a thousand ties
		// and more broken by a unique key; the page is looked for among the last indexed
		// documents first.
		// Keys rise with the order of indexing but for every seventh document (so the
		// last indexed are not all the page), and a few documents are written again at
		// the end (as a new supporter does), with their old keys.
		java.util.Random random = new java.util.Random(8);
		List<Object[]> rows = new java.util.ArrayList<>();
		List<SearchDocument> again = new java.util.ArrayList<>();
		for (int i = 0; i < 4000; i++) {
			String id = String.format("m-%04d", i);
			long supporters = Math.min(3, random.nextInt(6));
			String key = (i % 7 == 0) ? String.format("k%05d", random.nextInt(99999)) : String.format("k%05d", i * 20);
			String ward = (i % 4 == 0) ? "A" : "B";
			SearchDocument document = SearchDocument
				.builder(id, DocumentType.PROBLEM, TestDocuments.BASE.plusSeconds(i))
				.title("課題 " + i)
				.ward(ward)
				.status("PUBLISHED")
				.number("supporters", supporters)
				.sortKey("key", key)
				.build();
			this.index.upsert(document);
			if (i % 500 == 0) {
				again.add(document);
			}
			if (i % 1000 == 999) {
				this.index.refreshNow();
			}
			rows.add(new Object[] { id, supporters, key, ward });
		}
		again.forEach(this.index::upsert);
		this.index.refreshNow();
		rows.sort(java.util.Comparator.comparingLong((Object[] row) -> (Long) row[1])
			.reversed()
			.thenComparing((Object[] row) -> (String) row[2], java.util.Comparator.reverseOrder()));
		List<Order> order = List.of(Order.byNumber("supporters", true), Order.byUniqueShortKey("key", true));
		for (String ward : new String[] { "A", "B" }) {
			List<String> expected = rows.stream()
				.filter((row) -> ward.equals(row[3]))
				.map((row) -> (String) row[0])
				.toList();
			ListFilter filter = ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM),
					ListFilter.keyword("status", "PUBLISHED"), ListFilter.keyword("ward", ward));
			for (int offset : new int[] { 0, 20, 33, 60 }) {
				ListResults page = this.lists.list(new ListRequest(filter, order, offset, 20, false));
				assertThat(page.totalCount()).isEqualTo(expected.size());
				assertThat(page.ids()).as("ward " + ward + ", offset " + offset)
					.containsExactlyElementsOf(expected.subList(offset, offset + 20));
			}
			// From a window, though the last segment (the documents written again) holds
			// small numbers.
			boolean windowed = this.index.withSearcher((searcher) -> LargestFirstWindow.search(searcher,
					new org.apache.lucene.search.ConstantScoreQuery(DocumentLists.toQuery(filter)),
					new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField("unused",
							org.apache.lucene.search.SortField.Type.DOC)),
					new ListRequest(filter, order, 0, 20, false), 20, expected.size()) != null);
			assertThat(windowed).as("ward " + ward).isTrue();
		}
	}

	@Test
	void theLastIndexedFirstAnswersAsTheWholeWindowDoes() throws Exception {
		// Keys in random order, so that the last indexed documents' page is far from
		// the window's, and ties on the number everywhere.
		java.util.Random random = new java.util.Random(9);
		for (int i = 0; i < 3000; i++) {
			this.index.upsert(SearchDocument
				.builder(String.format("r-%04d", i), DocumentType.PROBLEM, TestDocuments.BASE.plusSeconds(i))
				.title("課題 " + i)
				.status("PUBLISHED")
				.number("supporters", random.nextInt(2))
				.sortKey("key", String.format("%08d", random.nextInt(100_000_000)))
				.build());
		}
		this.index.refreshNow();
		org.apache.lucene.search.SortField[] fields = new org.apache.lucene.search.SortField[4];
		fields[0] = new org.apache.lucene.search.SortField("num.supporters",
				org.apache.lucene.search.SortField.Type.LONG, true);
		fields[0].setMissingValue(Long.MIN_VALUE);
		for (int part = 0; part < 3; part++) {
			fields[part + 1] = new org.apache.lucene.search.SortField("key.key#" + part,
					org.apache.lucene.search.SortField.Type.LONG, true);
			fields[part + 1].setMissingValue(Long.MIN_VALUE);
		}
		org.apache.lucene.search.Sort sort = new org.apache.lucene.search.Sort(fields);
		org.apache.lucene.search.Query window = new org.apache.lucene.search.ConstantScoreQuery(
				DocumentLists.toQuery(ListFilter.keyword("status", "PUBLISHED")));
		for (int wanted : new int[] { 1, 20, 57 }) {
			List<Integer> whole = this.index.withSearcher((searcher) -> java.util.Arrays
				.stream(searcher.search(window, LastIndexedFirst.collector(sort, wanted)).scoreDocs)
				.map((hit) -> hit.doc)
				.toList());
			List<Integer> lastFirst = this.index.withSearcher((searcher) -> java.util.Arrays
				.stream(LastIndexedFirst.search(searcher, window, sort, wanted, 3000).scoreDocs)
				.map((hit) -> hit.doc)
				.toList());
			assertThat(lastFirst).as("wanted " + wanted).hasSize(wanted).containsExactlyElementsOf(whole);
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
