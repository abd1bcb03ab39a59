package jp.kitakyushu.busters.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and citizen page, anonymous and signed in, in Japanese and in English,
 * through axe-core in a real browser: no serious and no critical violation, also after a
 * form comes back with errors. The Japanese pages are photographed at 1280 and 360 px,
 * and none scrolls sideways on the phone.
 */
@Order(10)
@ExtendWith(PlatformExtension.class)
class PageAccessibilityIntegrationTests {

	/** Pages anyone may open, by the name their screenshot and report get. */
	static final List<Page> PUBLIC_PAGES = List.of(new Page("home", "/"),
			new Page("search", "/search?q=%E3%83%90%E3%82%B9%E5%81%9C"), new Page("stats", "/stats"),
			new Page("open-data", "/open-data/"),
			new Page("annual-report", "/reports/annual/" + ReportingPagesIntegrationTests.fiscalYear()));

	/** Pages for signed-in citizens. */
	static final List<Page> CITIZEN_PAGES = List.of(new Page("post", "/my/problems/new"),
			new Page("my-problems", "/my/problems"));

	private static Browser japanese;

	private static Browser english;

	@BeforeAll
	static void openBrowsers() {
		japanese = Browser.japanese();
		english = Browser.english();
	}

	@AfterAll
	static void closeBrowsers() {
		if (japanese != null) {
			japanese.close();
		}
		if (english != null) {
			english.close();
		}
	}

	@Test
	void publicPagesAreAccessibleInBothLanguagesAndFitAPhone() {
		for (Page page : PUBLIC_PAGES) {
			japanese.open(withLanguage(page.path(), "ja"));
			Axe.check(japanese, page.name() + "-ja");
			japanese.screenshot(page.name());
			assertPhoneFit(japanese, page);
			english.open(withLanguage(page.path(), "en"));
			assertThat(english.source()).contains("<html lang=\"en\">");
			Axe.check(english, page.name() + "-en");
		}
	}

	@Test
	void citizenPagesAreAccessibleInBothLanguages() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			for (Page page : CITIZEN_PAGES) {
				for (String language : new String[] { "ja", "en" }) {
					browser.open(withLanguage(page.path(), language));
					assertThat(browser.source()).contains("<html lang=\"" + language + "\">");
					Axe.check(browser, page.name() + "-" + language);
				}
				browser.open(withLanguage(page.path(), "ja"));
				browser.screenshot(page.name());
				assertPhoneFit(browser, page);
			}
			// A form that comes back with errors is checked too.
			for (String language : new String[] { "ja", "en" }) {
				browser.open(withLanguage("/my/problems/new", language));
				browser.driver().findElement(By.id("post-submit")).click();
				browser.byId("error-summary");
				Axe.check(browser, "post-errors-" + language);
			}
			browser.screenshot("post-errors");
		}
	}

	private static void assertPhoneFit(Browser browser, Page page) {
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(Browser.PHONE_WIDTH, 800));
		try {
			assertThat(browser.scrollsSideways()).as("%s scrolls sideways at 360 px", page.name()).isFalse();
		}
		finally {
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(Browser.DESKTOP_WIDTH, 900));
		}
	}

	static String withLanguage(String path, String language) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
	}

	/**
	 * A page under test.
	 *
	 * @param name its name in reports and screenshots
	 * @param path its path
	 */
	record Page(String name, String path) {
	}

}
