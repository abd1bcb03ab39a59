package jp.kitakyushu.busters.api.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting over HTTP: problem figures follow every change as it happens, programme and
 * fund figures and KPI progress trace back to their records, and bad requests are refused
 * with a specific reason.
 */
class ReportIntegrationTests extends ApiIntegrationTest {

	static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Tokyo"));

	@Autowired
	ProblemService problemService;

	@Autowired
	ProblemProjectionRebuild rebuild;

	static Map<String, Object> period(YearMonth from, YearMonth to) {
		return Map.of("from", from.toString(), "to", to.toString());
	}

	static Map<String, Object> thisMonth() {
		return Map.of("period", period(THIS_MONTH, THIS_MONTH));
	}

	String submit(String category, String ward) {
		Response response = citizen().runNamed("problemSubmit", Map.of("input", problemInput(category, ward)));
		return response.data("problemSubmit", "problem", "id").asString();
	}

	/** A problem to submit, its title naming where it is counted. */
	static Map<String, Object> problemInput(String category, String ward) {
		Map<String, Object> input = new HashMap<>();
		// Joined with "_": run together ("ELDERLYTOBATA") the pair reads like a romanised
		// name,
		// which the personal-data detector flags, and a flagged post waits for review.
		input.put("title", "バス停に屋根がない " + category + "_" + ward);
		input.put("body", "雨の日にバスを待つ高齢者が濡れています。");
		input.put("category", category);
		input.put("ward", ward);
		return input;
	}

	void publish(String id) {
		staff().op("problemModerate", "Publish", Map.of("id", id));
	}

	JsonNode totals(Caller caller) {
		Response response = caller.op("report", "Totals", thisMonth());
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		return response.data("report");
	}

	@Test
	void problemFiguresFollowEveryChangeAsItHappens() {
		String a = submit("ELDERLY", "MOJI");
		String b = submit("ELDERLY", "TOBATA");
		String c = submit("TRANSPORT", "MOJI");
		publish(a);
		publish(b);
		staff().op("problemModerate", "Reject", Map.of("id", c, "reason", "個人の連絡先しか書かれていません"));
		citizenB().op("problemModerate", "Support", Map.of("id", a));
		Theme theme = new ThemeFixtures(this.mongo).open();
		this.problemService.adopt(List.of(GlobalId.idOf(b, "Problem").orElseThrow()), theme.getId(), theme.getTitle());

		JsonNode report = totals(anonymous());
		JsonNode totals = report.path("problemTotals");
		assertThat(totals.path("submitted").asInt()).isEqualTo(3);
		assertThat(totals.path("published").asInt()).isEqualTo(2);
		assertThat(totals.path("adopted").asInt()).isEqualTo(1);
		assertThat(totals.path("rejected").asInt()).isEqualTo(1);
		assertThat(totals.path("resolved").asInt()).isZero();
		assertThat(totals.path("supporters").asInt()).isEqualTo(1);
		assertThat(statusCounts(report.path("problemsByStatus"))).containsEntry("PUBLISHED", 1L)
			.containsEntry("ADOPTED", 1L)
			.containsEntry("REJECTED", 1L)
			.containsEntry("SUBMITTED", 0L);
		JsonNode publication = report.path("problemTimings").path("publication");
		assertThat(publication.path("count").asInt()).isEqualTo(2);
		assertThat(publication.path("medianDays").asDouble()).isBetween(0.0, 0.1);
		assertThat(report.path("problemTimings").path("resolution").path("medianDays").isNull()).isTrue();

		Map<String, Object> mojiOnly = new HashMap<>(thisMonth());
		mojiOnly.put("filter", Map.of("ward", "MOJI"));
		JsonNode moji = anonymous().op("report", "Totals", mojiOnly).data("report", "problemTotals");
		assertThat(moji.path("submitted").asInt()).isEqualTo(2);
		assertThat(moji.path("published").asInt()).isEqualTo(1);

		Map<String, Object> byCategory = new HashMap<>(thisMonth());
		byCategory.put("groupBy", "CATEGORY");
		byCategory.put("first", 100);
		JsonNode rows = reporter().op("report", "Flow", byCategory).data("report", "problemFlow");
		assertThat(rows.path("totalCount").asInt()).isEqualTo(10);
		JsonNode elderly = rows.path("nodes")
			.valueStream()
			.filter((row) -> row.path("label").path("key").asString().equals("ELDERLY"))
			.findFirst()
			.orElseThrow();
		assertThat(elderly.path("label").path("nameJa").asString()).isEqualTo("高齢者・福祉");
		assertThat(elderly.path("submitted").asInt()).isEqualTo(2);
		assertThat(elderly.path("adopted").asInt()).isEqualTo(1);

		// Withdrawing a support counts at once, too.
		citizenB().op("problemModerate", "Withdraw", Map.of("id", a));
		assertThat(totals(anonymous()).path("problemTotals").path("supporters").asInt()).isZero();
	}

