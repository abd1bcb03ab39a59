package jp.kitakyushu.busters.search.query;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.TestDocuments;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FullTextSearchIntegrationTests {

	@TempDir
	Path directory;

	private SearchIndex index;

	private FullTextSearch search;

	@BeforeEach
	void open() {
		this.index = SearchIndex.open(SearchIndexConfig.of(this.directory, "search-test"),
				IndexSource.of(TestDocuments.civicProblems()));
		this.search = new FullTextSearch(this.index);
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	private SearchResults search(String query) {
		return this.search.search(SearchRequest.builder(query).build());
	}

	@Test
	void findsJapaneseTextThroughSynonyms() {
		SearchResults results = search("お年寄り ごみ");
		assertThat(results.hits()).extracting(SearchHit::id).first().isEqualTo("p1");
		assertThat(results.totalHits()).isEqualTo(1);
	}

	@Test
	void findsEnglishTextWithStemming() {
		SearchResults results = search("shelters");
		assertThat(results.hits()).extracting(SearchHit::id).containsExactly("p4");
	}

	@Test
	void highlightsMatchesInTitleAndText() {
		SearchHit hit = search("空き家").hits().get(0);
		assertThat(hit.id()).isEqualTo("p3");
		assertThat(hit.titleHighlights().highlightedTexts()).containsExactly("空き家");
		assertThat(hit.passages()).isNotEmpty();
		// The text says 空家: the synonym is highlighted where it stands.
		assertThat(hit.passages().get(0).highlightedTexts()).contains("空家");
		assertThat(hit.titleHighlights().toHtml()).isEqualTo("<mark>空き家</mark>が放置されている");
	}

	@Test
	void everyHitCarriesItsStoredFieldsAndHighlights() {
		assertThat(search("高齢者 | 空き家").hits()).extracting(FullTextSearchIntegrationTests::rendered)
			.containsExactly(
					"p3 | PROBLEM | 空き家が放置されている | <mark>空き家</mark>が放置されている"
							+ " | [近所の<mark>空家</mark>が何年も放置され、雑草と不法投棄のごみが増えている。] | 環境・ごみ | 門司区 | PUBLISHED"
							+ " | 2026-04-01T00:00:03Z",
					"p1 | PROBLEM | ごみ出しを手伝ってほしい | ごみ出しを手伝ってほしい"
							+ " | [<mark>高齢者</mark>のごみ出しを手伝う人がいない。集積所まで坂道が続き、お<mark>年寄り</mark>には重い袋を運べない。]"
							+ " | 環境・ごみ | 八幡東区 | PUBLISHED | 2026-04-01T00:00:01Z",
					"p2 | PROBLEM | バス停に屋根がない | バス停に屋根がない"
							+ " | [小倉南区のバス停には屋根もベンチもなく、雨の日に<mark>高齢者</mark>が立って待っている。] | 交通・移動 | 小倉南区"
							+ " | PUBLISHED | 2026-04-01T00:00:02Z");
	}

	@Test
	void highlightsTheFirstTenThousandCharactersOfATextAndNothingOfAMissingOne() {
		this.index.refreshNow();
		// The match in the long text lies past the highlighter's 10,000 characters: the
		// hit shows the text's opening, unmarked, as a highlighter reading the stored
		// text itself would.
		this.index.awaitSearchable(this.index
			.upsert(TestDocuments.problem("long", "夜道の安全", "夜道が暗くて歩きにくい。".repeat(1_000) + "街灯が壊れている。", 9)));
		this.index.awaitSearchable(this.index.upsert(TestDocuments.problem("no-text", "街灯の明るさ", "", 10)));
		assertThat(search("街灯").hits()).extracting(FullTextSearchIntegrationTests::rendered)
			.containsExactly(
					"no-text | PROBLEM | 街灯の明るさ | <mark>街灯</mark>の明るさ | [] | 高齢者・福祉 | 小倉北区 | PUBLISHED"
							+ " | 2026-04-01T00:00:10Z",
					"long | PROBLEM | 夜道の安全 | 夜道の安全 | [" + "夜道が暗くて歩きにくい。".repeat(10) + "] | 高齢者・福祉 | 小倉北区"
							+ " | PUBLISHED | 2026-04-01T00:00:09Z");
	}

	/**
	 * One line per hit with every field a result line shows, the highlights as HTML.
	 */
	private static String rendered(SearchHit hit) {
		return String.join(" | ", hit.id(), hit.type().name(), hit.title(), hit.titleHighlights().toHtml(),
				hit.passages().stream().map((passage) -> passage.toHtml()).toList().toString(), hit.category(),
				hit.ward(), hit.status(), hit.updatedAt().toString());
	}

	@Test
	void snippetsEscapeHtml() {
		this.index.refreshNow();
		this.index.awaitSearchable(
				this.index.upsert(TestDocuments.problem("x", "<script>alert(1)</script> 街灯", "街灯 & 防犯", 9)));
		SearchHit hit = search("街灯").hits().get(0);
		assertThat(hit.titleHighlights().toHtml()).startsWith("&lt;script&gt;alert(1)&lt;/script&gt; <mark>");
	}

	@Test
	void countsFacetsOverAllMatches() {
		SearchResults results = this.search.search(SearchRequest.builder("高齢者 | 空き家 | shelter").page(0, 1).build());
		assertThat(results.totalHits()).isEqualTo(4);
		assertThat(results.hits()).hasSize(1);
		assertThat(results.facets().get("category")).containsExactly(new FacetCount("交通・移動", 2),
				new FacetCount("環境・ごみ", 2));
		assertThat(results.facets().get("type")).containsExactly(new FacetCount("PROBLEM", 4));
		assertThat(results.facets().get("ward")).hasSize(4);
		assertThat(results.facets().get("status")).containsExactly(new FacetCount("PUBLISHED", 3),
				new FacetCount("SUBMITTED", 1));
	}

	@Test
	void withoutFacetsGivesTheSameHitsAndTotal() {
		for (String query : List.of("高齢者 | 空き家 | shelter", "空き家 shelter", "高齢者", "ない")) {
			for (int offset : new int[] { 0, 1, 3 }) {
				SearchResults faceted = this.search.search(SearchRequest.builder(query).page(offset, 2).build());
				SearchResults bare = this.search
					.search(SearchRequest.builder(query).page(offset, 2).withoutFacets().build());
				assertThat(bare.hits()).extracting(FullTextSearchIntegrationTests::rendered)
					.containsExactlyElementsOf(
							faceted.hits().stream().map(FullTextSearchIntegrationTests::rendered).toList());
				assertThat(bare.hits()).extracting(SearchHit::score)
					.containsExactlyElementsOf(faceted.hits().stream().map(SearchHit::score).toList());
				assertThat(bare.totalHits()).isEqualTo(faceted.totalHits());
				assertThat(bare.facets()).isEmpty();
			}
		}
	}

	@Test
	void filtersByKeywordsAttributesAndTypes() {
		SearchRequest request = SearchRequest.builder("高齢者")
			.filter("visibility", "PUBLIC")
			.filter("ward", "八幡東区", "小倉南区")
			.types(DocumentType.PROBLEM)
			.build();
		assertThat(this.search.search(request).hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("p1", "p2");
		assertThat(this.search.search(SearchRequest.builder("高齢者").types(DocumentType.THEME).build()).hits()).isEmpty();
	}

	@Test
	void pagesThroughResults() {
		SearchResults first = this.search.search(SearchRequest.builder("高齢者 | 空き家 | shelter").page(0, 3).build());
		SearchResults second = this.search.search(SearchRequest.builder("高齢者 | 空き家 | shelter").page(3, 3).build());
		assertThat(first.hits()).hasSize(3);
		assertThat(second.hits()).hasSize(1);
		assertThat(second.totalHits()).isEqualTo(4);
		assertThat(second.hits().get(0).id()).isNotIn(first.hits().stream().map(SearchHit::id).toList());
	}

	@Test
	void fallsBackToAnyWordWhenNoDocumentHasAll() {
		assertThat(search("空き家 shelter").hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("p3", "p4");
	}

	@Test
	void rejectsEmptyAndHugeQueriesWithUserMessages() {
		assertThatThrownBy(() -> search("   ")).isInstanceOf(InvalidQueryException.class)
			.hasMessage("Enter something to search for.")
			.extracting("code")
			.isEqualTo("EMPTY");
		assertThatThrownBy(() -> search("あ".repeat(10_001))).isInstanceOf(InvalidQueryException.class)
			.extracting("code")
			.isEqualTo("TOO_LONG");
		assertThatThrownBy(() -> this.search.search(SearchRequest.builder("ごみ").page(0, 101).build()))
			.isInstanceOf(InvalidQueryException.class)
			.extracting("code")
			.isEqualTo("BAD_PAGE");
	}

	@Test
	void rejectsBareWildcards() {
		assertThatThrownBy(() -> search("*")).isInstanceOf(InvalidQueryException.class)
			.extracting("code")
			.isEqualTo("NO_WORDS");
		assertThatThrownBy(() -> search("\"-* |\"")).isInstanceOf(InvalidQueryException.class)
			.extracting("code")
			.isEqualTo("NO_WORDS");
		assertThatThrownBy(() -> search("a*")).isInstanceOf(InvalidQueryException.class)
			.hasMessage("A * needs at least 2 characters before it.")
			.extracting("code")
			.isEqualTo("WILDCARD");
	}

	@Test
	void boundsPrefixesToTwoCharacters() {
		assertThat(search("shelt*").hits()).extracting(SearchHit::id).containsExactly("p4");
	}

	@Test
	void treatsBrokenSyntaxLiterally() {
		assertThat(search("\"バス停 (屋根 -").hits()).extracting(SearchHit::id).contains("p2");
		assertThat(search("AND OR NOT ) ( \" \\").hits()).isEmpty();
		assertThat(search("title:バス停 ~2 ^3").hits()).extracting(SearchHit::id).contains("p2");
	}

	@Test
	void stopsAtTheTimeLimitAndSaysResultsArePartial(@TempDir Path other) {
		SearchIndexConfig defaults = SearchIndexConfig.of(other, "slow");
		SearchIndexConfig instant = new SearchIndexConfig(other, "slow", defaults.commitInterval(), defaults.maxStale(),
				defaults.minStale(), java.time.Duration.ofNanos(1), defaults.ramBufferMb(), defaults.bm25K1(),
				defaults.bm25B());
		java.util.List<jp.kitakyushu.busters.search.SearchDocument> many = new java.util.ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			many.add(TestDocuments.problem("d" + i, "高齢者の課題 " + i, "高齢者のごみ出しを手伝う人がいない", i));
		}
		try (SearchIndex slow = SearchIndex.open(instant, IndexSource.of(many))) {
			SearchResults results = new FullTextSearch(slow).search(SearchRequest.builder("高齢者").build());
			assertThat(results.partial()).isTrue();
			assertThat(results.totalHits()).isLessThan(3000);
		}
		assertThat(search("高齢者").partial()).isFalse();
	}

	@Test
	void rejectsQueriesWithTooManyTerms() {
		String words = String.join(" ", Collections.nCopies(1, "")) + java.util.stream.IntStream.range(0, 1500)
			.mapToObj((i) -> "w" + i)
			.reduce((a, b) -> a + " " + b)
			.orElseThrow();
		assertThatThrownBy(() -> search(words)).isInstanceOf(InvalidQueryException.class)
			.extracting("code")
			.isEqualTo("TOO_MANY_TERMS");
	}

}
