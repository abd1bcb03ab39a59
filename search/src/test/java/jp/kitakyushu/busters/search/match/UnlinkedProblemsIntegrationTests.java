package jp.kitakyushu.busters.search.match;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Theme matching weighs words with the statistics of themes and their members alone:
 * problems no theme links to, as many as citizens post, change neither the ranking nor
 * the scores of themes, on their own texts or through their members.
 */
class UnlinkedProblemsIntegrationTests {

	private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

	private static final String SOURCE = "公園のブランコが壊れていて、公園の遊具が危ない。夜は道路の街灯も消えている。"
			+ " The park swing is broken and the street light by the park is out at night.";

	@TempDir
	Path directory;

	@Test
	void unlinkedProblemsChangeNoThemeScore() {
		List<Match> curated = themes(curated(), "curated");
		List<SearchDocument> withUnlinked = new ArrayList<>(curated());
		// Problems no theme links to, about the park: in the whole index its words become
		// the commonest, and would weigh least.
		for (int i = 0; i < 200; i++) {
			withUnlinked.add(SearchDocument.builder("u" + i, DocumentType.PROBLEM, START.plusSeconds(i))
				.text("公園のベンチが汚れている。公園の遊具が古い。 The park bench in park " + i + " is dirty and broken.")
				.build());
		}
		List<Match> unlinked = themes(withUnlinked, "unlinked");
		assertThat(curated).hasSize(3);
		assertThat(unlinked).extracting(Match::id).containsExactlyElementsOf(curated.stream().map(Match::id).toList());
		for (int i = 0; i < curated.size(); i++) {
			assertThat(unlinked.get(i).score()).as(curated.get(i).id())
				.isCloseTo(curated.get(i).score(), within(curated.get(i).score() * 1e-5f));
		}
	}

	@Test
	void anIndexedDocumentOutsideTheThemesMatchesThemesByItsWords() {
		// Its words are not counted in the statistics, so none is discounted as its own:
		// each is in one curated document only.
		List<SearchDocument> documents = new ArrayList<>(curated());
		documents.add(SearchDocument.builder("p-swing", DocumentType.PROBLEM, START).text("ブランコ。swing").build());
		try (SearchIndex index = open(documents, "document")) {
			List<Match> themes = new Matcher(index)
				.match(MatchRequest.document("p-swing").targets(DocumentType.THEME).limit(10).build());
			assertThat(themes).extracting(Match::id).first().isEqualTo("t-park");
		}
	}

	private List<Match> themes(List<SearchDocument> documents, String name) {
		try (SearchIndex index = open(documents, name)) {
			return new Matcher(index).themesFor(SOURCE, 10);
		}
	}

	private SearchIndex open(List<SearchDocument> documents, String name) {
		SearchIndexConfig defaults = SearchIndexConfig.of(this.directory.resolve(name), name);
		SearchIndexConfig config = new SearchIndexConfig(defaults.directory(), defaults.name(),
				defaults.commitInterval(), defaults.maxStale(), defaults.minStale(), Duration.ofSeconds(60),
				defaults.ramBufferMb(), defaults.bm25K1(), defaults.bm25B());
		return SearchIndex.open(config, IndexSource.of(documents));
	}

	private static List<SearchDocument> curated() {
		return List.of(theme("t-park", "公園の遊具", "公園の遊具が古くて壊れている。The playground in the park is old and broken."),
				member("m-swing", "公園のブランコが壊れた。The swing in the park is broken.", "t-park"),
				member("m-slide", "公園の滑り台がさびている。The slide in the park is rusty.", "t-park"),
				theme("t-light", "街灯", "道路の街灯が消えていて夜が暗い。Street lights are out and the road is dark at night."),
				member("m-lamp", "家の前の道路の街灯が何週間も消えている。The street light on my road has been out for weeks.", "t-light"),
				theme("t-bus", "バス停", "バス停に屋根がない。The bus stop has no roof."),
				member("m-roof", "雨の日にバス停で濡れる。I get wet at the bus stop on rainy days.", "t-bus"));
	}

	private static SearchDocument theme(String id, String title, String text) {
		return SearchDocument.builder(id, DocumentType.THEME, START).title(title).text(text).build();
	}

	private static SearchDocument member(String id, String text, String theme) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, START)
			.text(text)
			.attribute(SearchDocument.THEME_ID, theme)
			.build();
	}

}
