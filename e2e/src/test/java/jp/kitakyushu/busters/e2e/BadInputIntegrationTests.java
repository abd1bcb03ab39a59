package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the posting form gets a clear message next to its field and writes
 * nothing: over-long text, a category or ward the form never offered, a place outside the
 * city, a double submit (the idempotency key rides in a hidden field), and a session that
 * expired in the middle of the form (the input survives signing in again).
 */
@Order(22)
@ExtendWith(PlatformExtension.class)
class BadInputIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void eachBadValueGetsItsMessageNextToItsFieldAndNothingIsWritten() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			long before = myProblemCount();
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys("あ".repeat(121));
			browser.driver().findElement(By.id("body")).sendKeys("説明");
			// Values the form never offered, as a tampered page would send them.
			((JavascriptExecutor) browser.driver()).executeScript("""
					for (const [id, value] of [['category', 'ATLANTIS'], ['ward', 'NOWHERE']]) {
					  const option = document.createElement('option');
					  option.value = value; option.textContent = value;
					  document.getElementById(id).appendChild(option);
					  document.getElementById(id).value = value;
					}
					document.getElementById('place-details').open = true;""");
			browser.driver().findElement(By.id("latitude")).sendKeys("35.6812");
			browser.driver().findElement(By.id("longitude")).sendKeys("139.7671");
			browser.driver().findElement(By.id("post-check")).click();

			assertThat(browser.byId("title-error").getText()).isEqualTo("タイトルは120文字以内にしてください。");
			assertThat(browser.byId("category-error").getText()).isEqualTo("分野は選択肢から選んでください。");
			assertThat(browser.byId("ward-error").getText()).isEqualTo("区は選択肢から選んでください。");
			assertThat(browser.byId("latitude-error").getText()).contains("北九州市の外");
			assertThat(browser.driver().findElements(By.cssSelector("#error-summary li"))).hasSize(4);
			Axe.check(browser, "post-bad-input-ja");
			assertThat(myProblemCount()).isEqualTo(before);
		}
	}

	@Test
	void sendingTheSameFormTwicePostsOnce() throws Exception {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			long before = myProblemCount();
			browser.open("/my/problems/new");
			String title = "二度押しの確認 " + UUID.randomUUID().toString().substring(0, 6);
			browser.byId("title").sendKeys(title);
			browser.driver().findElement(By.id("body")).sendKeys("送信ボタンを二回押しても一件だけです。");
			new Select(browser.driver().findElement(By.id("category"))).selectByValue("OTHER");
			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("MOJI");
			browser.driver().findElement(By.id("post-check")).click();
			browser.byId("post-submit");
			// The confirmation form as the browser holds it, sent twice with its cookie.
			Map<String, String> form = new LinkedHashMap<>();
			for (String field : new String[] { "idempotencyKey", "title", "body", "category", "ward", "landmark",
					"latitude", "longitude" }) {
				form.put(field,
						browser.driver()
							.findElement(By.cssSelector("#post-form input[name='" + field + "']"))
							.getDomProperty("value"));
			}
			Matcher token = CSRF.matcher(browser.source());
			assertThat(token.find()).isTrue();
			form.put("_csrf", token.group(1));
			String cookie = "BUSTERS_SESSION=" + browser.driver().manage().getCookieNamed("BUSTERS_SESSION").getValue();
			HttpResponse<String> first = post(form, cookie);
			HttpResponse<String> second = post(form, cookie);
			assertThat(first.statusCode()).isEqualTo(302);
			assertThat(second.statusCode()).isEqualTo(302);
			assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
			assertThat(myProblemCount()).isEqualTo(before + 1);
		}
	}

	@Test
	void inputSurvivesASessionThatExpiredInTheMiddleOfTheForm() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys("商店街のベンチが足りない");
			browser.driver().findElement(By.id("body")).sendKeys("買い物の途中で休める場所がありません。");
			// The session ends on the server (as after 30 idle minutes); the
			// browser still sends its old cookie.
			browser.driver().manage().deleteCookieNamed("BUSTERS_SESSION");
			browser.driver().manage().addCookie(new Cookie("BUSTERS_SESSION", "expired-session-id", "/"));
			browser.driver().findElement(By.id("post-check")).click();

			// Signing in again happens at Keycloak: at once while its session is open,
			// with the password when it has ended too.
			browser.visible(By.cssSelector("#restored, #kc-form-login"));
			if (browser.url().startsWith(Keycloak.ISSUER)) {
				browser.keycloakLogin("taro", Keycloak.DEMO_PASSWORD);
			}
			assertThat(browser.byId("restored").getText()).contains("元に戻しています");
			assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).isEqualTo("商店街のベンチが足りない");
			assertThat(browser.driver().findElement(By.id("body")).getDomProperty("value"))
				.isEqualTo("買い物の途中で休める場所がありません。");
		}
	}

	@Test
	void inputSurvivesWhenTheSignInMustBeRepeatedWithThePassword() {
		String username = "expired" + UUID.randomUUID().toString().substring(0, 8);
		String password = "expired-session-2026";
		Keycloak.createCitizen(username, username + "@demo.busters.example", password);
		try (Browser browser = Browser.japanese()) {
			browser.signIn(username, password);
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys("図書館の開館時間が短い");
			browser.driver().findElement(By.id("body")).sendKeys("仕事帰りに寄ると、もう閉まっています。");
			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("YAHATA_HIGASHI");
			// Both sessions end while the person writes: the site's and Keycloak's (as
			// after a long pause), so signing in again asks for the password.
			Keycloak.endSessions(username);
			browser.driver().manage().deleteCookieNamed("BUSTERS_SESSION");
			browser.driver().manage().addCookie(new Cookie("BUSTERS_SESSION", "expired-session-id", "/"));
			browser.driver().findElement(By.id("post-check")).click();

			browser.keycloakLogin(username, password);
			assertThat(browser.byId("restored").getText()).contains("元に戻しています");
			assertThat(browser.driver().findElement(By.id("title")).getDomProperty("value")).isEqualTo("図書館の開館時間が短い");
			assertThat(browser.driver().findElement(By.id("body")).getDomProperty("value"))
				.isEqualTo("仕事帰りに寄ると、もう閉まっています。");
			assertThat(new Select(browser.driver().findElement(By.id("ward"))).getFirstSelectedOption()
				.getDomAttribute("value")).isEqualTo("YAHATA_HIGASHI");
			Axe.check(browser, "post-restored-ja");
		}
	}

	private static HttpResponse<String> post(Map<String, String> form, String cookie) {
		return Http.send(HttpRequest.newBuilder(URI.create(Platform.WEB + "my/problems"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(Http.form(form))));
	}

	private static long myProblemCount() {
		return Api.data(Keycloak.userToken("taro"), "{ myProblems(first: 0) { totalCount } }", Map.of())
			.path("myProblems")
			.path("totalCount")
			.asLong();
	}

}
