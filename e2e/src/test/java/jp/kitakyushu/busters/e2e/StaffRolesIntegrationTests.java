package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages are for staff: a citizen and a company member opening any of them get
 * the "not for your role" page, and every staff form posted without its security token
 * (from a signed-in staff member's session, as a forged cross-site post would arrive) is
 * refused with a clear page and changes nothing.
 */
@Order(13)
@ExtendWith(PlatformExtension.class)
class StaffRolesIntegrationTests {

	private static String problem;

	private static String theme;

	private static String proposal;

	private static String company;

	@BeforeAll
	static void demoObjects() {
		GraphQl staff = GraphQl.as("staff");
		problem = staff.firstId("{ problems(first: 1, filter: { status: SUBMITTED }) { nodes { id } } }", "problems");
		theme = staff.firstId("{ themes(first: 1, filter: { status: OPEN }) { nodes { id } } }", "themes");
		proposal = staff.firstId("{ proposals(first: 1, filter: { status: SUBMITTED }) { nodes { id } } }",
				"proposals");
		company = staff.firstId("{ companies(first: 1) { nodes { id } } }", "companies");
	}

	static List<String> pages() {
		return List.of("/staff", "/staff/moderation", "/staff/problems/" + problem, "/staff/intake", "/staff/curation",
				"/staff/themes", "/staff/themes/" + theme, "/staff/themes/" + theme + "/proposals",
				"/staff/proposals/" + proposal, "/staff/companies", "/staff/companies/" + company, "/staff/fund",
				"/staff/outcomes", "/staff/outcomes/" + proposal, "/staff/audit", "/staff/objects/" + problem);
	}

	static List<String> forms() {
		return List.of("/staff/problems/" + problem + "/publish", "/staff/problems/" + problem + "/reject",
				"/staff/problems/" + problem + "/merge", "/staff/intake", "/staff/curation/draft",
				"/staff/themes/" + theme, "/staff/themes/" + theme + "/publish", "/staff/themes/" + theme + "/cancel",
				"/staff/proposals/" + proposal + "/shortlist", "/staff/proposals/" + proposal + "/select",
				"/staff/proposals/" + proposal + "/decline", "/staff/proposals/" + proposal + "/score",
				"/staff/proposals/" + proposal + "/start", "/staff/proposals/" + proposal + "/complete",
				"/staff/companies/" + company + "/verify", "/staff/companies/" + company + "/suspend",
				"/staff/companies/" + company + "/reinstate", "/staff/fund/contribute", "/staff/fund/allocate",
				"/staff/fund/disburse", "/staff/fund/reverse", "/staff/outcomes/" + proposal + "/report",
				"/staff/outcomes/" + proposal + "/metrics", "/staff/outcomes/" + proposal + "/resolve");
	}

	@Test
	void citizensAndCompanyMembersAreToldEveryStaffPageIsForStaff() {
		for (String user : new String[] { "hanako", "akari" }) {
			try (Browser browser = Browser.japanese()) {
				browser.signIn(user, Keycloak.DEMO_PASSWORD);
				assertThat(browser.driver().findElements(org.openqa.selenium.By.id("nav-staff"))).isEmpty();
				for (String page : pages()) {
					browser.open(page);
					assertThat(browser.byId("denied-audience").getText()).as("%s opening %s", user, page)
						.isEqualTo("このページは市の職員のためのページです。");
					assertThat(browser.text()).doesNotContain("Exception", "Forbidden", "Whitelabel");
				}
			}
		}
	}

	@Test
	void everyStaffFormRefusesAPostWithoutItsTokenAndChangesNothing() {
		JsonNode before = state();
		try (Browser browser = Browser.japanese()) {
			browser.signIn("staff", Keycloak.DEMO_PASSWORD);
			Cookie session = browser.driver().manage().getCookieNamed("BUSTERS_SESSION");
			assertThat(session).isNotNull();
			for (String form : forms()) {
				HttpResponse<String> refused = Http
					.send(HttpRequest.newBuilder(URI.create(Platform.WEB + form.substring(1)))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Accept", "text/html")
						.header("Cookie", "BUSTERS_SESSION=" + session.getValue())
						.POST(HttpRequest.BodyPublishers.ofString(Http.form(Map.of("reason", "forged", "amount", "1000",
								"donor", "forged", "confirmed", "true", "text", "forged", "title", "forged")))));
				assertThat(refused.statusCode()).as(form).isEqualTo(403);
				assertThat(refused.body()).as(form).contains("この送信は受け付けられませんでした", "何も変更されていません");
			}
			// The session itself still works: only the forged posts were refused.
			browser.open("/staff");
			browser.byId("waiting-figures");
		}
		assertThat(state()).isEqualTo(before);
	}

	/** What the forged posts would have changed. */
	private static JsonNode state() {
		return GraphQl.as("staff")
			.data("query State($p: ID!, $t: ID!, $q: ID!, $c: ID!) {"
					+ " p: node(id: $p) { ... on Problem { status rejectionReason } }"
					+ " t: node(id: $t) { ... on Theme { status title } }"
					+ " q: node(id: $q) { ... on Proposal { status } }"
					+ " c: node(id: $c) { ... on Company { status } }"
					+ " fund { contributed allocated disbursed ledger(first: 1) { totalCount } } }",
					Map.of("p", problem, "t", theme, "q", proposal, "c", company));
	}

}
