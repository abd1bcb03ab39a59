package jp.kitakyushu.busters.api.outcome;

import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company states its own figures with a progress report; they are kept with the report
 * as its claim, checked like staff's metrics, and leave the official metrics alone.
 */
class ReportedFiguresIntegrationTests extends ApiIntegrationTest {

	@Test
	void theCompanyReportsFiguresWithItsWordsAndTheOfficialMetricsStayStaffs() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		String selected = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		themes.close(themes.reload(theme));
		step(staff(), "Select", "proposalSelect", selected, "SELECTED");

		Response wrong = companyA().op("companyFollowUp", "ReportWithFigures", Map.of("input", Map.of("proposalId",
				selected, "text", "設置を終えました", "citizensReached", -3, "satisfactionChangePoints", 120)));
		JsonNode errors = wrong.data("outcomeReport", "userErrors");
		assertThat(errors.size()).as(wrong.raw()).isEqualTo(2);
		assertThat(this.mongo.getCollection("outcome_reports").countDocuments()).isZero();

		Response reported = companyA().op("companyFollowUp", "ReportWithFigures", Map.of("input", Map.of("proposalId",
				selected, "text", "センサー20台を設置し、見守りを始めました", "staffHoursSavedPerYear", 120, "citizensReached", 45)));
		JsonNode figures = reported.data("outcomeReport", "report", "figures");
		assertThat(figures.path("staffHoursSavedPerYear").asInt()).isEqualTo(120);
		assertThat(figures.path("citizensReached").asInt()).isEqualTo(45);
		assertThat(figures.path("satisfactionChangePoints").isNull()).isTrue();
		companyA().op("companyFollowUp", "ReportWithFigures",
				Map.of("input", Map.of("proposalId", selected, "text", "言葉だけの報告")));

		JsonNode reports = companyA().op("companyFollowUp", "Reports", Map.of("id", selected))
			.data("node", "outcome", "reports", "nodes");
		assertThat(reports.size()).isEqualTo(2);
		assertThat(staff().op("outcome", "Outcome", Map.of("id", selected)).data("node", "outcome", "metrics").isNull())
			.isTrue();
	}

}
