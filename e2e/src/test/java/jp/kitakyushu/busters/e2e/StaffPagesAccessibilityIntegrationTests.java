package jp.kitakyushu.busters.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff page with the demo data, in Japanese and English, through axe-core in a
 * real browser: no serious and no critical violation, also after each form comes back
 * with an error. The Japanese pages are photographed at 1280 and 360 px (the moderation,
 * curation and evaluation pages go into the README) and none scrolls sideways on a phone.
 */
@Order(12)
@ExtendWith(PlatformExtension.class)
class StaffPagesAccessibilityIntegrationTests {

	private static Browser browser;

	private static List<Page> pages;

	@BeforeAll
	static void signInAsStaff() {
		GraphQl staff = GraphQl.as("staff");
		String problem = staff.firstId(
				"{ problems(first: 1, filter: { status: SUBMITTED }, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { id } } }",
				"problems");
		String draft = staff.firstId("{ themes(first: 1, filter: { status: DRAFT }) { nodes { id } } }", "themes");
		String open = staff.firstId("{ themes(first: 1, filter: { status: OPEN }) { nodes { id } } }", "themes");
		String shortlisted = staff.firstId("{ proposals(first: 1, filter: { status: SHORTLISTED }) { nodes { id } } }",
				"proposals");
		String running = staff.firstId("{ proposals(first: 1, filter: { status: IN_PROGRESS }) { nodes { id } } }",
				"proposals");
		String company = staff.firstId("{ companies(first: 1) { nodes { id } } }", "companies");
		String proposalTheme = staff.data("{ node(id: \"" + shortlisted + "\") { ... on Proposal { theme { id } } } }")
			.path("node")
			.path("theme")
			.path("id")
			.asString();
		pages = List.of(new Page("staff-home", "/staff"), new Page("staff-moderation", "/staff/moderation"),
				new Page("staff-review", "/staff/problems/" + problem), new Page("staff-intake", "/staff/intake"),
				new Page("staff-curation", "/staff/curation"), new Page("staff-themes", "/staff/themes"),
				new Page("staff-theme-draft", "/staff/themes/" + draft),
				new Page("staff-theme-open", "/staff/themes/" + open),
				new Page("staff-evaluation", "/staff/themes/" + proposalTheme + "/proposals"),
				new Page("staff-proposal", "/staff/proposals/" + shortlisted),
				new Page("staff-companies", "/staff/companies?status=all"),
				new Page("staff-company", "/staff/companies/" + company), new Page("staff-fund", "/staff/fund"),
				new Page("staff-outcomes", "/staff/outcomes"), new Page("staff-outcome", "/staff/outcomes/" + running),
				new Page("staff-audit", "/staff/audit"));
		browser = Browser.japanese();
		browser.signIn("staff", Keycloak.DEMO_PASSWORD);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void everyStaffPageIsAccessibleInBothLanguagesAndFitsAPhone() {
		List<String> sideways = new ArrayList<>();
		for (Page page : pages) {
			for (String language : new String[] { "en", "ja" }) {
				browser.open(PageAccessibilityIntegrationTests.withLanguage(page.path(), language));
				assertThat(browser.source()).as(page.path()).contains("<html lang=\"" + language + "\">");
				assertThat(browser.text()).as(page.path()).doesNotContain("??", "Exception", "ただいまこの情報を取得できません");
				Axe.check(browser, page.name() + "-" + language);
			}
			browser.screenshot(page.name());
			browser.driver().manage().window().setSize(new Dimension(Browser.PHONE_WIDTH, 800));
			if (browser.scrollsSideways()) {
				sideways.add(page.name());
			}
			if (page.name().equals("staff-fund")) {
				// The balance chart shrinks to a third on a phone: its lines are named by
				// a
				// key in the page's type size instead of the drawing's tiny end labels.
				assertThat(
						browser.driver().findElement(By.cssSelector("#balance-chart .line-chart__key")).isDisplayed())
					.as("the balance chart's key at 360 px")
					.isTrue();
				assertThat(
						browser.driver().findElement(By.cssSelector("#balance-chart .line-chart__label")).isDisplayed())
					.as("the balance chart's end labels at 360 px")
					.isFalse();
			}
			browser.driver().manage().window().setSize(new Dimension(Browser.DESKTOP_WIDTH, 900));
		}
		assertThat(sideways).as("pages that scroll sideways at 360 px").isEmpty();
	}

	@Test
	void everyStaffFormIsAccessibleWhenItComesBackWithErrors() {
		for (Page page : pages) {
			browser.open(page.path());
			for (String form : formsWithErrors(page)) {
				browser.open(page.path());
				WebElement button = browser.driver().findElement(By.id(form));
				button.click();
				// Under load the click may return before the form's answer arrives: read
				// the title of the page that answered, not of the one that sent it.
				browser.waitUntilReplaced(button);
				assertThat(browser.driver().getTitle()).as("%s after %s", page.path(), form).startsWith("エラー:");
				Axe.check(browser, page.name() + "-" + form + "-errors");
			}
		}
		browser.screenshot("staff-fund-errors");
	}

	/**
	 * The buttons that send a page's forms empty, so that each comes back with errors.
	 */
	private static List<String> formsWithErrors(Page page) {
		return switch (page.name()) {
			case "staff-review" -> List.of("reject");
			case "staff-intake" -> List.of("intake-submit");
			case "staff-curation" -> List.of("draft-submit");
			case "staff-theme-open" -> List.of("theme-cancel");
			case "staff-proposal" -> List.of("score-submit", "decline");
			case "staff-company" -> List.of("suspend");
			case "staff-fund" -> List.of("contribute-submit", "allocate-submit", "disburse-submit", "reverse-submit");
			case "staff-outcome" -> List.of("metrics-submit", "resolve-submit", "report-submit");
			default -> List.of();
		};
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
