package jp.kitakyushu.busters.web.system;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One rule per audience, and a page that says what happened for every refusal: sign-in
 * for visitors, "not for your role" for the wrong role, a clear page for a form without
 * its token, and input that survives an expired session. The api is unreachable here.
 */
@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
@AutoConfigureMockMvc
class SecurityPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void visitorsAreSentToSignInForEveryAudiencePage() throws Exception {
		for (String path : new String[] { "/my/problems", "/my/problems/new", "/company/proposals",
				"/staff/demo-mail" }) {
			this.mvc.perform(get(path))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/oauth2/authorization/keycloak"));
		}
	}

	@Test
	void aSignedInUserWithoutTheRoleGetsAPageThatSaysWhoItIsFor() throws Exception {
		this.mvc.perform(get("/staff/demo-mail").with(Citizens.hanako()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(AccessDeniedPages.ROLE_PAGE));
		this.mvc.perform(get("/company/anything").with(Citizens.hanako()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(AccessDeniedPages.ROLE_PAGE));
		// The page the refusal forwards to, as it renders for the refused path.
		this.mvc
			.perform(
					get(AccessDeniedPages.ROLE_PAGE).requestAttr(SystemPagesController.REFUSED_PATH, "/staff/demo-mail")
						.with(Citizens.hanako()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("このページは市の職員のためのページです。")))
			.andExpect(content().string(containsString("<li>市民</li>")))
			.andExpect(content().string(not(containsString("Exception"))));
		this.mvc
			.perform(get(AccessDeniedPages.ROLE_PAGE).param("lang", "en")
				.requestAttr(SystemPagesController.REFUSED_PATH, "/my/problems")
				.with(Citizens.staff()))
			.andExpect(content().string(containsString("This page is for citizens.")))
			.andExpect(content().string(containsString("<li>City staff</li>")));
	}

	@Test
	void aFormPostedWithoutItsTokenIsRefused() throws Exception {
		this.mvc.perform(post("/my/problems/new").with(Citizens.hanako()).param("title", "バス停"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(AccessDeniedPages.CSRF_PAGE));
		this.mvc.perform(post("/logout"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(AccessDeniedPages.CSRF_PAGE));
	}

	@Test
	void inputSurvivesASessionThatExpiredInTheMiddleOfTheForm() throws Exception {
		MvcResult expired = this.mvc.perform(post("/my/problems/new").param("title", "バス停に屋根がない")
			.param("body", "雨の日に濡れます")
			.param("ward", "KOKURA_KITA")
			.param("_csrf", "token-of-the-expired-session")
			.with((request) -> {
				request.setRequestedSessionId("expired-session");
				request.setRequestedSessionIdValid(false);
				return request;
			})).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/my/problems/new")).andReturn();
		HttpSession session = expired.getRequest().getSession(false);
		// Signing in again brings the citizen back to the form, filled in.
		this.mvc
			.perform(get("/my/problems/new").session((org.springframework.mock.web.MockHttpSession) session)
				.with(Citizens.hanako()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"restored\"")))
			.andExpect(content().string(containsString("value=\"バス停に屋根がない\"")))
			.andExpect(content().string(containsString("雨の日に濡れます")))
			.andExpect(content().string(not(containsString("token-of-the-expired-session"))));
	}

	@Test
	void aForgedPostWithoutAnySessionIsNotKeptButRefused() throws Exception {
		this.mvc.perform(post("/my/problems/new").param("title", "planted"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl(AccessDeniedPages.CSRF_PAGE));
	}

	@Test
	void theFormsOwnChecksComeBackNextToTheirFieldsWithTheInputKept() throws Exception {
		this.mvc
			.perform(post("/my/problems/new").with(Citizens.hanako())
				.with(csrf())
				.param("title", "<script>alert(1)</script>")
				.param("body", "説明")
				.param("ward", "ATLANTIS")
				.param("latitude", "north")
				.param("longitude", "130.87")
				.param("idempotencyKey", "k-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>エラー: 困りごとを投稿する"),
					containsString("id=\"error-summary\""), containsString("id=\"ward-error\""),
					containsString("区は選択肢から選んでください。"), containsString("id=\"latitude-error\""),
					containsString("緯度は 33.8834 のような数で入力してください。"), containsString("aria-invalid=\"true\""),
					containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
					containsString("value=\"k-1\""))))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void everyPageSendsTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
							containsString("style-src 'self'"), containsString("frame-ancestors 'none'"),
							containsString("form-action 'self' http://localhost:8180"),
							not(containsString("unsafe-inline")))))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
