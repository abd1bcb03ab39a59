package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's pages as people meet them: in the Busters theme (the site's name linking
 * back, the site's look), Japanese first, axe-clean in both languages and after an error;
 * sign-up is open with e-mail verification and a password policy, brute-force protection
 * stays on; Keycloak's mail comes in the Busters e-mail theme, a forgotten password is
 * reset by e-mail through the demo's mail server and the new one signs in, and the
 * account console carries the site's name, Japanese first, with a link back.
 */
@Order(7)
@ExtendWith(PlatformExtension.class)
class KeycloakThemeIntegrationTests {

	static final Duration MAIL_WAIT = Duration.ofSeconds(45);

	@Test
	void theRealmOpensSignUpWithVerificationAPasswordPolicyAndBruteForceProtection() {
		HttpResponse<String> response = Http
			.send(HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK + "/admin/realms/busters"))
				.header("Authorization", "Bearer " + Keycloak.masterAdminToken()));
		JsonNode realm = Http.json(response);
		assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
		assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
		assertThat(realm.path("resetPasswordAllowed").asBoolean()).isTrue();
		assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
		assertThat(realm.path("passwordPolicy").asString()).contains("length(8)");
		assertThat(realm.path("loginTheme").asString()).isEqualTo("busters");
		assertThat(realm.path("emailTheme").asString()).isEqualTo("busters");
		assertThat(realm.path("accountTheme").asString()).isEqualTo("busters");
		assertThat(realm.path("defaultLocale").asString()).isEqualTo("ja");
	}

	@Test
	void signInAndSignUpPagesAreBustersPagesAndAccessibleInBothLanguages() {
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("login").click();
			browser.visible(By.id("username"));
			assertThat(browser.byId("busters-site").getAttribute("href")).isEqualTo(Platform.WEB.toString());
			assertThat(browser.byId("busters-back").getText()).contains("サイトへ戻る");
			assertThat(browser.source()).contains("lang=\"ja\"");
			Axe.check(browser, "keycloak-login-ja");
			browser.screenshot("keycloak-login");

			// A wrong password: the error is announced, and the page stays accessible.
			browser.driver().findElement(By.id("username")).sendKeys("hanako");
			browser.driver().findElement(By.id("password")).sendKeys("not-the-password");
			browser.driver().findElement(By.id("kc-login")).click();
			browser.visible(By.id("input-error"));
			Axe.check(browser, "keycloak-login-error-ja");

			browser.open("/?lang=en");
			browser.byId("signup").click();
			browser.visible(By.id("email"));
			assertThat(browser.source()).contains("lang=\"en\"");
			Axe.check(browser, "keycloak-register-en");
			// Sent empty: every required field says so.
			browser.driver().findElement(By.cssSelector("#kc-register-form input[type=submit]")).click();
			browser.visible(By.cssSelector("[id^=input-error]"));
			Axe.check(browser, "keycloak-register-errors-en");

			browser.open("/?lang=ja");
			browser.byId("signup").click();
			browser.visible(By.id("email"));
			Axe.check(browser, "keycloak-register-ja");
			browser.screenshot("keycloak-register");
		}
	}

	@Test
	void aNewAccountIsAskedToVerifyItsAddressByABustersMailInJapanese() {
		String username = "verify" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@demo.busters.example";
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("signup").click();
			browser.visible(By.id("username")).sendKeys(username);
			browser.driver().findElement(By.id("email")).sendKeys(email);
			browser.driver().findElement(By.id("lastName")).sendKeys("木村");
			browser.driver().findElement(By.id("firstName")).sendKeys("さくら");
			browser.driver().findElement(By.cssSelector("#kc-register-form input[type=submit]")).click();
			browser.visible(By.id("kc-page-title"));
			Axe.check(browser, "keycloak-verify-email-ja");
			browser.screenshot("keycloak-verify-email");
			JsonNode mail = Api.waitForMail(email, "メールアドレスの確認", MAIL_WAIT);
			// The Busters e-mail theme: the site's name, plain Japanese, who sends it.
			assertThat(mail.path("subject").asString()).isEqualTo("【北九州課題快傑バスターズ】メールアドレスの確認");
			assertThat(mail.path("text").asString()).contains("パスワードを決める画面に進みます").contains("北九州市 課題快傑バスターズ事業");
			assertThat(Api.firstLink(mail)).startsWith(Keycloak.ISSUER + "/login-actions/action-token");
		}
	}

	@Test
	void aForgottenPasswordIsResetByMailAndTheNewOneSignsIn() {
		String username = "reset" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@demo.busters.example";
		Keycloak.createCitizen(username, email, "first-password-2026");
		String renewed = "second-password-2026";
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("login").click();
			browser.visible(By.linkText("パスワードをお忘れですか？")).click();
			browser.visible(By.id("username")).sendKeys(email);
			Axe.check(browser, "keycloak-reset-ja");
			browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
			browser.visible(By.cssSelector(".kc-alert"));

			JsonNode mail = Api.waitForMail(email, "パスワードの再設定", MAIL_WAIT);
			assertThat(mail.path("subject").asString()).startsWith("【北九州課題快傑バスターズ】");
			String link = Api.firstLink(mail);
			assertThat(link).startsWith(Keycloak.ISSUER + "/login-actions/action-token");

			// The link leads to a new password, under the same policy as at sign-up.
			browser.driver().get(link);
			browser.visible(By.id("password-new")).sendKeys("short");
			browser.driver().findElement(By.id("password-confirm")).sendKeys("short");
			browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
			assertThat(browser.visible(By.cssSelector("#input-error-password, .kc-alert--error")).getText())
				.contains("8");
			Axe.check(browser, "keycloak-new-password-error-ja");
			browser.visible(By.id("password-new")).sendKeys(renewed);
			browser.driver().findElement(By.id("password-confirm")).sendKeys(renewed);
			browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
			// Keycloak goes on to the site or first says the password changed:
			// wait until the password page has gone.
			browser.waitUp().until((driver) -> driver.findElements(By.id("password-new")).isEmpty());
			if (!browser.url().startsWith(Platform.WEB.toString())) {
				// Keycloak's session is open: signing in on the site needs no password.
				browser.open("/");
				if (!browser.driver().findElements(By.id("login")).isEmpty()) {
					browser.byId("login").click();
				}
			}
			assertThat(browser.byId("user-name").getText()).contains("試験");
			browser.signOut();

			browser.byId("login").click();
			browser.keycloakLogin(username, "first-password-2026");
			browser.visible(By.id("input-error"));
			browser.driver().findElement(By.id("password")).sendKeys(renewed);
			browser.driver().findElement(By.id("kc-login")).click();
			assertThat(browser.byId("user-name").getText()).contains("試験");
		}
	}

	@Test
	void theAccountConsoleIsABustersPageInJapaneseWithAWayBack() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			browser.open("/my/account");
			browser.byId("account-console").click();
			// Keycloak's console renders in the browser; wait for its logo.
			WebElement brand = browser.visible(By.cssSelector("img[src$='/img/busters-logo.svg']"));
			assertThat(browser.url()).startsWith(Keycloak.ISSUER + "/account");
			assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
			assertThat(browser.driver().getTitle()).contains("北九州課題快傑バスターズ");
			assertThat(brand.getDomAttribute("alt")).startsWith("北九州課題快傑バスターズ");
			assertThat(browser.source()).contains("css/busters-account.css");
			WebElement back = browser.visible(By.xpath("//a[contains(., '北九州課題快傑バスターズに戻る')]"));
			browser.screenshot("keycloak-account");
			back.click();
			browser.byId("account-console");
			assertThat(browser.url()).isEqualTo(Platform.WEB + "my/account");
		}
	}

}
