package jp.kitakyushu.busters.web.company;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The company pages without an api (port 9 answers nothing): who may open which, the
 * registration form's own checks next to their fields with the input kept, and pages that
 * say the api is away rather than failing.
 */
@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
@AutoConfigureMockMvc
class CompanyPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aCitizenMayRegisterOrJoinButNotUseTheCompanyPagesYet() throws Exception {
		for (String path : new String[] { "/company/start", "/company/register", "/company/join?code=ABCD-EFGH" }) {
			this.mvc.perform(get(path).with(Citizens.hanako())).andExpect(status().isOk());
		}
		this.mvc.perform(get("/company/join").param("code", "ABCD-EFGH").with(Citizens.hanako()))
			.andExpect(content().string(containsString("value=\"ABCD-EFGH\"")));
		this.mvc.perform(get("/company/proposals").with(Citizens.hanako())).andExpect(status().isForbidden());
		this.mvc.perform(get("/company/register")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/company/register").with(Citizens.staff())).andExpect(status().isForbidden());
		// The header invites a citizen in, and the company menu is for company users.
		this.mvc.perform(get("/").with(Citizens.hanako()))
			.andExpect(content()
				.string(allOf(containsString("id=\"nav-company-start\""), not(containsString("id=\"nav-company\"")))));
		this.mvc.perform(get("/").with(Citizens.akari()))
			.andExpect(content().string(containsString("id=\"nav-company\"")));
	}

	@Test
	void aWrongCheckDigitOrLengthComesBackNextToTheNumberWithTheInputKept() throws Exception {
		this.mvc
			.perform(post("/company/register").with(Citizens.hanako())
				.with(csrf())
				.param("name", "北九見守り株式会社")
				.param("corporateNumber", "8000012050002")
				.param("description", "見守りの会社です")
				.param("capabilities", "センサーで見守ります")
				.param("tags", "見守り、IoT")
				.param("idempotencyKey", "k-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>エラー: 組織を登録する"),
					containsString("id=\"corporateNumber-error\""),
					containsString("法人番号の先頭の数字（チェックデジット）が、残りの12桁と合いません。"), containsString("value=\"8000012050002\""),
					containsString("value=\"北九見守り株式会社\""), containsString("センサーで見守ります"),
					containsString("value=\"見守り、IoT\""), containsString("value=\"k-1\""),
					containsString("aria-invalid=\"true\""), containsString("/js/company/corporate-number.js"))));
		this.mvc
			.perform(post("/company/register").param("lang", "en")
				.with(Citizens.hanako())
				.with(csrf())
				.param("name", "Kitakyu Care")
				.param("corporateNumber", "700001205000")
				.param("description", "Care"))
			.andExpect(content().string(containsString("A corporate number has 13 digits.")));
	}

	@Test
	void aValidRegistrationTheApiCannotTakeKeepsTheInputAndSaysSo() throws Exception {
		this.mvc
			.perform(post("/company/register").with(Citizens.hanako())
				.with(csrf())
				.param("name", "北九見守り株式会社")
				.param("corporateNumber", "7-0000-1205-0002")
				.param("description", "見守りの会社です")
				.param("idempotencyKey", "k-2"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("ただいま送信できません"), containsString("value=\"7-0000-1205-0002\""))));
	}

	@Test
	void companyPagesSayTheApiIsAwayAndAProposalIsNeverShownWithoutIt() throws Exception {
		for (String path : new String[] { "/company", "/company/themes", "/company/proposals",
				"/company/notifications" }) {
			this.mvc.perform(get(path).with(Citizens.akari()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("ただいまこの情報を取得できません")));
		}
		this.mvc.perform(get("/company/proposals/UHJvcG9zYWw6MQ").with(Citizens.akari()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("ただいまこの情報を取得できません"), not(containsString("id=\"proposal-approach\"")))));
	}

	@Test
	void theWelcomeWithoutAChangeSendsEachToTheirPage() throws Exception {
		this.mvc.perform(get("/company/welcome").with(Citizens.hanako())).andExpect(redirectedUrl("/company/start"));
		this.mvc.perform(get("/company/welcome").with(Citizens.akari())).andExpect(redirectedUrl("/company"));
	}

}
