package jp.kitakyushu.busters.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signing in and out with a real browser: the web sends them to Keycloak, comes
 * back with their name, and signing out ends the Keycloak session too.
 */
@Order(4)
@ExtendWith(PlatformExtension.class)
class BrowserLoginIntegrationTests {

	@Test
	void citizenSignsInSeesTheirNameAndSignsOut() {
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("login").click();
			browser.keycloakLogin("hanako", Keycloak.DEMO_PASSWORD);

			WebElement userName = browser.byId("user-name");
			assertThat(browser.url()).startsWith(Platform.WEB.toString());
			assertThat(userName.getText()).contains("花子");

			browser.driver().findElement(By.id("logout")).click();
			browser.byId("login");
			assertThat(browser.url()).startsWith(Platform.WEB.toString());
			assertThat(browser.driver().findElements(By.id("user-name"))).isEmpty();

			// The Keycloak session ended too: signing in again asks for the password
			// again.
			browser.driver().findElement(By.id("login")).click();
			browser.visible(By.id("username"));
			assertThat(browser.url()).startsWith(Keycloak.ISSUER);
		}
	}

	@Test
	void aVisitorSearchesInJapaneseFromTheHomePageWithoutSigningIn() {
		try (Browser browser = Browser.japanese()) {
			browser.open("/");
			browser.byId("home-q").sendKeys("バス停");
			browser.driver().findElement(By.id("home-search-button")).click();

			WebElement results = browser.byId("search-results");
			assertThat(browser.url()).contains("/search?q=");
			assertThat(results.findElements(By.tagName("li"))).isNotEmpty();
			// The words that matched are marked, and the demo's planted phone numbers
			// stay masked.
			assertThat(results.findElements(By.tagName("mark"))).isNotEmpty();
			assertThat(results.getText()).contains("バス").doesNotContainPattern("090-0000-\\d{4}");
		}
	}

}
