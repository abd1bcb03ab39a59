package jp.kitakyushu.busters.api.outcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.problem.ProblemService;
import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.submitted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a selected proposal's demonstration achieved: reports, metrics and the problems it
 * resolved, recorded by the right people and read by the right people.
 */
class OutcomeIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ProblemService problemService;

	ThemeFixtures themes;

	Theme theme;

	String selected;

	String stillSubmitted;

	@BeforeEach
	void selectedProposal() {
		this.themes = new ThemeFixtures(this.mongo);
		this.theme = this.themes.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		this.selected = shortlisted(companyA(), staff(), draft(themeId(this.theme), company));
		this.stillSubmitted = submitted(companyA(), draft(themeId(this.theme), company));
		this.themes.close(this.themes.reload(this.theme));
		step(staff(), "Select", "proposalSelect", this.selected, "SELECTED");
	}

	String publishedProblem(String title) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("body", "高齢の母がごみを出せず困っています。");
		input.put("category", "ELDERLY");
		input.put("ward", "YAHATA_NISHI");
		String id = citizen().runNamed("problemSubmit", Map.of("input", input))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", id));
		return id;
	}

	String adoptedProblem(String title, Theme by) {
		String id = publishedProblem(title);
		this.problemService.adopt(List.of(GlobalId.idOf(id, "Problem").orElseThrow()), by.getId(), by.getTitle());
		return id;
	}

	String problemStatus(String id) {
		return anonymous().op("problemRead", "Node", Map.of("id", id)).data("node", "status").asString();
	}

	static List<String> errors(Response response, String mutation) {
		return response.data(mutation, "userErrors")
			.valueStream()
			.map((error) -> String.join(".", error.path("field").valueStream().skip(1).map(JsonNode::asString).toList())
					+ ":" + error.path("code").asString())
			.toList();
	}

	@Test
	void resolvingProblemsAdoptedByTheThemeMarksThemResolved() {
		String first = adoptedProblem("ごみ出しが難しい", this.theme);
		String second = adoptedProblem("ごみ置き場が遠い", this.theme);
		Response resolved = staff().op("outcome", "Resolve",
				Map.of("id", this.selected, "problemIds", List.of(first, second)));
		assertThat(errors(resolved, "outcomeResolveProblems")).isEmpty();
		JsonNode problems = resolved.data("outcomeResolveProblems", "proposal", "outcome", "resolvedProblems");
		assertThat(problems.path("totalCount").asInt()).isEqualTo(2);
		assertThat(problems.path("nodes").valueStream().map((p) -> p.path("status").asString()))
			.containsOnly("RESOLVED");
		assertThat(problemStatus(first)).isEqualTo("RESOLVED");
		assertThat(problemStatus(second)).isEqualTo("RESOLVED");
		// Everyone reads which problems a demonstration solved.
		assertThat(anonymous().op("outcome", "Outcome", Map.of("id", this.selected))
			.data("node", "outcome", "resolvedProblems", "totalCount")
			.asInt()).isEqualTo(2);
		// Resolving again changes nothing.
		Response again = staff().op("outcome", "Resolve", Map.of("id", this.selected, "problemIds", List.of(first)));
		assertThat(
				again.data("outcomeResolveProblems", "proposal", "outcome", "resolvedProblems", "totalCount").asInt())
			.isEqualTo(2);
	}

	@Test
	void problemsNotAdoptedByTheThemeAreRefusedAndNothingChanges() {
		String adopted = adoptedProblem("ごみ出しが難しい", this.theme);
		String elsewhere = adoptedProblem("バス停に屋根がない", this.themes.open());
		String onlyPublished = publishedProblem("公園が暗い");
		Response otherTheme = staff().op("outcome", "Resolve",
				Map.of("id", this.selected, "problemIds", List.of(adopted, elsewhere)));
		assertThat(errors(otherTheme, "outcomeResolveProblems")).containsExactly("problemIds:NOT_ALLOWED");
		Response notAdopted = staff().op("outcome", "Resolve",
				Map.of("id", this.selected, "problemIds", List.of(onlyPublished)));
		assertThat(errors(notAdopted, "outcomeResolveProblems")).containsExactly("problemIds:NOT_ALLOWED");
		assertThat(problemStatus(adopted)).isEqualTo("ADOPTED");
		assertThat(problemStatus(elsewhere)).isEqualTo("ADOPTED");
		assertThat(problemStatus(onlyPublished)).isEqualTo("PUBLISHED");
		assertThat(this.mongo.getCollection("outcome_resolutions").countDocuments()).isZero();

		Response unknown = staff().op("outcome", "Resolve", Map.of("id", this.selected, "problemIds",
				List.of(GlobalId.encode("Problem", "000000000000000000000000"))));
		assertThat(errors(unknown, "outcomeResolveProblems")).containsExactly("problemIds:NOT_FOUND");
		Response notAProblem = staff().op("outcome", "Resolve",
				Map.of("id", this.selected, "problemIds", List.of(this.selected)));
		assertThat(errors(notAProblem, "outcomeResolveProblems")).containsExactly("problemIds:INVALID");
		Response undecided = staff().op("outcome", "Resolve",
				Map.of("id", this.stillSubmitted, "problemIds", List.of(adopted)));
		assertThat(errors(undecided, "outcomeResolveProblems")).containsExactly("proposalId:WRONG_STATE");
		assertThat(companyA().op("outcome", "Resolve", Map.of("id", this.selected, "problemIds", List.of(adopted)))
			.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(problemStatus(adopted)).isEqualTo("ADOPTED");
	}

	@Test
	void theCompanyAndStaffReportProgressThatOnlyTheyRead() {
		Response byMember = companyA().op("outcome", "Report", Map.of("id", this.selected, "text", "センサー20台を設置"));
		assertThat(byMember.data("outcomeReport", "report", "byStaff").asBoolean()).isFalse();
		String reportId = byMember.data("outcomeReport", "report", "id").asString();
		Response byStaff = staff().op("outcome", "Report", Map.of("id", this.selected, "text", "現地確認済み"));
		assertThat(byStaff.data("outcomeReport", "report", "byStaff").asBoolean()).isTrue();

		Response byOtherCompany = companyB().op("outcome", "Report", Map.of("id", this.selected, "text", "x"));
		assertThat(errors(byOtherCompany, "outcomeReport")).containsExactly("proposalId:NOT_ALLOWED");
		Response onUndecided = companyA().op("outcome", "Report", Map.of("id", this.stillSubmitted, "text", "x"));
		assertThat(errors(onUndecided, "outcomeReport")).containsExactly("proposalId:WRONG_STATE");
		Response empty = companyA().op("outcome", "Report", Map.of("id", this.selected, "text", " "));
		assertThat(errors(empty, "outcomeReport")).containsExactly("text:REQUIRED");
		assertThat(citizen().op("outcome", "Report", Map.of("id", this.selected, "text", "x")).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("outcome", "Report", Map.of("id", this.selected, "text", "x")).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");

		JsonNode seenByMember = companyA().op("outcome", "Outcome", Map.of("id", this.selected))
			.data("node", "outcome");
		assertThat(seenByMember.path("reports").path("totalCount").asInt()).isEqualTo(2);
		for (Caller outsider : List.of(anonymous(), companyB(), citizen(), reporter())) {
			JsonNode outcome = outsider.op("outcome", "Outcome", Map.of("id", this.selected)).data("node", "outcome");
			assertThat(outcome.path("reports").isNull()).isTrue();
			assertThat(outsider.op("outcome", "Node", Map.of("id", reportId)).data("node").isNull()).isTrue();
		}
		assertThat(staffB().op("outcome", "Node", Map.of("id", reportId)).data("node", "text").asString())
			.isEqualTo("センサー20台を設置");
		assertThat(
				companyA().op("outcome", "Outcome", Map.of("id", this.stillSubmitted)).data("node", "outcome").isNull())
			.isTrue();
	}

	@Test
	void staffRecordMetricsThatEveryoneReads() {
		Map<String, Object> earlier = metrics("2026-03-31T00:00:00+09:00", 1200, 300, 4.5);
		Map<String, Object> later = metrics("2026-09-30T00:00:00+09:00", 5200, 1800, 12.5);
		later.put("note", "区役所の窓口記録から集計");
		assertThat(errors(staff().op("outcome", "Metrics", Map.of("input", later)), "outcomeRecordMetrics")).isEmpty();
		assertThat(errors(staff().op("outcome", "Metrics", Map.of("input", earlier)), "outcomeRecordMetrics"))
			.isEmpty();

		JsonNode seenByPublic = anonymous().op("outcome", "Outcome", Map.of("id", this.selected))
			.data("node", "outcome");
		assertThat(seenByPublic.path("metrics").path("staffHoursSavedPerYear").asInt()).isEqualTo(5200);
		assertThat(seenByPublic.path("metrics").path("satisfactionChangePoints").asDouble()).isEqualTo(12.5);
		assertThat(seenByPublic.path("metrics").path("note").isNull()).isTrue();
		assertThat(seenByPublic.path("metricsHistory").path("totalCount").asInt()).isEqualTo(2);
		assertThat(staff().op("outcome", "Outcome", Map.of("id", this.selected))
			.data("node", "outcome", "metrics", "note")
			.asString()).isEqualTo("区役所の窓口記録から集計");
		String metricsId = seenByPublic.path("metrics").path("id").asString();
		assertThat(anonymous().op("outcome", "Node", Map.of("id", metricsId)).data("node", "citizensReached").asInt())
			.isEqualTo(1800);

		Map<String, Object> wrong = metrics("2099-01-01T00:00:00Z", -1, -5, 150);
		assertThat(errors(staff().op("outcome", "Metrics", Map.of("input", wrong)), "outcomeRecordMetrics"))
			.containsExactlyInAnyOrder("asOf:OUT_OF_RANGE", "staffHoursSavedPerYear:OUT_OF_RANGE",
					"citizensReached:OUT_OF_RANGE", "satisfactionChangePoints:OUT_OF_RANGE");
		Map<String, Object> undecided = metrics("2026-03-31T00:00:00+09:00", 1, 1, 1);
		undecided.put("proposalId", this.stillSubmitted);
		assertThat(errors(staff().op("outcome", "Metrics", Map.of("input", undecided)), "outcomeRecordMetrics"))
			.containsExactly("proposalId:WRONG_STATE");
		assertThat(companyA().op("outcome", "Metrics", Map.of("input", earlier)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.mongo.getCollection("outcome_metrics").countDocuments()).isEqualTo(2);
	}

	Map<String, Object> metrics(String asOf, int hours, int citizens, double satisfaction) {
		Map<String, Object> input = new HashMap<>();
		input.put("proposalId", this.selected);
		input.put("asOf", asOf);
		input.put("staffHoursSavedPerYear", hours);
		input.put("citizensReached", citizens);
		input.put("satisfactionChangePoints", satisfaction);
		return input;
	}

}
