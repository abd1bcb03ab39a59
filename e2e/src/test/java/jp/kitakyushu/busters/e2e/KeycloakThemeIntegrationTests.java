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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's pages as people meet them: in the Busters theme (the site's name linking
 * back, the site's look), Japanese first, axe-clean in both languages and after an error;
 * sign-up is open with e-mail verification and a password policy, brute-force protection
 * stays on, and a forgotten password is reset by e-mail through the demo's mail server.
 */
@Order(7)
@ExtendWith(PlatformExtension.class)
class KeycloakThemeIntegrationTests {

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
	void aNewAccountIsAskedToVerifyItsAddressAndAForgottenPasswordIsResetByMail() {
		String username = "verify" + UUID.randomUUID().toString().substring(0, 8);
		String email = username + "@demo.busters.example";
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("signup").click();
			browser.visible(By.id("username")).sendKeys(username);
			browser.driver().findElement(By.id("email")).sendKeys(email);
			browser.driver().findElement(By.id("firstName")).sendKeys("さくら");
			browser.driver().findElement(By.id("lastName")).sendKeys("木村");
			browser.driver().findElement(By.cssSelector("#kc-register-form input[type=submit]")).click();
			browser.visible(By.id("kc-page-title"));
			Axe.check(browser, "keycloak-verify-email-ja");
			browser.screenshot("keycloak-verify-email");
			assertThat(Api.firstLink(Api.waitForMail(email, "", Duration.ofSeconds(45))))
				.startsWith(Keycloak.ISSUER + "/login-actions/action-token");
		}
		String known = "taro@demo.busters.example";
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("login").click();
			browser.visible(By.linkText("パスワードをお忘れですか？")).click();
			browser.visible(By.id("username")).sendKeys(known);
			Axe.check(browser, "keycloak-reset-ja");
			browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
			JsonNode mail = Api.waitForMail(known, "パスワード", Duration.ofSeconds(45));
			assertThat(Api.firstLink(mail)).startsWith(Keycloak.ISSUER + "/login-actions/action-token");
		}
	}

}
