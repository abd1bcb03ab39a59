package jp.kitakyushu.busters.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the staff pages, as staff would make it: weights that do not add up, a
 * budget cap of zero, a call window that ends before it opens, an allocation over the
 * fund's balance or over what the proposal asks, a disbursement over its allocation, a
 * score outside 0–5, a reason left empty. Each time the message stands next to its field,
 * what was typed is still there, and the api shows nothing was written.
 */
@Order(16)
@ExtendWith(PlatformExtension.class)
class StaffBadInputIntegrationTests {

	private static Browser browser;

	private static GraphQl staff;

	@BeforeAll
	static void signIn() {
		staff = GraphQl.as("staff");
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
	void themeEditorRefusesWeightsABudgetCapAndAWindowThatCannotBe() {
		String problem = staff.firstId("{ problems(first: 1, filter: { status: PUBLISHED }) { nodes { id } } }",
				"problems");
		String theme = staff
			.data("mutation($input: ThemeCreateInput!) { themeCreate(input: $input) { theme { id } } }",
					Map.of("input",
							Map.of("title", "検証用のテーマ " + UUID.randomUUID(), "description", "説明", "category",
									"TRANSPORT", "problemIds", List.of(problem), "budgetCap", 1_000_000, "criteria",
									List.of(Map.of("name", "適合性", "weight", 60, "description", "合うか"),
											Map.of("name", "費用", "weight", 40, "description", "見合うか")))))
			.path("themeCreate")
			.path("theme")
			.path("id")
			.asString();
		JsonNode before = theme(theme);

		browser.open("/staff/themes/" + theme);
		replace("criteria1.weight", "30");
		browser.driver().findElement(By.id("theme-save")).click();
		assertThat(browser.byId("criteria-error").getText()).contains("合計が90%");
		assertThat(value("criteria1.weight")).isEqualTo("30");

		browser.open("/staff/themes/" + theme);
		replace("budgetCap", "0");
		replace("title", "タイトルも変えた");
		browser.driver().findElement(By.id("theme-save")).click();
		assertThat(browser.byId("budgetCap-error").getText()).contains("1円以上");
		assertThat(value("budgetCap")).isEqualTo("0");
		assertThat(value("title")).isEqualTo("タイトルも変えた");

		browser.open("/staff/themes/" + theme);
		replace("opensAt", "2030-05-01");
		replace("closesAt", "2030-04-01");
		browser.driver().findElement(By.id("theme-save")).click();
		assertThat(browser.byId("closesAt-error").getText()).contains("募集開始の日より前");
		assertThat(value("opensAt")).isEqualTo("2030-05-01");
		assertThat(value("closesAt")).isEqualTo("2030-04-01");

		browser.open("/staff/themes/" + theme);
		browser.driver().findElement(By.id("theme-cancel")).click();
		assertThat(browser.byId("reason-error").getText()).contains("中止の理由を入力してください");

		assertThat(theme(theme)).isEqualTo(before);
	}

	@Test
	void fundRefusesAmountsOverTheBalanceTheRequestOrTheAllocation() {
		String running = staff.firstId("{ proposals(first: 1, filter: { status: IN_PROGRESS }) { nodes { id } } }",
				"proposals");
		JsonNode before = fund();

		browser.open("/staff/fund?proposal=" + running);
		type("allocate-amount", "999,999,999");
		browser.driver().findElement(By.id("allocate-submit")).click();
		assertThat(browser.byId("allocate-amount-error").getText()).contains("基金の配分できる額");
		assertThat(value("allocate-amount")).isEqualTo("999,999,999");

		browser.open("/staff/fund?proposal=" + running);
		type("allocate-amount", "1,000");
		browser.driver().findElement(By.id("allocate-submit")).click();
		assertThat(browser.byId("allocate-amount-error").getText()).contains("希望額の残り");

		browser.open("/staff/fund");
		new Select(browser.driver().findElement(By.id("disburse-proposalId"))).selectByValue(running);
		new Select(browser.driver().findElement(By.id("disburse-milestone"))).selectByIndex(1);
		type("disburse-amount", "99,000,000");
		browser.driver().findElement(By.id("disburse-submit")).click();
		assertThat(browser.byId("disburse-amount-error").getText()).contains("未払いの額");
		assertThat(value("disburse-amount")).isEqualTo("99,000,000");

		browser.open("/staff/fund");
		new Select(browser.driver().findElement(By.id("reverse-entryId"))).selectByIndex(1);
		browser.driver().findElement(By.id("reverse-submit")).click();
		assertThat(browser.byId("reverse-reason-error").getText()).contains("取り消す理由を入力してください");

		assertThat(fund()).isEqualTo(before);
	}

	@Test
	void aScoreOutsideZeroToFiveAndEmptyReasonsAreRefused() {
		String shortlisted = staff.firstId("{ proposals(first: 1, filter: { status: SHORTLISTED }) { nodes { id } } }",
				"proposals");
		JsonNode before = proposal(shortlisted);

		browser.open("/staff/proposals/" + shortlisted);
		// What a crafted post would send: a seven among the choices.
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('score-0-5').value = '7'");
		browser.driver().findElement(By.id("score-0-5")).click();
		browser.driver().findElement(By.id("scores0.comment")).sendKeys("とても良い");
		browser.driver().findElement(By.id("score-submit")).click();
		assertThat(browser.byId("scores0.score-error").getText()).contains("0から5の整数");
		assertThat(value("scores0.comment")).isEqualTo("とても良い");
		assertThat(browser.byId("scores1.score-error").getText()).contains("点数を選んでください");

		browser.open("/staff/proposals/" + shortlisted);
		browser.driver().findElement(By.id("decline")).click();
		assertThat(browser.byId("reason-error").getText()).contains("理由を入力してください");
		assertThat(proposal(shortlisted)).isEqualTo(before);

		String submitted = staff.firstId(
				"{ problems(first: 1, filter: { status: SUBMITTED }, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { id } } }",
				"problems");
		browser.open("/staff/problems/" + submitted);
		browser.driver().findElement(By.id("reject")).click();
		assertThat(browser.byId("reason-error").getText()).contains("理由を選ぶか書いてください");
		assertThat(
				staff.data("query($id: ID!) { node(id: $id) { ... on Problem { status } } }", Map.of("id", submitted))
					.path("node")
					.path("status")
					.asString())
			.isEqualTo("SUBMITTED");

		String company = staff.firstId("{ companies(first: 1, filter: { status: VERIFIED }) { nodes { id } } }",
				"companies");
		browser.open("/staff/companies/" + company);
		browser.driver().findElement(By.id("suspend")).click();
		assertThat(browser.byId("reason-error").getText()).contains("停止の理由を入力してください");
		assertThat(staff.data("query($id: ID!) { node(id: $id) { ... on Company { status } } }", Map.of("id", company))
			.path("node")
			.path("status")
			.asString()).isEqualTo("VERIFIED");
	}

	private static void type(String id, String text) {
		WebElement field = browser.byId(id);
		field.clear();
		field.sendKeys(text);
	}

	private static void replace(String id, String text) {
		type(id, text);
	}

	private static String value(String id) {
		return browser.driver().findElement(By.id(id)).getDomProperty("value");
	}

	private static JsonNode theme(String id) {
		return staff
			.data("query($id: ID!) { node(id: $id) { ... on Theme { title budgetCap opensAt closesAt status"
					+ " criteria { name weight } } } }", Map.of("id", id))
			.path("node");
	}

	private static JsonNode fund() {
		return staff.data("{ fund { contributed allocated disbursed available ledger(first: 1) { totalCount } } }")
			.path("fund");
	}

	private static JsonNode proposal(String id) {
		return staff
			.data("query($id: ID!) { node(id: $id) { ... on Proposal { status"
					+ " review { evaluationCount myEvaluation { id } } } } }", Map.of("id", id))
			.path("node");
	}

}
