package jp.kitakyushu.busters.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored script is inert: a problem titled with a script element and described with an
 * image whose error handler runs code renders as text everywhere it appears (the list,
 * its page, search, the citizen's own pages and notifications), and nothing of it runs.
 */
@Order(21)
@ExtendWith(PlatformExtension.class)
class StoredScriptIntegrationTests {

	static final String TITLE = "<script>window.__busters_pwned = 1</script>ごみ置き場の照明";

	static final String BODY = "<img src=x onerror=\"window.__busters_pwned = 2\"> 夜に暗くて危ない";

	@Test
	void aProblemWithMarkupInItsTextShowsTheMarkupAsTextEverywhere() {
		String token = Keycloak.userToken("hanako");
		String id = Api.data(token,
				"""
						mutation($input: ProblemSubmitInput!) { problemSubmit(input: $input) { problem { id } userErrors { message } } }""",
				Map.of("input", Map.of("title", TITLE, "body", BODY, "category", "ENVIRONMENT", "ward", "WAKAMATSU")))
			.path("problemSubmit")
			.path("problem")
			.path("id")
			.asString();
		Api.publish(id);
		// A theme takes it up, so its title also reaches the submitter's notifications.
		String theme = Api.openTheme("ごみ置き場を明るくする", List.of(id));
		try (Browser browser = Browser.japanese()) {
			for (String path : List.of("/problems", "/problems/" + id, "/themes/" + theme,
					"/search?q=%E3%81%94%E3%81%BF%E7%BD%AE%E3%81%8D%E5%A0%B4", "/problems?q=%E7%85%A7%E6%98%8E")) {
				browser.open(path);
				assertInert(browser, path);
			}
			assertThat(browser.text()).contains("<script>");
			browser.signIn("hanako", Keycloak.DEMO_PASSWORD);
			for (String path : List.of("/my/problems", "/my/notifications", "/my/problems/" + id)) {
				browser.open(path);
				assertInert(browser, path);
			}
			assertThat(browser.byId("problem-body").getText()).contains("<img src=x onerror=");
		}
	}

	private static void assertInert(Browser browser, String path) {
		assertThat(browser.text()).as(path).contains("<script>window.__busters_pwned = 1</script>");
		Object pwned = ((JavascriptExecutor) browser.driver()).executeScript("return window.__busters_pwned");
		assertThat(pwned).as("script from the stored text ran on %s", path).isNull();
		assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).as(path).isEmpty();
		assertThat(browser.source()).as(path).doesNotContain("<script>window.__busters_pwned");
	}

}
