package jp.kitakyushu.busters.api.theme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

import static jp.kitakyushu.busters.api.theme.ThemeTestInputs.errors;
import static jp.kitakyushu.busters.api.theme.ThemeTestInputs.themeInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A theme's life through the api: drafted, edited, published, closed by its deadline,
 * awarded or cancelled, with every refused transition changing nothing.
 */
class ThemeLifecycleIntegrationTests extends ThemeApiTest {

	@Autowired
	ThemeClosingJob closingJob;

	@Autowired
	ThemeService themes;

	@Test
	void staffDraftAThemeFromPublicProblems() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		Response response = staff().op("themeMutations", "Create",
				Map.of("input", themeInput(now(), List.of(problem, problem))));
		JsonNode theme = response.data("themeCreate", "theme");
		assertThat(theme.path("status").asString()).isEqualTo("DRAFT");
		assertThat(theme.path("acceptingProposals").asBoolean()).isFalse();
		assertThat(theme.path("category").path("nameJa").asString()).isEqualTo("高齢者・福祉");
		assertThat(theme.path("budgetCap").asLong()).isEqualTo(3_000_000L);
		assertThat(theme.path("criteria").get(0).path("name").asString()).isEqualTo("実現可能性");
		assertThat(theme.path("criteria").get(0).path("weight").asInt()).isEqualTo(3);
		// A problem selected twice counts once.
		assertThat(theme.path("problems").valueStream().map((p) -> p.path("id").asString())).containsExactly(problem);
		String id = theme.path("id").asString();
		assertThat(auditTrail(id)).containsExactly("staff-1:theme.create");
		// Drafting does not adopt anything yet.
		assertThat(theme.path("problems").get(0).path("status").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void draftingFromASubmittedOrUnknownProblemIsRefusedAndChangesNothing() {
		String submitted = submittedProblem(citizen(), "まだ審査中の課題");
		String unknown = GlobalId.encode("Problem", "000000000000000000000000");
		Response response = staff().op("themeMutations", "Create",
				Map.of("input", themeInput(now(), List.of(submitted, unknown, "not-an-id"))));
		assertThat(response.data("themeCreate", "theme").isNull()).isTrue();
		assertThat(errors(response.data("themeCreate", "userErrors")))
			.containsExactlyInAnyOrder("problemIds:WRONG_STATE", "problemIds:NOT_FOUND", "problemIds:NOT_FOUND");

		Response none = staff().op("themeMutations", "Create", Map.of("input", themeInput(now(), List.of())));
		assertThat(errors(none.data("themeCreate", "userErrors"))).containsExactly("problemIds:REQUIRED");
		assertThat(this.mongo.count(new Query(), Theme.class)).isZero();
		assertThat(auditCount(ThemeService.TYPE)).isZero();
	}

	@Test
	void badContentGetsAnErrorPerFieldAndChangesNothing() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		Map<String, Object> input = themeInput(now(), List.of(problem), "title", "あ".repeat(201), "description", " ",
				"category", "NO_SUCH", "budgetCap", 0L, "opensAt", now().plus(Duration.ofDays(40)).toString(),
				"criteria", List.of(Map.of("name", "実現可能性", "weight", 0, "description", "x"),
						Map.of("name", " 実現可能性 ", "weight", 2, "description", "y")));
		Response response = staff().op("themeMutations", "Create", Map.of("input", input));
		assertThat(errors(response.data("themeCreate", "userErrors"))).containsExactlyInAnyOrder("title:TOO_LONG",
				"description:REQUIRED", "category:INVALID", "budgetCap:OUT_OF_RANGE", "closesAt:OUT_OF_RANGE",
				"criteria.0.weight:OUT_OF_RANGE", "criteria.1.name:DUPLICATE");

		Response past = staff().op("themeMutations", "Create", Map.of("input",
				themeInput(now(), List.of(problem), "closesAt", now().minus(Duration.ofMinutes(1)).toString())));
		assertThat(errors(past.data("themeCreate", "userErrors"))).containsExactly("closesAt:OUT_OF_RANGE");
		assertThat(this.mongo.count(new Query(), Theme.class)).isZero();
	}

