package jp.kitakyushu.busters.web.visitor.home;

import jp.kitakyushu.busters.web.system.Citizens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home and search pages render in both languages, offer sign-in and sign-up, greet a
 * signed-in user by name in the page's order of names, and stay up when the api is not
 * reachable (here it never is: port 9 answers nothing).
 */
@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
@AutoConfigureMockMvc
class HomePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsGetTheJapanesePageWithSignInAndSignUp() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ja\">")))
			.andExpect(content().string(containsString("id=\"login\"")))
			.andExpect(content().string(containsString("href=\"/oauth2/authorization/keycloak?signup=\"")))
			.andExpect(content().string(not(containsString("id=\"logout\""))))
			.andExpect(content().string(containsString("ただいまサービスの一部が利用できません")));
	}

	@Test
	void englishIsOneClickAwayAndStaysOnThePage() throws Exception {
		this.mvc.perform(get("/search").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Kitakyushu Problem-Solving Busters")))
			.andExpect(content().string(containsString("href=\"/search?lang=ja\"")))
			.andExpect(header().string("Set-Cookie", containsString("busters-lang=en")));
	}

	@Test
	void anUnknownLanguageFallsBackToJapanese() throws Exception {
		this.mvc.perform(get("/").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ja\">")));
	}

	@Test
	void aSignedInCitizenIsNamedFamilyNameFirstInJapaneseAndGetsTheCitizenMenu() throws Exception {
		this.mvc.perform(get("/").with(Citizens.hanako()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span id=\"user-name\">山田 花子</span>")))
			.andExpect(content().string(containsString("id=\"logout\"")))
			.andExpect(content().string(containsString("href=\"/my/problems/new\"")));
		this.mvc.perform(get("/").param("lang", "en").with(Citizens.hanako()))
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

}
