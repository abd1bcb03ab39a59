package jp.kitakyushu.busters.api.theme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Query;

import static jp.kitakyushu.busters.api.theme.ThemeTestInputs.themeInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads which themes and who changes them: drafts for staff only, a theme's problems
 * as each caller may see them, lists that read the store a fixed number of times, and
 * mutations for staff only.
 */
class ThemeAccessIntegrationTests extends ThemeApiTest {

	@Test
	void draftsAreForStaffOnly() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String drafted = draft(themeInput(now(), List.of(problem)));
		for (Caller outsider : List.of(anonymous(), citizen(), companyA(), reporter())) {
			assertThat(themeNode(outsider, drafted).isNull()).isTrue();
			assertThat(total(outsider, Map.of())).isZero();
			assertThat(total(outsider, Map.of("status", "DRAFT"))).isZero();
		}
		assertThat(themeNode(staffB(), drafted).path("status").asString()).isEqualTo("DRAFT");
		assertThat(total(staffB(), Map.of("status", "DRAFT"))).isOne();

		staff().op("themeMutations", "Publish", Map.of("id", drafted));
		for (Caller anyone : List.of(anonymous(), citizen(), companyA(), reporter())) {
			assertThat(themeNode(anyone, drafted).path("status").asString()).isEqualTo("OPEN");
			assertThat(total(anyone, Map.of())).isOne();
		}
	}

	@Test
	void aThemesProblemsNeverIncludeOneTheCallerMayNotSee() {
		String visible = publishedProblem(citizen(), "ごみ出しができない");
		String id = open(themeInput(now(), List.of(visible)));
		// Data brought in from elsewhere may point a theme at a problem still in
		// moderation; readers must not see it through the theme.
		String hidden = submittedProblem(citizenB(), "連絡先入りの未公開の課題");
		Theme theme = stored(id);
		theme.setSourceProblemIds(List.of(stored(id).getSourceProblemIds().get(0), storeId(hidden)));
		this.mongo.save(theme);

		assertThat(problemIds(anonymous(), id)).containsExactly(visible);
		assertThat(problemIds(citizen(), id)).containsExactly(visible);
		assertThat(problemIds(companyA(), id)).containsExactly(visible);
		assertThat(problemIds(citizenB(), id)).containsExactly(visible, hidden);
		assertThat(problemIds(staff(), id)).containsExactly(visible, hidden);
	}

	@Test
	void aPageOfThemesReadsTheirProblemsAndTheirThemesInOneQueryEach() {
		for (int i = 0; i < 5; i++) {
			String first = publishedProblem(citizen(), "課題 " + i + "-1");
			String second = publishedProblem(citizenB(), "課題 " + i + "-2");
			open(themeInput(now(), List.of(first, second), "title", "テーマ " + i));
		}
		this.storeCommands.reset();
		Response response = anonymous().op("themeRead", "ListWithProblems", Map.of("first", 5));
		assertNoErrors(response);
		JsonNode themes = response.data("themes", "nodes");
		assertThat(themes.size()).isEqualTo(5);
		themes.valueStream().forEach((theme) -> {
			assertThat(theme.path("problems").size()).isEqualTo(2);
			theme.path("problems")
				.valueStream()
				.forEach((problem) -> assertThat(problem.path("themes").get(0).path("id").asString())
					.isEqualTo(theme.path("id").asString()));
		});
		// One page read plus one batch for Problem.themes; one batch for Theme.problems.
		assertThat(this.storeCommands.finds("themes")).isEqualTo(2);
		assertThat(this.storeCommands.finds("problems")).isEqualTo(1);
	}

	@Test
	void listsFilterByStatusAndCategoryAndOrderByDeadline() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String soon = open(themeInput(now(), List.of(problem), "closesAt", now().plus(Duration.ofDays(3)).toString(),
				"title", "締切が近い"));
		String later = open(themeInput(now(), List.of(problem), "category", "TRANSPORT", "title", "締切が遠い"));
		String drafted = draft(themeInput(now(), List.of(problem), "title", "下書き"));

		assertThat(ids(anonymous(), Map.of(), Map.of("field", "CLOSES_AT", "direction", "ASC"))).containsExactly(soon,
				later);
		assertThat(ids(anonymous(), Map.of("category", "TRANSPORT"), null)).containsExactly(later);
		assertThat(ids(staff(), Map.of(), null)).containsExactly(drafted, later, soon);
		assertThat(ids(staff(), Map.of("status", "DRAFT"), null)).containsExactly(drafted);
		assertThat(ids(staff(), Map.of("category", "ELDERLY"), null)).containsExactly(drafted, soon);
		this.clock.advance(Duration.ofDays(4));
		assertThat(ids(anonymous(), Map.of("status", "CLOSED", "category", "ELDERLY"), null)).containsExactly(soon);
		assertThat(ids(anonymous(), Map.of("status", "OPEN"), null)).containsExactly(later);
		this.clock.reset();

		Response firstPage = anonymous().op("themeRead", "List", Map.of("first", 1));
		assertThat(firstPage.data("themes", "totalCount").asInt()).isEqualTo(2);
		assertThat(firstPage.data("themes", "pageInfo", "hasNextPage").asBoolean()).isTrue();
		Response secondPage = anonymous().op("themeRead", "List",
				Map.of("first", 1, "after", firstPage.data("themes", "pageInfo", "endCursor").asString()));
		assertThat(secondPage.data("themes", "nodes").get(0).path("id").asString()).isEqualTo(soon);
		assertThat(anonymous().op("themeRead", "List", Map.of("first", 101)).firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void onlyStaffChangeThemes() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String id = draft(themeInput(now(), List.of(problem)));
		Map<String, Map<String, Object>> mutations = Map.of("Create",
				Map.of("input", themeInput(now(), List.of(problem))), "Update",
				Map.of("input", Map.of("themeId", id, "title", "乗っ取り")), "Publish", Map.of("id", id), "Cancel",
				Map.of("id", id, "reason", "権限なし"));
		mutations.forEach((operation, variables) -> {
			assertThat(anonymous().op("themeMutations", operation, variables).firstErrorCode()).as(operation)
				.isEqualTo("UNAUTHENTICATED");
			for (Caller caller : List.of(citizen(), companyA(), reporter())) {
				assertThat(caller.op("themeMutations", operation, variables).firstErrorCode()).as(operation)
					.isEqualTo("FORBIDDEN");
			}
		});
		assertThat(this.mongo.count(new Query(), Theme.class)).isOne();
		assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.DRAFT);
		assertThat(stored(id).getTitle()).isNotEqualTo("乗っ取り");
		assertThat(auditTrail(id)).containsExactly("staff-1:theme.create");
	}

	private int total(Caller caller, Map<String, Object> filter) {
		Response response = caller.op("themeRead", "List", Map.of("filter", filter));
		assertNoErrors(response);
		return response.data("themes", "totalCount").asInt();
	}

	private List<String> ids(Caller caller, Map<String, Object> filter, Map<String, Object> orderBy) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("orderBy", orderBy);
		Response response = caller.op("themeRead", "List", variables);
		assertNoErrors(response);
		return response.data("themes", "nodes").valueStream().map((theme) -> theme.path("id").asString()).toList();
	}

	private List<String> problemIds(Caller caller, String themeId) {
		List<String> ids = new ArrayList<>();
		themeNode(caller, themeId).path("problems").valueStream().forEach((p) -> ids.add(p.path("id").asString()));
		return ids;
	}

	private static String storeId(String problemId) {
		return GlobalId.idOf(problemId, "Problem").orElseThrow();
	}

}
