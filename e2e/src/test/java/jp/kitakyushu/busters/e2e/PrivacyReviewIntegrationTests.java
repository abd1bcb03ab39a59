package jp.kitakyushu.busters.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's privacy review in the browser, with the keyboard: the queue marks a citizen's
 * post whose name the detector only flags, and it cannot be published with the plain
 * button; staff mask a building the detector missed, keep the name masked and publish;
 * later they show the building after all, which re-publishes the text. Each time the
 * public page, search and similar problems show exactly the approved text. Bad reviews
 * (words not in the text, words overlapping a mask, a mask that is not there, a problem
 * no longer reviewable) come back next to the form, nothing changed; every state of the
 * page is axe-clean.
 */
@Order(17)
@ExtendWith(PlatformExtension.class)
class PrivacyReviewIntegrationTests {

	private static final String NAME = "相沢";

	private static final String PHONE = "090-1234-5678";

	private static final String BUILDING = "ひまわり荘";

	private static final String FINDINGS = """
			query($id: ID!) { node(id: $id) { ... on Problem { status publicTitle publicBody awaitsPrivacyReview
			  findings { text kind start end confidence reviewed } } } }""";

	private static Browser browser;

	private static GraphQl staff;

	private final String tag = letters();

	private final String title = "坂の街灯が消えています " + this.tag;

	private final String body = "防犯灯の件で、" + NAME + "から区役所に電話してもらいました。" + BUILDING + "の二階から見える坂の街灯が三本とも消えています。連絡は"
			+ PHONE + "へ。";

	@BeforeAll
	static void signIn() {
		staff = GraphQl.as("staff");
		browser = Browser.japanese();
		browser.signIn("staff", Keycloak.DEMO_PASSWORD);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void staffMaskShowAndPublishAndThePublicReadsExactlyTheApprovedText() {
		String id = phonedIn(this.title, this.body);
		Keyboard keys = new Keyboard(browser);

		// The queue, newest first, says before anyone opens the post that a finding holds
		// its publishing back, and how many spans the public reads masked.
		browser.open("/staff/moderation?order=newest");
		WebElement queued = browser.byId("moderation-queue")
			.findElement(By.xpath(".//li[.//a[contains(@href, '" + id + "')]]"));
		assertThat(queued.getText()).contains("要確認 1件").contains("伏せ字 2か所");
		assertThat(browser.byId("filter-order").getDomProperty("value")).isEqualTo("newest");
		browser.screenshot("staff-moderation-newest");

		// Narrowed to the posts a review holds back, the queue keeps this one; narrowed
		// to
		// those with nothing to check, it drops it.
		browser.open("/staff/moderation?order=newest&review=waiting");
		assertThat(browser.byId("filter-review").getDomProperty("value")).isEqualTo("waiting");
		assertThat(browser.byId("moderation-queue").getText()).contains(this.title);
		for (WebElement post : browser.byId("moderation-queue").findElements(By.cssSelector(":scope > li"))) {
			assertThat(post.getText()).contains("要確認");
		}
		browser.open("/staff/moderation?order=newest&review=clear");
		assertThat(browser.driver().getPageSource()).doesNotContain(id);

		// The staff home counts the posts a review holds back and leads to them.
		browser.open("/staff");
		WebElement privacy = browser.byId("waiting-privacy");
		assertThat(Long.parseLong(privacy.findElement(By.tagName("strong")).getText().replace(",", ""))).isPositive();
		assertThat(privacy.getDomAttribute("href")).isEqualTo("/staff/moderation?review=waiting");

		browser.open("/staff/problems/" + id);

		// The original with each finding marked in words; the flagged name holds the
		// plain publish button back.
		WebElement name = browser.byId("original-body").findElement(By.cssSelector("mark.finding--flagged"));
		assertThat(name.getText()).isEqualTo(NAME);
		assertThat(browser.byId("original-body").getText()).contains(NAME + "〔1 氏名・要確認（いまは伏せ字）〕")
			.contains(PHONE + "〔2 電話番号・自動で伏せ字〕");
		assertThat(browser.byId("privacy-status").getText()).contains("要確認」が1件");
		assertThat(browser.byId("publish-waits").getText()).contains("要確認が1件");
		assertThat(browser.driver().findElements(By.id("publish"))).isEmpty();
		assertThat(browser.byId("public-body").getText()).doesNotContain(NAME).doesNotContain(PHONE);
		Axe.check(browser, "staff-privacy-review");
		browser.screenshot("staff-privacy-review");

		// Mask the building everywhere, keep the name masked, publish: with the keyboard.
		keys.type("phrase", BUILDING).choose("kind", "POSTAL_ADDRESS");
		WebElement publish = browser.byId("redact-publish");
		keys.press(publish);
		browser.waitUntilReplaced(publish);
		assertThat(browser.byId("flash").getText()).contains("公開しました");
		String approved = this.body.replace(NAME, "［氏名］").replace(BUILDING, "［住所］").replace(PHONE, "［電話番号］");
		JsonNode published = problem(id);
		assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.path("publicBody").asString()).isEqualTo(approved);
		assertPublicReads(id, approved, List.of(NAME, BUILDING, PHONE));

		// Published, the building turns out to be a landmark everyone knows: show it.
		browser.open("/staff/problems/" + id);
		assertThat(browser.byId("original-body").getText()).contains(NAME + "〔1 氏名・要確認だったもの（伏せ字に確定）〕")
			.contains(BUILDING + "〔2 住所・伏せ字（確認済み）〕");
		keys.toggle("unmask-2");
		WebElement save = browser.byId("redact-save");
		assertThat(save.getText()).contains("公開中の文面を更新する");
		keys.press(save);
		browser.waitUntilReplaced(save);
		assertThat(browser.byId("flash").getText()).contains("公開中の文面を更新しました");
		String shown = this.body.replace(NAME, "［氏名］").replace(PHONE, "［電話番号］");
		assertThat(browser.byId("public-body").getText()).isEqualTo(shown);
		assertPublicReads(id, shown, List.of(NAME, PHONE));
	}

