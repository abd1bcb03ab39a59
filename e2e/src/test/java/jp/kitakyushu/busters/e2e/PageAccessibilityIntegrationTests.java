package jp.kitakyushu.busters.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and citizen page, anonymous and signed in, in Japanese and in English,
 * through axe-core in a real browser: no serious and no critical violation, also after a
 * form comes back with errors. The Japanese pages are photographed at 1280 and 360 px,
 * and none scrolls sideways on the phone or at 200 % zoom.
 */
@Order(10)
@ExtendWith(PlatformExtension.class)
class PageAccessibilityIntegrationTests {

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

	/** Pages anyone may open, by the name their screenshot and report get. */
	static List<Page> publicPages() {
		String problem = Api.id("{ problems(first: 1, filter: { status: ADOPTED }) { nodes { id } } }", "problems",
				"nodes", "0", "id");
		String openTheme = Api.id("{ themes(first: 1, filter: { status: OPEN }) { nodes { id } } }", "themes", "nodes",
				"0", "id");
		String awardedTheme = Api.id("{ themes(first: 1, filter: { status: AWARDED }) { nodes { id } } }", "themes",
				"nodes", "0", "id");
		String company = Api.id("{ companies(first: 1) { nodes { id } } }", "companies", "nodes", "0", "id");
		return List.of(new Page("home", "/"), new Page("problems", "/problems"),
				new Page("problems-search", "/problems?q=%E3%83%90%E3%82%B9&order=supported"),
				new Page("problem", "/problems/" + problem), new Page("themes", "/themes"),
				new Page("theme", "/themes/" + openTheme), new Page("theme-awarded", "/themes/" + awardedTheme),
				new Page("fund", "/fund"), new Page("search", "/search?q=%E3%83%90%E3%82%B9%E5%81%9C"),
				new Page("accessibility", "/accessibility"), new Page("company", "/companies/" + company),
				new Page("stats", "/stats"), new Page("open-data", "/open-data/"),
				new Page("annual-report", "/reports/annual/" + ReportingPagesIntegrationTests.fiscalYear()),
				new Page("not-found", "/no/such/page"));
	}

	/** Pages for signed-in citizens (taro). */
	static List<Page> citizenPages() {
		String token = Keycloak.userToken("taro");
		String mine = Api.data(token, "{ myProblems(first: 1) { nodes { id } } }", Map.of())
			.path("myProblems")
			.path("nodes")
			.get(0)
			.path("id")
			.asString();
		String other = Api.id("{ problems(first: 1, filter: { status: PUBLISHED }) { nodes { id } } }", "problems",
				"nodes", "0", "id");
		return List.of(new Page("post", "/my/problems/new"), new Page("my-problems", "/my/problems"),
				new Page("my-problem", "/my/problems/" + mine), new Page("notifications", "/my/notifications"),
				new Page("account", "/my/account"), new Page("support", "/my/problems/" + other + "/support"),
				new Page("problem-signed-in", "/problems/" + other));
	}

	@Test
	void publicPagesAreAccessibleInBothLanguagesAndFitAPhone() {
		for (Page page : publicPages()) {
			check(japanese, page, true);
			english.open(withLanguage(page.path(), "en"));
			assertThat(english.source()).as(page.name()).contains("<html lang=\"en\">");
			Axe.check(english, page.name() + "-en");
		}
	}

	@Test
	void citizenPagesAreAccessibleInBothLanguages() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("taro", Keycloak.DEMO_PASSWORD);
			for (Page page : citizenPages()) {
				browser.open(withLanguage(page.path(), "en"));
				assertThat(browser.source()).as(page.name()).contains("<html lang=\"en\">");
				Axe.check(browser, page.name() + "-en");
				check(browser, page, true);
			}
			// The posting form after errors, and its check page, in both languages.
			for (String language : new String[] { "en", "ja" }) {
				browser.open(withLanguage("/my/problems/new", language));
				browser.driver().findElement(By.id("post-check")).click();
				browser.byId("error-summary");
				Axe.check(browser, "post-errors-" + language);
				assertThat(browser.driver().findElements(By.cssSelector("#category option")))
					.as("the categories offered after an error:%n%s", browser.source())
					.hasSizeGreaterThan(1);
				fill(browser);
				browser.driver().findElement(By.id("post-check")).click();
				browser.byId("preview");
				Axe.check(browser, "post-check-" + language);
			}
			browser.screenshot("post-check");
			browser.open("/my/problems/new");
			browser.driver().findElement(By.id("post-check")).click();
			browser.byId("error-summary");
			browser.screenshot("post-errors");
			// The account form after an error: mail in a language the site does not
			// write.
			browser.open("/my/account");
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.querySelector('input[name=language][value=en]').value = 'fr';"
						+ "document.querySelector('input[name=language][value=fr]').checked = true;");
			browser.driver().findElement(By.id("prefs-save")).click();
			browser.byId("error-summary");
			Axe.check(browser, "account-errors-ja");
		}
	}

	@Test
	void staffSeeTheDemoMailPage() {
		try (Browser browser = Browser.japanese()) {
			browser.signIn("staff", Keycloak.DEMO_PASSWORD);
			browser.open("/staff/demo-mail");
			browser.byId("list-summary");
			Axe.check(browser, "demo-mail-ja");
			browser.screenshot("demo-mail");
		}
	}

	private static void check(Browser browser, Page page, boolean photograph) {
		browser.open(withLanguage(page.path(), "ja"));
		assertThat(browser.source()).as(page.name()).contains("<html lang=\"ja\">");
		Axe.check(browser, page.name() + "-ja");
		if (photograph) {
			browser.screenshot(page.name());
		}
		browser.driver().manage().window().setSize(new Dimension(Browser.PHONE_WIDTH, 800));
		try {
			assertThat(browser.scrollsSideways()).as("%s scrolls sideways at 360 px", page.name()).isFalse();
		}
		finally {
			browser.driver().manage().window().setSize(new Dimension(Browser.DESKTOP_WIDTH, 900));
		}
		browser.zoom(200);
		try {
			assertThat(browser.scrollsSideways()).as("%s scrolls sideways at 200%% zoom", page.name()).isFalse();
			if (photograph && page.name().equals("home")) {
				browser.save("home-zoom200");
			}
		}
		finally {
			browser.unzoom();
		}
	}

	private static void fill(Browser browser) {
		browser.byId("title").sendKeys("公園のトイレが夜は使えない");
		browser.driver().findElement(By.id("body")).sendKeys("夕方6時に閉まるので、散歩の途中で困ります。電話は093-000-0000です。");
		new Select(browser.driver().findElement(By.id("category"))).selectByValue("OTHER");
		new Select(browser.driver().findElement(By.id("ward"))).selectByValue("KOKURA_MINAMI");
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
