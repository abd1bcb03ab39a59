package jp.kitakyushu.busters.web.visitor.stats;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics, annual report and open-data pages stay up and say so when the api is
 * not reachable (here it never is: port 9 answers nothing), refuse years that are not
 * fiscal years of the programme, and answer files the api cannot give with a status
 * rather than a broken download. With the real api they are checked end to end in e2e.
 */
@SpringBootTest(properties = "busters.api.url=http://127.0.0.1:9/graphql")
@AutoConfigureMockMvc
class StatsPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theStatisticsPageSaysTheFiguresAreUnavailable() throws Exception {
		this.mvc.perform(get("/stats"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ja\">")))
			.andExpect(content().string(containsString("id=\"report-unavailable\"")))
			.andExpect(content().string(containsString("id=\"stats-year\"")));
		this.mvc.perform(get("/stats").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Busters in figures")));
	}

	@Test
	void theAnnualReportPageOffersThePdfAndRefusesOtherYears() throws Exception {
		int year = StatsController.currentFiscalYear();
		this.mvc.perform(get("/reports/annual/" + year))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("年次報告 " + year + "年度")))
			.andExpect(content().string(containsString("href=\"/reports/annual/" + year + ".pdf\"")));
		this.mvc.perform(get("/reports/annual/" + (year + 1))).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/annual/2024")).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/annual/twenty")).andExpect(status().isNotFound());
		this.mvc.perform(get("/stats").param("year", "1999")).andExpect(status().isNotFound());
	}

	@Test
	void theOpenDataPageSaysTheListIsUnavailableAndFilesAnswerWithAStatus() throws Exception {
		this.mvc.perform(get("/open-data/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"open-data-unavailable\"")))
			.andExpect(content().string(containsString("CC BY 4.0")))
			.andExpect(content().string(containsString("PDL1.0")));
		this.mvc.perform(get("/open-data/problems.csv")).andExpect(status().isServiceUnavailable());
	}

}