	@Test
	void badReviewsComeBackNextToTheFormAndChangeNothing() {
		String id = phonedIn(this.title, this.body);
		JsonNode before = problem(id);

		browser.open("/staff/problems/" + id);
		browser.byId("phrase").sendKeys("木村");
		answer("redact-save");
		assertThat(browser.byId("phrase-error").getText()).contains("原文の選んだところにありません");
		assertThat(browser.byId("phrase").getDomProperty("value")).isEqualTo("木村");
		Axe.check(browser, "staff-privacy-review-errors");

		// Words that run into the masked phone number: the api refuses the overlap.
		browser.open("/staff/problems/" + id);
		browser.byId("phrase").sendKeys("連絡は090");
		answer("redact-save");
		assertThat(browser.byId("phrase-error").getText()).contains("一部が重なっています");
		assertThat(browser.byId("phrase").getDomProperty("value")).isEqualTo("連絡は090");

		// What a crafted post would send: a mask to remove that is not there.
		browser.open("/staff/problems/" + id);
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('unmask-1').value = 'BODY:0:3'");
		browser.byId("unmask-1").click();
		answer("redact-save");
		assertThat(browser.byId("unmask-error").getText()).contains("外そうとした伏せ字が見つかりません");
		assertThat(browser.driver().getTitle()).startsWith("エラー:");
		assertThat(problem(id)).isEqualTo(before);

		// Another officer rejects the problem while this page is open.
		browser.open("/staff/problems/" + id);
		Api.reject(id, "内容が重複しています。");
		answer("redact-save");
		assertThat(browser.byId("error-summary").getText()).contains("公開しないことにしたか");
		Axe.check(browser, "staff-privacy-review-wrong-state");
		JsonNode rejected = problem(id);
		assertThat(rejected.path("findings")).isEqualTo(before.path("findings"));
		assertThat(rejected.path("publicBody")).isEqualTo(before.path("publicBody"));
	}

	/** Submits the form with this button and waits for the page that answers. */
	private static void answer(String buttonId) {
		WebElement button = browser.byId(buttonId);
		button.click();
		browser.waitUntilReplaced(button);
	}

	/**
	 * The problem's page, search (page and api) and similar problems, as someone signed
	 * out reads them: exactly the approved body, none of the hidden values. The index
	 * follows a change by an event, so search is asked until it has caught up.
	 */
	private void assertPublicReads(String id, String approved, List<String> hidden) {
		try (Browser visitor = Browser.japanese()) {
			visitor.open("/problems/" + id);
			assertThat(visitor.byId("problem-title").getText()).isEqualTo(this.title);
			assertThat(visitor.byId("problem-body").getText()).isEqualTo(approved);

			String search = "query($q: String!) { search(query: $q, first: 20) { nodes { title { text } passages { text }"
					+ " node { ... on Problem { id body } } } } }";
			JsonNode hit = await(() -> find(Api.data(null, search, Map.of("q", this.tag)).path("search").path("nodes"),
					id, approved));
			assertThat(hit.toString()).doesNotContain(hidden.toArray(String[]::new));

			visitor.open("/search?q=" + this.tag);
			WebElement result = visitor.byId("search-results")
				.findElement(By.xpath(".//li[.//a[contains(@href, '" + id + "')]]"));
			assertThat(result.getText()).doesNotContain(hidden.toArray(String[]::new));

			String similar = "query($q: String!) { similarProblems(text: $q, first: 20) { passages { text }"
					+ " node { ... on Problem { id title body } } } }";
			JsonNode match = await(() -> find(
					Api.data(null, similar, Map.of("q", "坂の街灯が三本とも消えています " + this.tag)).path("similarProblems"), id,
					approved));
			assertThat(match.path("node").path("title").asString()).isEqualTo(this.title);
			assertThat(match.toString()).doesNotContain(hidden.toArray(String[]::new));
		}
	}

	/** The entry for this problem if its body is already the approved one. */
	private static JsonNode find(JsonNode entries, String id, String approved) {
		for (JsonNode entry : entries) {
			JsonNode node = entry.path("node");
			if (id.equals(node.path("id").asString()) && approved.equals(node.path("body").asString())) {
				return entry;
			}
		}
		return null;
	}

	private static JsonNode await(java.util.function.Supplier<JsonNode> probe) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.withMessage("the public reads of the problem never showed the approved text")
			.until((driver) -> probe.get());
	}

	/**
	 * A citizen's call, entered by staff: the same detector reads it as a web post, and
	 * staff's intake has its own hourly limit, so the demo citizens' ten submissions an
	 * hour stay for the citizen tests on the same platform.
	 */
	private static String phonedIn(String title, String body) {
		return staff
			.data("mutation($input: ProblemSubmitOnBehalfInput!) { problemSubmitOnBehalf(input: $input) {"
					+ " problem { id } userErrors { message } } }",
					Map.of("input",
							Map.of("title", title, "body", body, "category", "DISASTER_SAFETY", "ward", "KOKURA_MINAMI",
									"intakeMethod", "PHONE", "contact", Map.of("name", "電話の相談者"))))
			.path("problemSubmitOnBehalf")
			.path("problem")
			.path("id")
			.asString();
	}

	private static JsonNode problem(String id) {
		return staff.data(FINDINGS, Map.of("id", id)).path("node");
	}

	/** A word of letters only, which the Japanese analyzer keeps as one token. */
	private static String letters() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
