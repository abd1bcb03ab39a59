package jp.kitakyushu.busters.web.staff;

import java.util.List;

import jp.kitakyushu.busters.web.system.Citizens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every staff page renders for staff in both languages, says so when the api is away
 * (here it always is: port 9 answers nothing), is refused to citizens and company members
 * with the "not for your role" page, and every staff form refuses a post without its
 * security token.
 */
@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
@AutoConfigureMockMvc
class StaffPagesIntegrationTests {

	static final String PROBLEM = "UHJvYmxlbTpwMQ";

	static final String THEME = "VGhlbWU6dDE";

	static final String PROPOSAL = "UHJvcG9zYWw6cDE";

	static final String COMPANY = "Q29tcGFueTpjMQ";

	/** Every staff page a menu or a list links to. */
	static final List<String> PAGES = List.of("/staff", "/staff/moderation", "/staff/problems/" + PROBLEM,
			"/staff/intake", "/staff/curation", "/staff/themes", "/staff/themes/" + THEME,
			"/staff/themes/" + THEME + "/proposals", "/staff/proposals/" + PROPOSAL, "/staff/companies",
			"/staff/companies/" + COMPANY, "/staff/fund", "/staff/outcomes", "/staff/outcomes/" + PROPOSAL,
			"/staff/audit");

	/** Every staff form's target. */
	static final List<String> FORMS = List.of("/staff/problems/" + PROBLEM + "/publish",
			"/staff/problems/" + PROBLEM + "/reject", "/staff/problems/" + PROBLEM + "/merge",
			"/staff/problems/" + PROBLEM + "/redact", "/staff/intake", "/staff/curation/draft",
			"/staff/themes/" + THEME, "/staff/themes/" + THEME + "/publish", "/staff/themes/" + THEME + "/cancel",
			"/staff/proposals/" + PROPOSAL + "/score", "/staff/proposals/" + PROPOSAL + "/shortlist",
			"/staff/proposals/" + PROPOSAL + "/select", "/staff/proposals/" + PROPOSAL + "/decline",
			"/staff/proposals/" + PROPOSAL + "/start", "/staff/proposals/" + PROPOSAL + "/complete",
			"/staff/companies/" + COMPANY + "/verify", "/staff/companies/" + COMPANY + "/suspend",
			"/staff/companies/" + COMPANY + "/reinstate", "/staff/fund/contribute", "/staff/fund/allocate",
			"/staff/fund/disburse", "/staff/fund/reverse", "/staff/outcomes/" + PROPOSAL + "/report",
			"/staff/outcomes/" + PROPOSAL + "/metrics", "/staff/outcomes/" + PROPOSAL + "/resolve");

	@Autowired
	MockMvc mvc;

	@Test
	void everyStaffPageRendersInBothLanguagesAndSaysWhenTheApiIsAway() throws Exception {
		for (String page : PAGES) {
			this.mvc.perform(get(page).with(Citizens.staff()))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("<html lang=\"ja\">"), containsString("id=\"staff-nav-home\""),
							not(containsString("??")), not(containsString("Exception")))));
			this.mvc.perform(get(page).param("lang", "en").with(Citizens.staff()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"en\">"), containsString("Staff menu"),
						not(containsString("??")))));
		}
	}

	@Test
	void aDayInTheWrongFormIsToldBesideItsFieldAndReadOutWithIt() throws Exception {
		for (String page : List.of("/staff/curation", "/staff/audit")) {
			this.mvc.perform(get(page).param("from", "昨日").param("to", "2026-04-30").with(Citizens.staff()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"from-error\""),
						containsString("aria-describedby=\"from-error from-hint\""),
						containsString("aria-describedby=\"to-hint\""), not(containsString("id=\"to-error\"")))));
		}
	}

	@Test
	void citizensAndCompanyMembersAreToldThePagesAreForStaff() throws Exception {
		for (String page : PAGES) {
			this.mvc.perform(get(page).with(Citizens.hanako()))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/system/not-for-your-role"));
			this.mvc.perform(get(page).with(Citizens.akari()))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/system/not-for-your-role"));
		}
		for (String form : FORMS) {
			this.mvc.perform(post(form).with(Citizens.hanako()).with(csrf()))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/system/not-for-your-role"));
		}
	}

	@Test
	void everyStaffFormRefusesAPostWithoutItsToken() throws Exception {
		for (String form : FORMS) {
			this.mvc.perform(post(form).with(Citizens.staff()).param("reason", "x"))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/system/csrf"));
		}
	}

	@Test
	void theIntakeFormsOwnChecksComeBackNextToTheirFieldsWithTheInputKept() throws Exception {
		this.mvc
			.perform(post("/staff/intake").with(Citizens.staff())
				.with(csrf())
				.param("action", "submit")
				.param("title", "<script>alert(1)</script>")
				.param("body", "電話での相談")
				.param("ward", "ATLANTIS")
				.param("intakeMethod", "TELEGRAPH")
				.param("contactPhone", "093-000-0000")
				.param("idempotencyKey", "k-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>エラー: "), containsString("id=\"error-summary\""),
					containsString("id=\"ward-error\""), containsString("区は選択肢から選んでください。"),
					containsString("受け付けた方法を選んでください。"), containsString("value=\"093-000-0000\""),
					containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), containsString("value=\"k-1\""),
					not(containsString("<script>alert(1)</script>")))));
	}

}
