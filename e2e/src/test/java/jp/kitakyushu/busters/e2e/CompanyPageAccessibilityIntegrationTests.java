package jp.kitakyushu.busters.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every company page, as a member of the first demo company, in Japanese and in English,
 * through axe-core in a real browser: no serious and no critical violation, also after
 * each form comes back with errors. The themes-for-us page and the proposal editor (with
 * its fit panel) are photographed at 1280 and 360 px for the README; no page scrolls
 * sideways on a phone.
 */
@Order(14)
@ExtendWith(PlatformExtension.class)
class CompanyPageAccessibilityIntegrationTests {

	@Test
	void everyCompanyPageIsAccessibleInBothLanguagesAlsoAfterErrors() {
		String token = Keycloak.userToken("akari");
		JsonNode data = CompanyApi.graphQl(token,
				"{ myCompanies { nodes { id } } themes(first: 1, filter: { status: OPEN }) { nodes { id closesAt } } }",
				Map.of());
		String company = data.path("myCompanies").path("nodes").get(0).path("id").asString();
		String theme = data.path("themes").path("nodes").get(0).path("id").asString();
		String draft = draft(token, theme);
		String inProgress = CompanyApi.proposalIn("akari", "IN_PROGRESS");
		List<PageAccessibilityIntegrationTests.Page> pages = List.of(page("company-home", "/company"),
				page("company-organisation", "/company/organisations/" + company),
				page("company-profile", "/company/organisations/" + company + "/edit"),
				page("company-members", "/company/organisations/" + company + "/members"),
				page("company-themes", "/company/themes"), page("company-proposals", "/company/proposals"),
				page("company-draft", "/company/proposals/" + draft),
				page("company-editor", "/company/proposals/" + draft + "/edit"),
				page("company-new-proposal", "/company/proposals/new?theme=" + theme),
				page("company-in-progress", "/company/proposals/" + inProgress),
				page("company-notifications", "/company/notifications"), page("company-start", "/company/start"),
				page("company-register", "/company/register"), page("company-join", "/company/join"),
				page("proposal-public", "/proposals/" + inProgress));
		try (Browser browser = Browser.japanese()) {
			browser.signIn("akari", Keycloak.DEMO_PASSWORD);
			List<String> sideways = new ArrayList<>();
			for (PageAccessibilityIntegrationTests.Page page : pages) {
				for (String language : new String[] { "ja", "en" }) {
					browser.open(PageAccessibilityIntegrationTests.withLanguage(page.path(), language));
					assertThat(browser.source()).contains("<html lang=\"" + language + "\">");
					assertThat(browser.text()).doesNotContain("??", "Exception");
					Axe.check(browser, page.name() + "-" + language);
				}
				browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(Browser.PHONE_WIDTH, 800));
				if (browser.scrollsSideways()) {
					sideways.add(page.path());
				}
				browser.driver()
					.manage()
					.window()
					.setSize(new org.openqa.selenium.Dimension(Browser.DESKTOP_WIDTH, 900));
			}
			assertThat(sideways).as("pages that scroll sideways at 360 px").isEmpty();

			browser.open("/company/themes?lang=ja");
			browser.byId("ranked-themes");
			browser.screenshot("company-themes");
			browser.open("/company/proposals/" + draft + "/edit?lang=ja");
			browser.waitUp().until((WebDriver driver) -> !driver.findElements(By.id("fit-list")).isEmpty());
			browser.screenshot("company-editor");

			for (String language : new String[] { "ja", "en" }) {
				formErrors(browser, language, company, draft, inProgress);
			}
		}
	}

	/** Each company form sent back with errors, checked by axe in that state. */
	private static void formErrors(Browser browser, String language, String company, String draft, String inProgress) {
		browser.open("/company/register?lang=" + language);
		browser.driver().findElement(By.id("corporateNumber")).sendKeys("123");
		browser.driver().findElement(By.id("register-submit")).click();
		browser.byId("error-summary");
		Axe.check(browser, "company-register-errors-" + language);

		browser.open("/company/join?lang=" + language);
		browser.driver().findElement(By.id("code")).sendKeys("NOPE-NOPE-NOPE-NOPE");
		browser.driver().findElement(By.id("join-submit")).click();
		browser.byId("code-error");
		Axe.check(browser, "company-join-errors-" + language);

		browser.open("/company/organisations/" + company + "/edit?lang=" + language);
		browser.driver().findElement(By.id("description")).clear();
		browser.driver().findElement(By.id("profile-save")).click();
		browser.byId("description-error");
		Axe.check(browser, "company-profile-errors-" + language);

		browser.open("/company/proposals/" + draft + "/edit?lang=" + language);
		browser.driver().findElement(By.id("requestedAmount")).clear();
		browser.driver().findElement(By.id("requestedAmount")).sendKeys("abc");
		browser.driver().findElement(By.id("milestones[0].dueDate")).clear();
		browser.driver().findElement(By.id("milestones[0].dueDate")).sendKeys("2020-01-01");
		browser.driver().findElement(By.id("save-draft")).click();
		browser.byId("requestedAmount-error");
		browser.byId("milestones[0].dueDate-error");
		Axe.check(browser, "company-editor-errors-" + language);
		if (language.equals("ja")) {
			browser.screenshot("company-editor-errors");
		}

		browser.open("/company/proposals/" + inProgress + "?lang=" + language);
		browser.driver().findElement(By.id("citizensReached")).sendKeys("many");
		browser.driver().findElement(By.id("report-submit")).click();
		browser.byId("text-error");
		Axe.check(browser, "company-report-errors-" + language);
	}

	private static PageAccessibilityIntegrationTests.Page page(String name, String path) {
		return new PageAccessibilityIntegrationTests.Page(name, path);
	}

	/** A draft of the first company's to the open theme, with a plan. */
	private static String draft(String token, String theme) {
		Map<String, Object> input = Map.of("themeId", theme, "companyId", companyOf(token), "title",
				"見守りと移動支援を組み合わせた実証", "summary", "高齢者の通院と買い物を、電話予約の乗合送迎と見守りで支えます。", "approach",
				"音声AIの予約窓口と配車の仕組みを組み合わせます。", "requestedAmount", 2_000_000, "milestones", List.of(Map.of("title", "準備",
						"dueDate", LocalDate.now().plusDays(200) + "T00:00:00+09:00", "amount", 2_000_000)));
		return CompanyApi.graphQl(token,
				"mutation($input: ProposalCreateInput!) { proposalCreate(input: $input) { proposal { id } userErrors { message } } }",
				Map.of("input", input))
			.path("proposalCreate")
			.path("proposal")
			.path("id")
			.asString();
	}

	private static String companyOf(String token) {
		return CompanyApi.graphQl(token, "{ myCompanies { nodes { id } } }", Map.of())
			.path("myCompanies")
			.path("nodes")
			.get(0)
			.path("id")
			.asString();
	}

}
