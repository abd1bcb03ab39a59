package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web's protections as a browser meets them: a strict Content-Security-Policy and a
 * Referrer-Policy on every page, an HttpOnly SameSite session cookie, a clear page for a
 * form sent without its token, and no internals on error pages.
 */
@Order(5)
@ExtendWith(PlatformExtension.class)
class SecurityHeadersIntegrationTests {

	@Test
	void everyPageHasAStrictContentSecurityPolicyAndAReferrerPolicy() {
		for (String path : new String[] { "/", "/search?q=%E3%83%90%E3%82%B9", "/no/such/page" }) {
			HttpResponse<String> page = Http
				.send(HttpRequest.newBuilder(Platform.WEB.resolve(path)).header("Accept", "text/html"));
			String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
						"frame-ancestors 'none'", "base-uri 'self'")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			// No inline script or style that the policy would have to allow.
			assertThat(page.body()).as(path)
				.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContainPattern("\\sstyle=\"")
				.doesNotContain("<style");
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() {
		HttpResponse<String> signIn = Http.get(Platform.WEB.resolve("/oauth2/authorization/keycloak"));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("BUSTERS_SESSION=")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedWithAClearPageAndChangesNothing() {
		HttpResponse<String> refused = Http.postForm(Platform.WEB.resolve("/my/problems/new"),
				Map.of("title", "forged", "body", "forged", "category", "OTHER", "ward", "MOJI"), "Accept",
				"text/html");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("この送信は受け付けられませんでした").contains("何も変更されていません");
		HttpResponse<String> logout = Http.postForm(Platform.WEB.resolve("/logout"), Map.of(), "Accept", "text/html");
		assertThat(logout.statusCode()).isEqualTo(403);
	}

	@Test
	void aSignedInFormSentWithoutItsTokenShowsAnAccessiblePageAndWritesNothing() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			long before = Api.data(Keycloak.userToken("taro"), "{ myProblems(first: 0) { totalCount } }", Map.of())
				.path("myProblems")
				.path("totalCount")
				.asLong();
			browser.open("/my/problems/new");
			browser.byId("title").sendKeys("トークンのない送信");
			browser.driver().findElement(By.id("body")).sendKeys("この投稿は届かないはずです。");
			new Select(browser.driver().findElement(By.id("category"))).selectByValue("OTHER");
			new Select(browser.driver().findElement(By.id("ward"))).selectByValue("MOJI");
			browser.driver().findElement(By.id("post-check")).click();
			browser.byId("post-submit");
			// As a page from another site would send it: the final form without its
			// token.
			((JavascriptExecutor) browser.driver())
				.executeScript("document.querySelectorAll('input[name=_csrf]').forEach((input) => input.remove())");
			browser.driver().findElement(By.id("post-submit")).click();

			assertThat(browser.byId("csrf-heading").getText()).isEqualTo("この送信は受け付けられませんでした");
			assertThat(browser.text()).contains("何も変更されていません").doesNotContain("Exception", "Forbidden");
			Axe.check(browser, "csrf-ja");
			browser.screenshot("csrf");
			assertThat(Api.data(Keycloak.userToken("taro"), "{ myProblems(first: 0) { totalCount } }", Map.of())
				.path("myProblems")
				.path("totalCount")
				.asLong()).isEqualTo(before);
		}
	}

	@Test
	void errorPagesShowNoInternals() {
		HttpResponse<String> missing = Http
			.send(HttpRequest.newBuilder(URI.create(Platform.WEB + "no/such/page")).header("Accept", "text/html"));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("お探しのページは見つかりませんでした");
		assertThat(missing.body()).doesNotContain("Exception", "\tat ", "org.springframework", "jp.kitakyushu");
	}

}
