package jp.kitakyushu.busters.e2e;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen finds after posting, with JavaScript off and the keyboard alone: under
 * My problems every state with its reason (a problem staff did not publish says why, a
 * merged one links to the problem it joined); the header counts unread notifications and
 * opening one marks it read; and "me too" can be taken back.
 */
@Order(23)
@ExtendWith(PlatformExtension.class)
class CitizenFollowUpIntegrationTests {

	static final String REASON = "個人の敷地内のことで、市の事業では取り上げられません。";

	@Test
	void myProblemsSayWhyOneWasNotPublishedAndWhereAMergedOneWent() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String rejectedTitle = "自宅の庭の木が伸びすぎた " + tag;
		String mergedTitle = "駅前の駐輪場がいっぱい " + tag;
		String rejected = Api.submit("hanako", rejectedTitle, "隣の家まで枝が伸びています。", "ENVIRONMENT", "MOJI");
		String merged = Api.submit("hanako", mergedTitle, "朝は自転車を停める場所がありません。", "TRANSPORT", "TOBATA");
		String target = Api.id("{ problems(first: 1, filter: { status: PUBLISHED }) { nodes { id } } }", "problems",
				"nodes", "0", "id");
		String targetTitle = Api.anonymous("{ node(id: \"" + target + "\") { ... on Problem { title } } }")
			.path("node")
			.path("title")
			.asString();
		Api.reject(rejected, REASON);
		Api.merge(merged, target);

		try (Browser browser = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(browser);
			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			keys.press("nav-my-problems");
			WebElement list = browser.byId("my-problems");
			assertThat(itemOf(list, rejectedTitle).getText()).contains("非公開");
			assertThat(itemOf(list, mergedTitle).getText()).contains("統合済み");

			keys.follow(rejectedTitle);
			assertThat(browser.byId("problem-title").getText()).isEqualTo(rejectedTitle);
			assertThat(browser.byId("rejection-reason").getText()).contains(REASON);
			assertThat(browser.byId("problem-body").getText()).isEqualTo("隣の家まで枝が伸びています。");
			assertThat(browser.byId("timeline").getText()).contains("投稿されました");

			browser.open("/my/problems");
			keys.follow(mergedTitle);
			WebElement into = browser.byId("merged-into").findElement(By.tagName("a"));
			assertThat(into.getText()).isEqualTo(targetTitle);
			keys.press(into);
			assertThat(browser.url()).isEqualTo(Platform.WEB + "problems/" + target);
		}
		// axe-core needs JavaScript: both pages again in a browser that has it.
		try (Browser browser = Browser.japanese()) {
			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/" + rejected);
			browser.byId("rejection-reason");
			Axe.check(browser, "my-problem-rejected-ja");
			browser.screenshot("my-problem-rejected");
			browser.open("/my/problems/" + merged);
			browser.byId("merged-into");
			Axe.check(browser, "my-problem-merged-ja");
		}
	}

	@Test
	void theHeaderCountsUnreadNotificationsAndOpeningOneMarksItRead() {
		String title = "公園の街灯が切れたまま " + UUID.randomUUID().toString().substring(0, 6);
		String problem = Api.submit("hanako", title, "夜の公園が真っ暗で、通り抜けるのが怖いです。", "ENVIRONMENT", "KOKURA_KITA");
		Api.publish(problem);
		String theme = Api.openTheme("夜道を明るくする仕組み", List.of(problem));

		try (Browser browser = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(browser);
			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			int before = unread(browser);
			assertThat(before).isPositive();
			assertThat(browser.byId("unread-count").getText()).contains("件の未読");
			keys.press("nav-notifications");
			WebElement item = itemOf(browser.byId("notification-list"), title);
			assertThat(item.getText()).contains("未読").contains("提案テーマに取り上げられました").contains("夜道を明るくする仕組み");
			String open = item.findElement(By.cssSelector("button[id^=open-]")).getDomAttribute("id");
			keys.press(open);

			// Opening it leads to the theme and marks it read.
			assertThat(browser.url()).isEqualTo(Platform.WEB + "themes/" + theme);
			assertThat(unread(browser)).isEqualTo(before - 1);
			browser.open("/my/notifications");
			assertThat(itemOf(browser.byId("notification-list"), title).getText()).doesNotContain("未読");
		}
	}

	@Test
	void aCitizenTakesBackTheirMeToo() {
		String title = "横断歩道の白線が消えかけている " + UUID.randomUUID().toString().substring(0, 6);
		String problem = Api.submit("hanako", title, "車から見えにくく、子どもが渡るのが心配です。", "DISASTER_SAFETY", "WAKAMATSU");
		Api.publish(problem);

		try (Browser browser = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(browser);
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			browser.open("/problems/" + problem);
			assertThat(browser.byId("supporter-count").getText()).contains("0人");
			keys.press("support-button");
			assertThat(browser.byId("supporter-count").getText()).contains("1人");

			keys.press("withdraw-button");
			assertThat(browser.byId("flash").getText()).contains("取り消しました");
			assertThat(browser.byId("supporter-count").getText()).contains("0人");
			assertThat(browser.byId("support-button").isDisplayed()).isTrue();
		}
	}

	@Test
	void myAccountShowsWhatKeycloakHoldsAndWhatTheSiteKeepsAndWhoSeesIt() {
		try (Browser browser = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(browser);
			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			keys.press("nav-account");
			assertThat(browser.byId("account-name").getText()).isEqualTo("山田 花子");
			assertThat(browser.byId("account-email").getText()).isEqualTo("hanako@demo.busters.example");
			WebElement table = browser.byId("data-table");
			assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
			assertThat(table.getText()).contains("投稿した困りごと", "原文と連絡先はあなたと市の職員だけ", "変更の記録", "市の職員だけ");
		}
	}

	/** The list item whose text holds these words. */
	private static WebElement itemOf(WebElement list, String words) {
		return list.findElements(By.xpath("./li"))
			.stream()
			.filter((item) -> item.getText().contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item with " + words + " in:\n" + list.getText()));
	}

	/** The unread count in the header, 0 when there is no badge. */
	private static int unread(Browser browser) {
		List<WebElement> badge = browser.driver().findElements(By.cssSelector("#unread-count span:first-child"));
		return badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText().trim());
	}

}
