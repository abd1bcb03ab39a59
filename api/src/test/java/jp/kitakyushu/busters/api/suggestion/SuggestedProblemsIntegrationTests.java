package jp.kitakyushu.busters.api.suggestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.ThemeApiTest;
import jp.kitakyushu.busters.api.theme.ThemeTestInputs;
import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.query.FullTextSearch;
import jp.kitakyushu.busters.search.query.SearchHit;
import jp.kitakyushu.busters.search.query.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggested problems over the API: a published problem no theme has taken up that clearly
 * fits an open theme becomes its suggestion (with the clarity matching gave it), a
 * problem a theme took up never does, a theme that fits it better takes it over, a
 * problem that leaves the public eye leaves the suggestions, and only staff see them.
 */
class SuggestedProblemsIntegrationTests extends ThemeApiTest {

	private static final Duration IDLE = Duration.ofSeconds(30);

	@Autowired
	private SuggestionWorker worker;

	@Autowired
	private FullTextSearch search;

	/** The other tests run without the background scoring (see ApiIntegrationTest). */
	@BeforeEach
	void scoreSuggestions() {
		this.worker.enable(true);
	}

	@AfterEach
	void stopScoring() throws InterruptedException {
		idle();
		this.worker.enable(false);
	}

	@Test
	void aPublishedUnlinkedProblemThatClearlyFitsAnOpenThemeIsItsSuggestion() throws InterruptedException {
		String lights = open(theme("公園の街灯が暗い", "夜の公園の街灯が少なく暗くて怖いという声に応える提案を募集します。", "DISASTER_SAFETY",
				published("公園の街灯が暗い", "夜の公園は街灯が少なくて暗く、通り抜けるのが怖いです。", "DISASTER_SAFETY")));
		String roofs = open(theme("バス停に屋根を", "屋根のないバス停で雨にぬれて待つ人をなくす提案を募集します。", "TRANSPORT",
				published("バス停に屋根がない", "雨の日にバス停で待つと、屋根がないのでずぶ濡れになります。", "TRANSPORT")));
		String dark = published("公園の街灯が切れている", "近所の公園の街灯が切れたままで、夜は真っ暗で怖いです。", "DISASTER_SAFETY");
		idle();

		List<JsonNode> suggested = suggested(staff(), lights);
		assertThat(ids(suggested)).containsExactly(dark);
		assertThat(suggested.get(0).path("clarity").asDouble()).isBetween(0.0, 1.0);
		assertThat(suggested.get(0).path("problem").path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(ids(suggested(staff(), roofs))).isEmpty();
		// The index holds it as the theme's suggested member, which theme matching
		// counts.
		assertThat(indexedAsSuggested(lights)).containsExactly(dark);
	}

	@Test
	void aProblemAThemeTookUpIsNeverSuggested() throws InterruptedException {
		String linked = published("公園の街灯が暗い", "夜の公園は街灯が少なくて暗く、通り抜けるのが怖いです。", "DISASTER_SAFETY");
		String lights = open(theme("公園の街灯が暗い", "夜の公園の街灯が少なく暗くて怖いという声に応える提案を募集します。", "DISASTER_SAFETY", linked));
		open(theme("バス停に屋根を", "屋根のないバス停で雨にぬれて待つ人をなくす提案を募集します。", "TRANSPORT",
				published("バス停に屋根がない", "雨の日にバス停で待つと、屋根がないのでずぶ濡れになります。", "TRANSPORT")));
		idle();
		assertThat(ids(suggested(staff(), lights))).doesNotContain(linked).isEmpty();
	}

	@Test
	void aThemeThatFitsBetterTakesTheProblemOverAndMergingDropsIt() throws InterruptedException {
		String parks = open(theme("公園を明るく安全に", "公園の照明や見通しをよくして、夜も安心して通れる公園にする提案を募集します。", "DISASTER_SAFETY",
				published("公園が夜に暗い", "夜の公園は照明が少なくて暗く、通り抜けるのが怖いです。", "DISASTER_SAFETY")));
		open(theme("バス停に屋根を", "屋根のないバス停で雨にぬれて待つ人をなくす提案を募集します。", "TRANSPORT",
				published("バス停に屋根がない", "雨の日にバス停で待つと、屋根がないのでずぶ濡れになります。", "TRANSPORT")));
		String broken = published("公園の街灯が切れている", "公園の街灯が切れたままで、街灯の修理を何度頼んでも街灯が直りません。", "DISASTER_SAFETY");
		idle();
		assertThat(ids(suggested(staff(), parks))).containsExactly(broken);

		String repairs = open(theme("切れた街灯の修理を早く", "街灯が切れたまま直らない、街灯の修理の依頼が届かないという声に応える提案を募集します。", "DISASTER_SAFETY",
				published("街灯の修理が遅い", "切れた街灯の修理を頼んでも、街灯がなかなか直りません。", "DISASTER_SAFETY")));
		idle();
		assertThat(ids(suggested(staff(), repairs))).containsExactly(broken);
		assertThat(ids(suggested(staff(), parks))).isEmpty();

		String kept = published("街灯が直らない", "公園の街灯が切れたまま、いつまでも直りません。", "DISASTER_SAFETY");
		Response merged = staff().op("problemModerate", "Merge", Map.of("id", broken, "into", kept));
		assertThat(merged.data("problemMerge", "problem", "status").asString()).as(merged.raw()).isEqualTo("MERGED");
		idle();
		assertThat(ids(suggested(staff(), repairs))).doesNotContain(broken);
		assertThat(indexedAsSuggested(repairs)).doesNotContain(broken);
		assertThat(indexedAsSuggested(parks)).doesNotContain(broken);
	}

	@Test
	void onlyStaffSeeSuggestions() throws InterruptedException {
		String lights = open(theme("公園の街灯が暗い", "夜の公園の街灯が少なく暗くて怖いという声に応える提案を募集します。", "DISASTER_SAFETY",
				published("公園の街灯が暗い", "夜の公園は街灯が少なくて暗く、通り抜けるのが怖いです。", "DISASTER_SAFETY")));
		published("公園の街灯が切れている", "近所の公園の街灯が切れたままで、夜は真っ暗で怖いです。", "DISASTER_SAFETY");
		idle();
		assertThat(ids(suggested(staff(), lights))).hasSize(1);
		for (Caller caller : new Caller[] { anonymous(), citizen(), companyA() }) {
			Response response = caller.op("suggestion", "Suggested", Map.of("id", lights));
			assertNoErrors(response);
			assertThat(response.data("node", "suggestedProblems").isNull()).as(response.raw()).isTrue();
		}
	}

	private Map<String, Object> theme(String title, String description, String category, String problemId) {
		return ThemeTestInputs.themeInput(now(), List.of(problemId), "title", title, "description", description,
				"category", category);
	}

	private String published(String title, String body, String category) {
		Map<String, Object> input = new HashMap<>(
				Map.of("title", title, "body", body, "ward", "TOBATA", "category", category));
		String id = citizen().runNamed("problemSubmit", Map.of("input", input))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", id));
		return id;
	}

	private void idle() throws InterruptedException {
		assertThat(this.worker.awaitIdle(IDLE)).isTrue();
	}

	private List<JsonNode> suggested(Caller caller, String themeId) {
		Response response = caller.op("suggestion", "Suggested", Map.of("id", themeId));
		assertNoErrors(response);
		List<JsonNode> suggested = new ArrayList<>();
		response.data("node", "suggestedProblems").forEach(suggested::add);
		return suggested;
	}

	/** The problems the index holds as a theme's suggested members. */
	private List<String> indexedAsSuggested(String themeId) {
		return this.search
			.search(SearchRequest.builder("街灯")
				.types(DocumentType.PROBLEM)
				.filter(SearchDocument.SUGGESTED_THEME_ID, themeId)
				.build())
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

	private static List<String> ids(List<JsonNode> suggested) {
		return suggested.stream().map((node) -> node.path("problem").path("id").asString()).toList();
	}

}