	@Test
	void aDraftIsEditedFieldByFieldUntilItIsPublished() {
		String first = publishedProblem(citizen(), "ごみ出しができない");
		String second = publishedProblem(citizenB(), "粗大ごみを運べない");
		String id = draft(themeInput(now(), List.of(first), "budgetCap", null, "criteria", null));

		Response updated = staff().op("themeMutations", "Update",
				Map.of("input",
						Map.of("themeId", id, "title", "ごみ出し支援", "budgetCap", 5_000_000L, "problemIds",
								List.of(first, second), "criteria",
								List.of(Map.of("name", "地域との連携", "weight", 1, "description", "町内会と組めるか")))));
		JsonNode theme = updated.data("themeUpdate", "theme");
		assertThat(theme.path("title").asString()).isEqualTo("ごみ出し支援");
		assertThat(theme.path("budgetCap").asLong()).isEqualTo(5_000_000L);
		assertThat(theme.path("problems").size()).isEqualTo(2);
		assertThat(theme.path("criteria").size()).isOne();
		// Fields left out stay as they were.
		assertThat(theme.path("description").asString()).startsWith("ごみ出しが難しい");
		assertThat(auditTrail(id)).containsExactly("staff-1:theme.create", "staff-1:theme.update");

		Long version = stored(id).getVersion();
		Response refused = staff().op("themeMutations", "Update",
				Map.of("input", Map.of("themeId", id, "title", "新しい題", "budgetCap", -1L)));
		assertThat(errors(refused.data("themeUpdate", "userErrors"))).containsExactly("budgetCap:OUT_OF_RANGE");
		assertThat(stored(id).getTitle()).isEqualTo("ごみ出し支援");
		assertThat(stored(id).getVersion()).isEqualTo(version);

		staff().op("themeMutations", "Publish", Map.of("id", id));
		Response afterPublish = staff().op("themeMutations", "Update",
				Map.of("input", Map.of("themeId", id, "title", "公開後の変更")));
		assertThat(errors(afterPublish.data("themeUpdate", "userErrors"))).containsExactly(":WRONG_STATE");
		assertThat(stored(id).getTitle()).isEqualTo("ごみ出し支援");
	}

	@Test
	void publishingNeedsEverythingSetAndAFutureDeadline() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String bare = draft(themeInput(now(), List.of(problem), "expectedOutcomes", null, "budgetCap", null, "opensAt",
				null, "closesAt", null, "criteria", null));
		Response incomplete = staff().op("themeMutations", "Publish", Map.of("id", bare));
		assertThat(errors(incomplete.data("themePublish", "userErrors"))).containsExactlyInAnyOrder(
				"expectedOutcomes:REQUIRED", "budgetCap:REQUIRED", "criteria:REQUIRED", "opensAt:REQUIRED",
				"closesAt:REQUIRED");
		assertThat(stored(bare).getStatus()).isEqualTo(ThemeStatus.DRAFT);

		String late = draft(
				themeInput(now(), List.of(problem), "closesAt", now().plus(Duration.ofHours(1)).toString()));
		this.clock.advance(Duration.ofHours(2));
		Response pastDeadline = staff().op("themeMutations", "Publish", Map.of("id", late));
		assertThat(errors(pastDeadline.data("themePublish", "userErrors"))).containsExactly("closesAt:DEADLINE_PASSED");
		assertThat(stored(late).getStatus()).isEqualTo(ThemeStatus.DRAFT);

