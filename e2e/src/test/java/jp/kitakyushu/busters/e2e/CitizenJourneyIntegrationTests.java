package jp.kitakyushu.busters.e2e;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole citizen journey with the keyboard alone and JavaScript turned off: a new
 * person signs up through Keycloak, verifies their e-mail from the demo's mail server,
 * chooses a password (one the policy refuses first), asks for e-mail notifications, posts
 * a problem (a field error first, fixed with the input kept; similar problems offered on
 * the check page; personal data masked in the preview), finds it waiting for review;
 * staff publish it through the api; the public page shows the masked text; another
 * citizen supports it; and the e-mail about the publication arrives.
 */
@Order(20)
@ExtendWith(PlatformExtension.class)
class CitizenJourneyIntegrationTests {

	static final String PASSWORD = "kitakyushu-2026";

	static final Duration MAIL_WAIT = Duration.ofSeconds(45);

	@Test
	void aNewCitizenSignsUpPostsAndIsToldWithTheKeyboardAloneAndNoJavaScript() {
		String username = "citizen" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@demo.busters.example";
		String problemId;
		try (Browser browser = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(browser);
			browser.open("/");
			keys.press("signup");

			// Keycloak's registration form, in the Busters theme, in Japanese.
			browser.visible(By.id("username"));
			assertThat(browser.url()).startsWith(Keycloak.ISSUER);
			assertThat(browser.byId("busters-site").getText()).isEqualTo("北九州課題快傑バスターズ");
			assertThat(browser.source()).contains("lang=\"ja\"");
			keys.type("username", username)
				.type("email", email)
				.type("lastName", "新井")
				.type("firstName", "はじめ" + Keys.ENTER);

			// The address is verified from the mail the demo's server received; only then
			// does Keycloak ask for a password, under the realm's policy.
			browser.visible(By.id("kc-page-title"));
			JsonNode verification = Api.waitForMail(email, "メールアドレスの確認", MAIL_WAIT);
			browser.driver().get(Api.firstLink(verification));
			keys.type("password-new", "short").type("password-confirm", "short" + Keys.ENTER);
			// Keycloak names the rule either next to the field or above the form.
			assertThat(browser.visible(By.cssSelector("#input-error-password, .kc-alert--error")).getText())
				.contains("8");
			keys.type("password-new", PASSWORD).type("password-confirm", PASSWORD + Keys.ENTER);
			// Keycloak either goes on to the site or first says the account is ready;
			// wait until the password page has gone, however slowly the machine answers.
			browser.waitUp()
				.until((driver) -> driver.findElements(By.id("password-new")).isEmpty()
						&& driver.findElements(By.cssSelector("body")).size() == 1);
			if (!browser.url().startsWith(Platform.WEB.toString())) {
				// Keycloak's session is open: signing in on the site needs no password.
				browser.open("/");
				if (!browser.driver().findElements(By.id("login")).isEmpty()) {
					keys.press("login");
				}
			}
			assertThat(browser.byId("user-name").getText()).isEqualTo("新井 はじめ");

			// E-mail notifications, chosen on My account.
			keys.press("nav-account");
			assertThat(browser.byId("account-email").getText()).isEqualTo(email);
			keys.toggle("emailEnabled1").press("prefs-save");
			assertThat(browser.byId("flash").getText()).contains("保存しました");

			// Posting: a field left out comes back with its error, the input kept.
			keys.press("nav-post");
			keys.type("title", "戸畑駅前の駐輪場が満車で、自転車が歩道にあふれている")
				.type("body", "朝の通勤時間は歩道を歩けません。連絡は090-1234-5678まで。")
				.choose("category", "TRANSPORT")
				.press("post-check");
			assertThat(browser.byId("ward-error").getText()).contains("区を選んでください");
			assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).startsWith("戸畑駅前の駐輪場");
			keys.choose("ward", "TOBATA").press("post-check");

			// The check: exactly what the public will read, and "is this yours?".
			assertThat(browser.byId("preview-body").getText()).doesNotContain("090-1234-5678")
				.contains("朝の通勤時間は歩道を歩けません");
			// Which problems are most alike is the matcher's business; here they are
			// offered, each with a way to say "me too" instead of posting.
			assertThat(browser.byId("similar-list").findElements(By.cssSelector("button[id^=support-]"))).isNotEmpty();
			keys.press("post-submit");

			assertThat(browser.byId("flash").getText()).contains("投稿を受け付けました");
			assertThat(browser.byId("problem-title").getText()).startsWith("戸畑駅前の駐輪場");
			assertThat(browser.text()).contains("確認待ち");
			problemId = browser.url().replaceAll(".*/my/problems/([^/?#]+).*", "$1");
			keys.press("nav-my-problems");
			assertThat(browser.byId("my-problems").getText()).contains("戸畑駅前の駐輪場が満車");
		}

		Api.publish(problemId);

		try (Browser other = Browser.withoutJavaScript()) {
			Keyboard keys = new Keyboard(other);
			other.open("/");
			keys.press("login");
			keys.type("username", "taro").type("password", Keycloak.DEMO_PASSWORD + Keys.ENTER);
			other.byId("logout");
			other.open("/problems/" + problemId);
			assertThat(other.byId("problem-body").getText()).doesNotContain("090-1234-5678");
			assertThat(other.text()).contains("公開中");
			keys.press("support-button");
			assertThat(other.byId("flash").getText()).contains("わたしも困っている");
			assertThat(other.byId("supporter-count").getText()).contains("1人");
		}

		JsonNode published = Api.waitForMail(email, "公開されました", MAIL_WAIT);
		assertThat(published.path("text").asString()).contains("戸畑駅前の駐輪場")
			.contains("/my/problems/" + problemId)
			.doesNotContain("090-1234-5678");
	}

}
