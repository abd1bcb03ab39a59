package jp.kitakyushu.busters.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text written by citizens, callers, companies and staff is shown on the staff pages
 * as text, never run: a problem titled with a script and described with an image that
 * runs code when it fails to load, a caller's name with an event handler, a proposal and
 * a theme titled with scripts, and the audit entries that repeat them.
 */
@Order(14)
@ExtendWith(PlatformExtension.class)
class StaffStoredScriptIntegrationTests {

	static final String SCRIPT_TITLE = "<script>window.__pwned='title'</script>バス停の屋根";

	static final String IMAGE_BODY = "<img src=x onerror=\"window.__pwned='body'\">雨の日に濡れます";

	@Test
	void everyFreeTextOnTheStaffPagesIsInert() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String problem = GraphQl.as("hanako")
			.data("mutation($input: ProblemSubmitInput!) { problemSubmit(input: $input) { problem { id } userErrors { code } } }",
					Map.of("input",
							Map.of("title", SCRIPT_TITLE + tag, "body", IMAGE_BODY, "category", "TRANSPORT", "ward",
									"KOKURA_MINAMI")))
			.path("problemSubmit")
			.path("problem")
			.path("id")
			.asString();
		GraphQl staff = GraphQl.as("staff");
		String intake = staff.data(
				"mutation($input: ProblemSubmitOnBehalfInput!) { problemSubmitOnBehalf(input: $input) { problem { id } } }",
				Map.of("input",
						Map.of("title", "電話 " + tag, "body", IMAGE_BODY, "category", "TRANSPORT", "ward", "MOJI",
								"intakeMethod", "PHONE", "contact",
								Map.of("name", "<b onmouseover=\"window.__pwned='name'\">名前</b>", "note",
										"<script>window.__pwned='note'</script>"))))
			.path("problemSubmitOnBehalf")
			.path("problem")
			.path("id")
			.asString();
		staff.data("mutation($id: ID!) { problemPublish(input: { problemId: $id }) { problem { id } } }",
				Map.of("id", problem));
		String theme = staff.data(
				"mutation($input: ThemeCreateInput!) { themeCreate(input: $input) { theme { id } userErrors { code } } }",
				Map.of("input",
						Map.of("title", "<script>window.__pwned='theme'</script>テーマ " + tag, "description", IMAGE_BODY,
								"category", "TRANSPORT", "problemIds", List.of(problem), "criteria", List.of(Map
									.of("name", "<i onclick=x>適合</i>", "weight", 100, "description", IMAGE_BODY)))))
			.path("themeCreate")
			.path("theme")
			.path("id")
			.asString();

		try (Browser browser = Browser.japanese()) {
			browser.signIn("staff", Keycloak.DEMO_PASSWORD);
			for (String page : List.of("/staff", "/staff/moderation", "/staff/problems/" + intake,
					"/staff/problems/" + problem, "/staff/themes", "/staff/themes/" + theme, "/staff/audit",
					"/staff/audit?type=Problem", "/staff/intake")) {
				browser.open(page);
				browser.byId("main");
				JavascriptExecutor js = (JavascriptExecutor) browser.driver();
				assertThat(js.executeScript("return window.__pwned === undefined")).as(page).isEqualTo(true);
				assertThat(js.executeScript(
						"return document.querySelectorAll('img[src=\"x\"], main script, main b, main i').length"))
					.as(page)
					.isEqualTo(0L);
				assertThat(browser.source()).as(page).doesNotContain("<script>window.__pwned");
			}
			browser.open("/staff/problems/" + problem);
			assertThat(browser.byId("original-title").getText()).isEqualTo(SCRIPT_TITLE + tag);
			assertThat(browser.byId("original-body").getText()).isEqualTo(IMAGE_BODY);
			browser.open("/staff/problems/" + intake);
			assertThat(browser.byId("review-contact").getText()).contains("<b onmouseover=");
		}
	}

}