		Response unknown = staff().op("themeMutations", "Publish",
				Map.of("id", GlobalId.encode("Theme", "000000000000000000000000")));
		assertThat(errors(unknown.data("themePublish", "userErrors"))).containsExactly("themeId:NOT_FOUND");
		// Nothing was adopted and no one was told.
		assertThat(staff().op("problemRead", "Node", Map.of("id", problem)).data("node", "status").asString())
			.isEqualTo("PUBLISHED");
		assertThat(this.mongo.getCollection("notifications").countDocuments()).isZero();
	}

	@Test
	void aProblemMergedAwayAfterDraftingStopsThePublication() {
		String kept = publishedProblem(citizen(), "ごみ出しができない");
		String duplicate = publishedProblem(citizenB(), "ごみ出しが大変");
		String id = draft(themeInput(now(), List.of(kept, duplicate)));
		staff().op("problemModerate", "Merge", Map.of("id", duplicate, "into", kept));

		Response response = staff().op("themeMutations", "Publish", Map.of("id", id));
		assertThat(errors(response.data("themePublish", "userErrors"))).containsExactly("problemIds:WRONG_STATE");
		assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.DRAFT);
	}

	@Test
	void publishingOpensTheThemeOnceAndAdoptsItsProblems() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String id = draft(themeInput(now(), List.of(problem)));
		Response published = staff().op("themeMutations", "Publish", Map.of("id", id));
		assertThat(published.data("themePublish", "theme", "status").asString()).isEqualTo("OPEN");
		assertThat(published.data("themePublish", "theme", "acceptingProposals").asBoolean()).isTrue();

		JsonNode adopted = anonymous().op("themeRead", "ProblemThemes", Map.of("id", problem)).data("node");
		assertThat(adopted.path("status").asString()).isEqualTo("ADOPTED");
		assertThat(adopted.path("themes").get(0).path("id").asString()).isEqualTo(id);
		assertThat(themeNode(anonymous(), id).path("status").asString()).isEqualTo("OPEN");

		Response twice = staff().op("themeMutations", "Publish", Map.of("id", id));
		assertThat(errors(twice.data("themePublish", "userErrors"))).containsExactly(":WRONG_STATE");
		assertThat(auditTrail(id)).containsExactly("staff-1:theme.create", "staff-1:theme.publish");
		assertThat(auditTrail(problem)).contains("staff-1:problem.adopt");
	}

	@Test
	void anOpenThemeClosesByItselfAtItsDeadline() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String id = open(themeInput(now(), List.of(problem), "closesAt", now().plus(Duration.ofDays(1)).toString()));
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));

		// Every read sees it closed at once, before anything is stored.
		JsonNode theme = themeNode(anonymous(), id);
		assertThat(theme.path("status").asString()).isEqualTo("CLOSED");
		assertThat(theme.path("acceptingProposals").asBoolean()).isFalse();
		assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.OPEN);
		assertThat(total(Map.of("status", "OPEN"))).isZero();
		assertThat(total(Map.of("status", "CLOSED"))).isOne();

		this.closingJob.closeDueThemes();
		assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.CLOSED);
		this.closingJob.closeDueThemes();
		assertThat(auditTrail(id)).containsExactly("staff-1:theme.create", "staff-1:theme.publish",
				"system:theme.close");
		assertThat(total(Map.of("status", "CLOSED"))).isOne();
	}

	@Test
	void closingJobsRunningAtOnceCloseAndAuditEachThemeOnce() throws Exception {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(open(themeInput(now(), List.of(problem), "closesAt", now().plus(Duration.ofHours(1)).toString())));
		}
		this.clock.advance(Duration.ofHours(2));
		// As if several api replicas ran the job at the same moment.
		try (ExecutorService replicas = Executors.newFixedThreadPool(4)) {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(replicas.submit(this.closingJob::closeDueThemes));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		for (String id : ids) {
			assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.CLOSED);
			assertThat(auditTrail(id)).containsOnlyOnce("system:theme.close");
		}
	}

	@Test
	void theClosingJobLeavesThemesBeforeTheirDeadlineAlone() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String id = open(themeInput(now(), List.of(problem)));
		this.closingJob.closeDueThemes();
		assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.OPEN);
		assertThat(auditTrail(id)).doesNotContain("system:theme.close");
	}

	@Test
	void staffCancelADraftAnOpenOrAClosedThemeWithAReason() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String drafted = draft(themeInput(now(), List.of(problem)));
		String opened = open(themeInput(now(), List.of(problem)));
		String closing = open(
				themeInput(now(), List.of(problem), "closesAt", now().plus(Duration.ofHours(1)).toString()));

		Response noReason = staff().op("themeMutations", "Cancel", Map.of("id", opened, "reason", " "));
		assertThat(errors(noReason.data("themeCancel", "userErrors"))).containsExactly("reason:REQUIRED");
		assertThat(stored(opened).getStatus()).isEqualTo(ThemeStatus.OPEN);

		assertThat(cancel(drafted).path("status").asString()).isEqualTo("CANCELLED");
		JsonNode cancelled = cancel(opened);
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.path("cancelReason").asString()).isEqualTo("予算が確保できなくなったため");
		this.clock.advance(Duration.ofHours(2));
		assertThat(cancel(closing).path("status").asString()).isEqualTo("CANCELLED");
		// A cancelled theme stays cancelled after its deadline, for readers and the job.
		this.closingJob.closeDueThemes();
		assertThat(themeNode(anonymous(), opened).path("status").asString()).isEqualTo("CANCELLED");

		Response again = staff().op("themeMutations", "Cancel", Map.of("id", opened, "reason", "二度目"));
		assertThat(errors(again.data("themeCancel", "userErrors"))).containsExactly(":WRONG_STATE");
		assertThat(stored(opened).getCancelReason()).isEqualTo("予算が確保できなくなったため");
		assertThat(auditTrail(opened)).endsWith("staff-1:theme.cancel");
	}

	@Test
	void anAwardedThemeCannotBeCancelled() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		String id = open(themeInput(now(), List.of(problem), "closesAt", now().plus(Duration.ofHours(1)).toString()));
		String storeId = GlobalId.idOf(id, ThemeService.TYPE).orElseThrow();
		assertThatExceptionOfType(UserErrorException.class).isThrownBy(() -> this.themes.markAwarded(storeId));

		this.clock.advance(Duration.ofHours(2));
		this.themes.markAwarded(storeId);
		assertThat(themeNode(anonymous(), id).path("status").asString()).isEqualTo("AWARDED");

		Response refused = staff().op("themeMutations", "Cancel", Map.of("id", id, "reason", "やっぱり中止"));
		assertThat(errors(refused.data("themeCancel", "userErrors"))).containsExactly(":WRONG_STATE");
		assertThat(stored(id).getStatus()).isEqualTo(ThemeStatus.AWARDED);
		assertThat(stored(id).getCancelReason()).isNull();
	}

	private JsonNode cancel(String id) {
		Response response = staff().op("themeMutations", "Cancel", Map.of("id", id, "reason", "予算が確保できなくなったため"));
		assertThat(response.data("themeCancel", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response.data("themeCancel", "theme");
	}

	private int total(Map<String, Object> filter) {
		return anonymous().op("themeRead", "List", Map.of("filter", filter)).data("themes", "totalCount").asInt();
	}

}
