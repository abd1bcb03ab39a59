package jp.kitakyushu.busters.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting a problem in the browser: similar problems appear while typing, a field error
 * comes back next to its field with the input kept, the fixed form is received, and the
 * citizen finds the problem under My problems, waiting for review. When the api judges an
 * existing problem very likely the same, the live hint and the check step say so and
 * offer "me too" instead of posting.
 */
@Order(11)
@ExtendWith(PlatformExtension.class)
class CitizenPostIntegrationTests {

	@Test
	void aCitizenFixesAFieldErrorPostsAndFindsTheProblemWaitingForReview() {
		String title = "公民館の駐輪場が暗い " + UUID.randomUUID().toString().substring(0, 8);
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys(title);
			browser.driver().findElement(By.id("body")).sendKeys("夜になると駐輪場の足元が見えず、自転車を出すのが怖いです。");
			// With JavaScript, similar problems appear while typing (htmx,
			// after a pause), each with a way to say "me too" instead.
			assertThat(browser.visible(By.cssSelector("#similar-live h2")).getText()).isEqualTo("似ている困りごと");
			assertThat(browser.visible(By.cssSelector("#similar-live #similar-list li")).getText()).isNotBlank();
			// Only on the same topic: no "this may be the same problem" beyond the list.
			assertThat(browser.driver().findElements(By.id("likely-same"))).isEmpty();
			new Select(browser.driver().findElement(By.id("category"))).selectByValue("DISASTER_SAFETY");
			browser.driver().findElement(By.id("post-check")).click();

			// No ward: the form comes back with the error next to the field, input kept.
			assertThat(browser.byId("ward-error").getText()).contains("区を選んでください");
			assertThat(browser.driver().getTitle()).startsWith("エラー:");
			assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
			assertThat(browser.driver().findElement(By.id("ward")).getDomAttribute("aria-invalid")).isEqualTo("true");

			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("TOBATA");
			browser.driver().findElement(By.id("post-check")).click();
			// The check page: the public preview, then posting.
			assertThat(browser.byId("preview-title").getText()).isEqualTo(title);
			assertThat(browser.driver().findElements(By.id("likely-same"))).isEmpty();
			browser.driver().findElement(By.id("post-submit")).click();

			assertThat(browser.byId("flash").getText()).contains("投稿を受け付けました");
			assertThat(browser.byId("problem-title").getText()).isEqualTo(title);
			assertThat(browser.text()).contains("確認待ち");
			browser.open("/my/problems");
			assertThat(browser.byId("my-problems").getText()).contains(title);
		}
	}

	@Test
	void whenTheApiJudgesAProblemVeryLikelyTheSameThePageSaysSoAndOffersMeTooWithAndWithoutJavaScript() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String title = "八幡東区の市民プールの更衣室にロッカーの鍵が足りない " + tag;
		String body = "八幡東区の市民プールでは更衣室のロッカーの鍵がいつも足りず、夏休みは荷物を床に置いたまま泳ぐしかありません。鍵の数を増やしてほしいです。";
		String existing = published(title, body);
		String typed = title + "\n" + body;
		awaitLikelySame(typed, existing);

		// With JavaScript: the hint while typing says it plainly, "me too" first.
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys(title);
			browser.driver().findElement(By.id("body")).sendKeys(body);
			assertThat(browser.visible(By.cssSelector("#similar-live #likely-same-heading")).getText())
				.isEqualTo("同じ困りごとかもしれません");
			assertThat(browser.byId("likely-list").getText()).contains(title);
			assertThat(browser.byId("likely-support-" + existing).getText()).isEqualTo("同じです。「わたしも」と伝える");
			// Taro's own demo problems are among the other similar ones: they offer no
			// "me too" and say why.
			assertThat(browser.byId("similar-list").getText()).contains("これはあなたが投稿した困りごとです。");
			Axe.check(browser, "post-likely-same-live");
			browser.screenshot("post-likely-same-live");
			// The check step says the same, before the preview.
			new Select(browser.driver().findElement(By.id("category"))).selectByValue("OTHER");
			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("YAHATA_HIGASHI");
			WebElement check = browser.driver().findElement(By.id("post-check"));
			check.click();
			// The click may return before the check step's page arrives (seen once in a
			// full run): read the heading of the page that answered.
			browser.waitUntilReplaced(check);
			assertThat(browser.byId("likely-same-heading").getText()).isEqualTo("同じ困りごとかもしれません");
			Axe.check(browser, "post-likely-same-check");
			browser.screenshot("post-likely-same-check");
		}

		// Without JavaScript: the check step says the same before the preview, and
		// "me too" supports the existing problem instead of posting.
		try (Browser browser = Browser.withoutJavaScript()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys(title);
			browser.driver().findElement(By.id("body")).sendKeys(body);
			new Select(browser.driver().findElement(By.id("category"))).selectByValue("OTHER");
			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("YAHATA_HIGASHI");
			browser.driver().findElement(By.id("post-check")).click();
			assertThat(browser.byId("likely-same-heading").getText()).isEqualTo("同じ困りごとかもしれません");
			assertThat(browser.byId("likely-list").getText()).contains(title);
			// The posting form is still there for a different problem.
			assertThat(browser.byId("post-submit").isDisplayed()).isTrue();
			browser.byId("likely-support-" + existing).click();
			assertThat(browser.byId("flash").getText()).contains("わたしも");
			assertThat(browser.url()).contains("/problems/" + existing);
		}
		assertThat(GraphQl.as("taro")
			.data("query($id: ID!) { node(id: $id) { ... on Problem { supportedByMe } } }", Map.of("id", existing))
			.path("node")
			.path("supportedByMe")
			.asBoolean()).isTrue();
	}

	/** A problem hanako posts and staff publish. */
	private static String published(String title, String body) {
		String id = GraphQl.as("hanako")
			.data("mutation($input: ProblemSubmitInput!) { problemSubmit(input: $input) { problem { id } } }",
					Map.of("input",
							Map.of("title", title, "body", body, "ward", "YAHATA_HIGASHI", "category", "OTHER")))
			.path("problemSubmit")
			.path("problem")
			.path("id")
			.asString();
		GraphQl.as("staff")
			.data("mutation($id: ID!) { problemPublish(input: { problemId: $id }) { problem { id } } }",
					Map.of("id", id));
		return id;
	}

	/**
	 * Waits until the index holds the published problem and the api's calibrated hint
	 * fires for the text: the page's behaviour is under test here, not the calibration.
	 */
	private static void awaitLikelySame(String text, String problem) {
		GraphQl taro = GraphQl.as("taro");
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		JsonNode matches;
		do {
			matches = taro.data(
					"query($text: String!) { similarProblems(text: $text, first: 5) { sameProblemLikely node { ... on Problem { id } } } }",
					Map.of("text", text))
				.path("similarProblems");
			for (JsonNode match : matches) {
				if (problem.equals(match.path("node").path("id").asString())) {
					assertThat(match.path("sameProblemLikely").asBoolean()).as(matches.toString()).isTrue();
					return;
				}
			}
		}
		while (System.nanoTime() < until && pause());
		throw new AssertionError("the published problem never came up as similar: " + matches);
	}

	private static boolean pause() {
		try {
			Thread.sleep(250);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