	@Test
	void rebuildingFromTheProblemsGivesTheSameFigures() {
		String a = submit("CHILDCARE", "KOKURA_KITA");
		submit("CHILDCARE", "KOKURA_KITA");
		publish(a);
		citizenB().op("problemModerate", "Support", Map.of("id", a));
		JsonNode live = totals(reporter());
		this.rebuild.rebuild();
		JsonNode rebuilt = totals(reporter());
		assertThat(rebuilt.path("problemTotals")).isEqualTo(live.path("problemTotals"));
		assertThat(rebuilt.path("problemsByStatus")).isEqualTo(live.path("problemsByStatus"));
		assertThat(rebuilt.path("problemTotals").path("submitted").asInt()).isEqualTo(2);
	}

	@Test
	void monthsArePagedAndZeroMonthsAreShown() {
		submit("OTHER", "CITYWIDE");
		Map<String, Object> variables = new HashMap<>();
		variables.put("period", period(THIS_MONTH.minusMonths(35), THIS_MONTH));
		variables.put("groupBy", "MONTH");
		variables.put("first", 24);
		JsonNode first = anonymous().op("report", "Flow", variables).data("report", "problemFlow");
		assertThat(first.path("totalCount").asInt()).isEqualTo(36);
		assertThat(first.path("nodes").size()).isEqualTo(24);
		assertThat(first.path("nodes").get(0).path("submitted").asInt()).isZero();
		assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		variables.put("after", first.path("pageInfo").path("endCursor").asString());
		JsonNode second = anonymous().op("report", "Flow", variables).data("report", "problemFlow");
		assertThat(second.path("nodes").size()).isEqualTo(12);
		JsonNode last = second.path("nodes").get(11);
		assertThat(last.path("label").path("key").asString()).isEqualTo(THIS_MONTH.toString());
		assertThat(last.path("submitted").asInt()).isEqualTo(1);
	}

