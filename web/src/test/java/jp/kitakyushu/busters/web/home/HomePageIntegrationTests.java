package jp.kitakyushu.busters.web.home;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page renders in both languages, offers sign-in, greets a signed-in user by
 * name in the page's order of names, and stays up when the api is not reachable.
 */
@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
@AutoConfigureMockMvc
class HomePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsGetTheJapanesePageWithASignInLink() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ja\">")))
			.andExpect(content().string(containsString("id=\"login\"")))
			.andExpect(content().string(not(containsString("id=\"logout\""))))
			.andExpect(content().string(containsString("ただいまサービスの一部が利用できません")));
	}

	@Test
	void englishIsOneClickAway() throws Exception {
		this.mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Kitakyushu Problem-Solving Busters")))
			.andExpect(header().string("Set-Cookie", containsString("busters-lang=en")));
	}

	@Test
	void aSignedInUserIsGreetedFamilyNameFirstInJapanese() throws Exception {
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("hanako-id")
			.claim("family_name", "山田")
			.claim("given_name", "花子")
			.build();
		this.mvc
			.perform(get("/")
				.with(oidcLogin().idToken((token) -> token.claims((claims) -> claims.putAll(idToken.getClaims())))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"user-name\">山田 花子</span>")))
			.andExpect(content().string(containsString("id=\"logout\"")))
			.andExpect(content().string(containsString("ただいま利用者情報を取得できません")));
		this.mvc
			.perform(get("/").param("lang", "en")
				.with(oidcLogin().idToken((token) -> token.claims((claims) -> claims.putAll(idToken.getClaims())))))
			.andExpect(content().string(containsString("<span id=\"user-name\">花子 山田</span>")));
	}

	@Test
	void theSearchPageWorksWithoutJavaScriptAndSaysWhenTheApiIsAway() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<form method=\"get\" action=\"/search\" role=\"search\"")));
		this.mvc.perform(get("/search").param("q", "バス停"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ただいま検索できません")));
		this.mvc.perform(get("/search").param("q", "あ".repeat(201)))
			.andExpect(content().string(containsString("200文字以内")));
	}

	@Test
	void pagesOtherThanPublicOnesNeedSignIn() throws Exception {
		this.mvc.perform(get("/my/problems"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/oauth2/authorization/keycloak")));
	}

}
