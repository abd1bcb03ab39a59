package jp.kitakyushu.busters.e2e;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule per audience: a visitor reaching a citizen page is sent to sign in and comes
 * back to it; a signed-in user without the role gets a page that says who it is for,
 * never an error dump.
 */
@Order(6)
@ExtendWith(PlatformExtension.class)
class RolePagesIntegrationTests {

	@Test
	void aVisitorReachingACitizenPageSignsInAndLandsOnIt() {
		try (Browser browser = Browser.japanese()) {
			browser.open("/my/problems");
			browser.keycloakLogin("hanako", Keycloak.DEMO_PASSWORD);
			browser.byId("my-problems");
			assertThat(browser.url()).startsWith(Platform.WEB + "my/problems");
		}
	}

	@Test
	void staffOpeningACitizenPageAndACitizenOpeningAStaffPageAreToldWhoItIsFor() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("staff", Keycloak.DEMO_PASSWORD);
			browser.open("/my/problems/new");
			assertThat(browser.byId("denied-audience").getText()).isEqualTo("このページは市民の方のためのページです。");
			assertThat(browser.byId("denied-roles").getText()).contains("市職員");
			assertThat(browser.text()).doesNotContain("Exception", "Forbidden", "Whitelabel");
			Axe.check(browser, "denied-ja");
			browser.screenshot("denied");
			browser.signOut();

			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			browser.open("/staff/demo-mail?lang=en");
			assertThat(browser.byId("denied-audience").getText()).isEqualTo("This page is for city staff.");
			assertThat(browser.byId("denied-roles").getText()).contains("Citizen");
			Axe.check(browser, "denied-en");
			assertThat(browser.driver().findElements(By.id("nav-demo-mail"))).isEmpty();
		}
	}

}
