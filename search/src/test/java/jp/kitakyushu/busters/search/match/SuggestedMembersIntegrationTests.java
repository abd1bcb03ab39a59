package jp.kitakyushu.busters.search.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A theme with few curated problems borrows the words of the unlinked problems matching
 * gives it most clearly, counted at a lower weight than curated ones.
 */
class SuggestedMembersIntegrationTests extends MatcherFixture {

	private static final String OCEAN = "Ocean buoys measure waves and currents far from the coast.";

	private static final String AIR = "Aircraft engines and wing structures for long flights.";

	/**
	 * Closer to the suggested drone problem than to anything curated; only "waves" is
	 * curated.
	 */
	private static final String DRONES = "Unmanned drones with radar and lidar survey the waves: the drones' "
			+ "radar and lidar survey the ground.";

	@Override
	List<SearchDocument> documents() {
		return List.of(theme("t-ocean", OCEAN), theme("t-air", AIR), member("p-ocean", OCEAN, "t-ocean"),
				member("p-air", AIR, "t-air"),
				SearchDocument.builder("s-drones", DocumentType.PROBLEM, START)
					.text("Unmanned drones with radar and lidar survey the ground.")
					.attribute(SearchDocument.SUGGESTED_THEME_ID, "t-air")
					.build());
	}

	private static SearchDocument theme(String id, String context) {
		return SearchDocument.builder(id, DocumentType.THEME, START).title(id).context(List.of(context)).build();
	}

	private static SearchDocument member(String id, String text, String theme) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, START)
			.text(text)
			.attribute(SearchDocument.THEME_ID, theme)
			.build();
	}

	@Test
	void aSuggestedMemberCountsForItsTheme() {
		assertThat(this.matcher.themesFor(DRONES, 2)).extracting(Match::id).containsExactly("t-air", "t-ocean");
	}

	@Test
	void withoutItsWeightTheCuratedWordsWin() {
		Matcher curatedOnly = new Matcher(this.index, MatchSettings.defaults().with("suggestedMemberWeight", "0"));
		assertThat(curatedOnly.themesFor(DRONES, 2)).extracting(Match::id).containsExactly("t-ocean");
	}

	@Test
	void eachThemeIsSuggestedTheProblemsItWinsMostClearly() {
		Map<String, String> unlinked = new LinkedHashMap<>();
		unlinked.put("c-mixed", "Ocean buoys carried by aircraft with long wing flights over waves.");
		unlinked.put("c-ocean", "Buoys measure ocean currents and waves near the coast.");
		unlinked.put("c-air", "Quieter aircraft engines for long flights.");
		assertThat(SuggestedMembers.choose(this.matcher, unlinked, 1))
			.isEqualTo(Map.of("t-ocean", List.of("c-ocean"), "t-air", List.of("c-air")));
		assertThat(SuggestedMembers.choose(this.matcher, unlinked, 0)).isEmpty();
	}

	@Test
	void aNegativeNumberPerThemeIsRefused() {
		assertThatThrownBy(() -> SuggestedMembers.choose(this.matcher, Map.of("c", OCEAN), -1))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("negative");
	}

}