	@Test
	void badRequestsAreRefusedWithASpecificReason() {
		Response reversed = anonymous().op("report", "Totals",
				Map.of("period", period(THIS_MONTH, THIS_MONTH.minusMonths(1))));
		assertThat(error(reversed, "reason")).isEqualTo("PERIOD_REVERSED");
		assertThat(error(reversed, "field")).isEqualTo("period.to");
		assertThat(reversed.firstErrorCode()).isEqualTo("BAD_REQUEST");

		Response tooLong = anonymous().op("report", "Totals",
				Map.of("period", period(THIS_MONTH.minusMonths(120), THIS_MONTH)));
		assertThat(error(tooLong, "reason")).isEqualTo("PERIOD_TOO_LONG");
		assertThat(tooLong.json().path("errors").get(0).path("message").asString()).contains("121 months");

		Map<String, Object> bigPage = new HashMap<>(thisMonth());
		bigPage.put("groupBy", "MONTH");
		bigPage.put("first", 500);
		Response tooBig = anonymous().op("report", "Flow", bigPage);
		assertThat(error(tooBig, "reason")).isEqualTo("PAGE_TOO_LARGE");
		assertThat(error(tooBig, "field")).isEqualTo("first");

		Map<String, Object> unknownGrouping = new HashMap<>(thisMonth());
		unknownGrouping.put("groupBy", "COLOUR");
		Response unknown = anonymous().op("report", "Flow", unknownGrouping);
		assertThat(unknown.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(unknown.json().path("errors").get(0).path("message").asString()).contains("COLOUR");

		Response badMonth = anonymous().op("report", "Totals",
				Map.of("period", Map.of("from", "2026-13", "to", "2027-01")));
		assertThat(badMonth.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(badMonth.json().path("errors").get(0).path("message").asString()).contains("2026-13");
	}

	@Test
	void proposalAndCompanyCountsAreForReportersAndStaff() {
		assertThat(anonymous().op("report", "Insider", thisMonth()).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(citizen().op("report", "Insider", thisMonth()).firstErrorCode()).isEqualTo("FORBIDDEN");
		Response reporter = reporter().op("report", "Insider", thisMonth());
		assertThat(reporter.firstErrorCode()).as(reporter.raw()).isNull();
		assertThat(reporter.data("report", "companiesByStatus").size()).isEqualTo(3);
		assertThat(staff().op("report", "Insider", thisMonth()).firstErrorCode()).isNull();
	}

	@Test
	void programmeFundAndKpisTraceBackToTheirRecords() {
		ThemeFixtures fixtures = new ThemeFixtures(this.mongo);
		Theme theme = fixtures.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		String selected = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		String declined = shortlisted(companyA(), staff(), draft(themeId(theme), company, "title", "別の提案"));
		fixtures.close(fixtures.reload(theme));
		step(staff(), "Select", "proposalSelect", selected, "SELECTED");
		step(staff(), "Decline", "proposalDecline", declined, "NOT_SELECTED", "reason", "予算の範囲を超えます");

		String problem = submit("ELDERLY", "YAHATA_NISHI");
		publish(problem);
		this.problemService.adopt(List.of(GlobalId.idOf(problem, "Problem").orElseThrow()), theme.getId(),
				theme.getTitle());
		Response resolved = staff().op("outcome", "Resolve", Map.of("id", selected, "problemIds", List.of(problem)));
		assertThat(resolved.data("outcomeResolveProblems", "userErrors").isEmpty()).as(resolved.raw()).isTrue();
		Map<String, Object> metrics = new HashMap<>();
		metrics.put("proposalId", selected);
		metrics.put("asOf", Instant.now().minusSeconds(3600).toString());
		metrics.put("staffHoursSavedPerYear", 1200);
		metrics.put("citizensReached", 300);
		metrics.put("satisfactionChangePoints", 12.5);
		staff().op("outcome", "Metrics", Map.of("input", metrics));

		staff().op("fund", "Contribute", Map.of("input", Map.of("donor", "北九州ものづくり経営者の会", "amount", 3_000_000)));
		staff().op("fund", "Allocate", Map.of("input", Map.of("proposalId", selected, "amount", 1_000_000)));
		staff().op("fund", "Disburse",
				Map.of("input", Map.of("proposalId", selected, "amount", 400_000, "milestone", "センサー設置")));

		JsonNode programme = anonymous().op("report", "Programme", thisMonth()).data("report");
		assertThat(programme.path("selectionRate").path("numerator").asInt()).isEqualTo(1);
		assertThat(programme.path("selectionRate").path("denominator").asInt()).isEqualTo(2);
		assertThat(programme.path("selectionRate").path("rate").asDouble()).isEqualTo(0.5);
		JsonNode themeRow = programme.path("themes").path("nodes").get(0);
		assertThat(themeRow.path("status").asString()).isEqualTo("AWARDED");
		assertThat(themeRow.path("proposals").asInt()).isEqualTo(2);
		assertThat(themeRow.path("selected").asInt()).isEqualTo(1);
		assertThat(themeRow.path("allocated").asLong()).isEqualTo(1_000_000);
		assertThat(themeRow.path("disbursed").asLong()).isEqualTo(400_000);
		assertThat(themeRow.path("resolvedProblems").asInt()).isEqualTo(1);
		JsonNode month = programme.path("fundByMonth").path("nodes").get(0);
		assertThat(month.path("contributed").asLong()).isEqualTo(3_000_000);
		assertThat(month.path("allocated").asLong()).isEqualTo(1_000_000);
		assertThat(month.path("disbursed").asLong()).isEqualTo(400_000);
		assertThat(month.path("availableAtEnd").asLong()).isEqualTo(2_000_000);
		assertThat(programme.path("fundByProposal").path("nodes").get(0).path("proposal").path("id").asString())
			.isEqualTo(selected);

		JsonNode kpis = anonymous().op("report", "Kpis", thisMonth()).data("report", "kpis");
		JsonNode solved = kpi(kpis, "SOLVED_PROBLEMS");
		assertThat(solved.path("value").asDouble()).isEqualTo(1.0);
		assertThat(solved.path("target").asDouble()).isEqualTo(10.0);
		assertThat(solved.path("share").asDouble()).isEqualTo(0.1);
		assertThat(solved.path("records").path("nodes").get(0).path("id").asString()).isEqualTo(problem);
		assertThat(solved.path("records").path("nodes").get(0).path("status").asString()).isEqualTo("RESOLVED");
		JsonNode hours = kpi(kpis, "STAFF_HOURS_SAVED");
		assertThat(hours.path("value").asDouble()).isEqualTo(1200.0);
		assertThat(hours.path("share").asDouble()).isEqualTo(0.012);
		assertThat(hours.path("records").path("nodes").get(0).path("__typename").asString())
			.isEqualTo("OutcomeMetrics");
		assertThat(kpi(kpis, "SATISFACTION_CHANGE").path("value").asDouble()).isEqualTo(12.5);
		assertThat(kpi(kpis, "CITIZENS_REACHED").path("target").isNull()).isTrue();
		assertThat(solved.path("nameJa").asString()).isEqualTo("解決した社会課題");

		JsonNode insider = reporter().op("report", "Insider", thisMonth()).data("report");
		assertThat(statusCounts(insider.path("proposalsByStatus"))).containsEntry("SELECTED", 1L)
			.containsEntry("NOT_SELECTED", 1L);
	}

	@Test
	void everyFigureHasADefinitionAndTheSchemaSaysIt() {
		JsonNode definitions = anonymous().op("report", "Definitions", Map.of()).data("statisticDefinitions");
		assertThat(definitions.size()).isEqualTo(Statistic.values().length);
		for (JsonNode definition : definitions) {
			assertThat(definition.path("definitionJa").asString()).isNotBlank();
			assertThat(definition.path("definitionEn").asString()).isNotBlank();
		}
	}

	static JsonNode kpi(JsonNode kpis, String kind) {
		return kpis.valueStream().filter((kpi) -> kpi.path("kind").asString().equals(kind)).findFirst().orElseThrow();
	}

	static Map<String, Long> statusCounts(JsonNode rows) {
		Map<String, Long> counts = new HashMap<>();
		rows.forEach((row) -> counts.put(row.path("status").asString(), row.path("count").asLong()));
		return counts;
	}

	static String error(Response response, String extension) {
		return response.json().path("errors").get(0).path("extensions").path(extension).asString(null);
	}

}
