package jp.kitakyushu.busters.web.citizen.post;

import jp.kitakyushu.busters.web.system.Citizens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The posting page's place: a Leaflet map from the webjar with the configured tiles (and
 * the tile server allowed by the Content-Security-Policy, nothing else), and without a
 * tile server no map at all, only the landmark and the ward, which are always enough.
 */
class PostMapIntegrationTests {

	@Nested
	@SpringBootTest(properties = { "busters.api.url=http://127.0.0.1:9/graphql",
			"busters.map.tile-url=https://tiles.example.org/{z}/{x}/{y}.png",
			"busters.map.attribution=© Example tiles" })
	@AutoConfigureMockMvc
	class WithATileServer {

		@Autowired
		MockMvc mvc;

		@Test
		void thePostingPageOffersTheMapWithTheConfiguredTilesAndAllowsOnlyTheirOrigin() throws Exception {
			this.mvc.perform(get("/my/problems/new").with(Citizens.hanako()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"post-map\""),
						containsString("data-tile-url=\"https://tiles.example.org/{z}/{x}/{y}.png\""),
						containsString("/webjars/leaflet/1.9.4/dist/leaflet.js"), containsString("/js/post-map.js"),
						containsString("id=\"landmark\""))))
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("https://tiles.example.org"), not(containsString("unsafe-inline")))));
			this.mvc.perform(get("/webjars/leaflet/1.9.4/dist/leaflet.js")).andExpect(status().isOk());
		}

	}

	@Nested
	@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
	@AutoConfigureMockMvc
	class WithoutATileServer {

		@Autowired
		MockMvc mvc;

		@Test
		void thePostingPageAsksForALandmarkAndTheWardAndLoadsNoMap() throws Exception {
			this.mvc.perform(get("/my/problems/new").with(Citizens.hanako()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"landmark\""), containsString("id=\"ward\""),
						not(containsString("post-map")), not(containsString("leaflet")))))
				.andExpect(header().string("Content-Security-Policy", not(containsString("tiles.example.org"))));
		}

	}

}
