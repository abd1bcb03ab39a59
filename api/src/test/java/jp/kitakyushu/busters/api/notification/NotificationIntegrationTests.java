package jp.kitakyushu.busters.api.notification;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.ThemeApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.theme.ThemeTestInputs.errors;
import static jp.kitakyushu.busters.api.theme.ThemeTestInputs.themeInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizens are told when a theme takes up their problem, and each user reads and marks
 * only their own notifications.
 */
class NotificationIntegrationTests extends ThemeApiTest {

	@Test
	void publishingAThemeTellsTheSubmitterOfEachProblemAndNoOneElse() {
		String hanakos = publishedProblem(citizen(), "ごみ出しができない");
		String taros = publishedProblem(citizenB(), "粗大ごみを運べない");
		String byPhone = publishedProxyProblem("電話で受けた課題");
		String theme = draft(themeInput(now(), List.of(hanakos, taros, byPhone)));
		assertThat(mine(citizen(), false).path("totalCount").asInt()).isZero();

		staff().op("themeMutations", "Publish", Map.of("id", theme));
		JsonNode hanako = mine(citizen(), false);
		assertThat(hanako.path("totalCount").asInt()).isOne();
		JsonNode notification = hanako.path("nodes").get(0);
		assertThat(notification.path("kind").asString()).isEqualTo("PROBLEM_ADOPTED");
		assertThat(notification.path("read").asBoolean()).isFalse();
		assertThat(notification.path("problem").path("id").asString()).isEqualTo(hanakos);
		assertThat(notification.path("problem").path("status").asString()).isEqualTo("ADOPTED");
		assertThat(notification.path("theme").path("id").asString()).isEqualTo(theme);
		assertThat(mine(citizenB(), false).path("nodes").get(0).path("problem").path("id").asString()).isEqualTo(taros);
		for (Caller other : List.of(staff(), companyA(), as("citizen-c", "citizen"))) {
			assertThat(mine(other, false).path("totalCount").asInt()).isZero();
		}
		// The proxy submitter has no account to tell.
		assertThat(this.mongo.getCollection("notifications").countDocuments()).isEqualTo(2);
		assertThat(auditCount("Notification")).isEqualTo(2);
	}

	@Test
	void cancellingAnOpenThemeFreesItsProblemsAndTellsTheirSubmitters() {
		String alone = publishedProblem(citizen(), "ごみ出しができない");
		String shared = publishedProblem(citizenB(), "粗大ごみを運べない");
		String cancelled = open(themeInput(now(), List.of(alone, shared)));
		open(themeInput(now(), List.of(shared), "title", "残るテーマ"));

		staff().op("themeMutations", "Cancel", Map.of("id", cancelled, "reason", "予算が確保できませんでした"));

		// Held by no other theme: open to the next one again. Still held by another:
		// adopted.
		assertThat(anonymous().op("problemRead", "Node", Map.of("id", alone)).data("node", "status").asString())
			.isEqualTo("PUBLISHED");
		assertThat(anonymous().op("problemRead", "Node", Map.of("id", shared)).data("node", "status").asString())
			.isEqualTo("ADOPTED");
		JsonNode hanako = mine(citizen(), false);
		assertThat(hanako.path("nodes").get(0).path("kind").asString()).isEqualTo("THEME_CANCELLED");
		assertThat(hanako.path("nodes").get(0).path("theme").path("id").asString()).isEqualTo(cancelled);
		assertThat(mine(citizenB(), false).path("nodes").get(0).path("kind").asString()).isEqualTo("THEME_CANCELLED");
	}

	@Test
	void aProblemTakenUpByASecondThemeGetsASecondNotification() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		open(themeInput(now(), List.of(problem)));
		open(themeInput(now(), List.of(problem), "title", "二つ目のテーマ"));
		assertThat(mine(citizen(), true).path("totalCount").asInt()).isEqualTo(2);
	}

	@Test
	void theRecipientMarksANotificationReadOnce() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		open(themeInput(now(), List.of(problem)));
		String id = mine(citizen(), true).path("nodes").get(0).path("id").asString();

		Response marked = citizen().op("notification", "MarkRead", Map.of("id", id));
		assertThat(marked.data("notificationMarkRead", "userErrors").isEmpty()).as(marked.raw()).isTrue();
		assertThat(marked.data("notificationMarkRead", "notification", "read").asBoolean()).isTrue();
		assertThat(marked.data("notificationMarkRead", "notification", "readAt").isNull()).isFalse();
		assertThat(mine(citizen(), true).path("totalCount").asInt()).isZero();
		assertThat(mine(citizen(), false).path("totalCount").asInt()).isOne();

		Response again = citizen().op("notification", "MarkRead", Map.of("id", id));
		assertThat(again.data("notificationMarkRead", "userErrors").isEmpty()).isTrue();
		assertThat(auditTrail(id)).containsExactly("staff-1:notification.send", "citizen-a:notification.markRead");
	}

	@Test
	void noOneElseReadsOrMarksANotification() {
		String problem = publishedProblem(citizen(), "ごみ出しができない");
		open(themeInput(now(), List.of(problem)));
		String id = mine(citizen(), false).path("nodes").get(0).path("id").asString();

		for (Caller other : List.of(citizenB(), staff(), companyA())) {
			Response refused = other.op("notification", "MarkRead", Map.of("id", id));
			assertThat(errors(refused.data("notificationMarkRead", "userErrors")))
				.containsExactly("notificationId:NOT_FOUND");
			assertThat(other.op("notification", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		}
		assertThat(anonymous().op("notification", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		assertThat(citizen().op("notification", "Node", Map.of("id", id)).data("node", "kind").asString())
			.isEqualTo("PROBLEM_ADOPTED");
		assertThat(mine(citizen(), true).path("totalCount").asInt()).isOne();
		assertThat(auditTrail(id)).containsExactly("staff-1:notification.send");

		Response unknown = citizen().op("notification", "MarkRead",
				Map.of("id", GlobalId.encode("Notification", "000000000000000000000000")));
		assertThat(errors(unknown.data("notificationMarkRead", "userErrors")))
			.containsExactly("notificationId:NOT_FOUND");
	}

	@Test
	void notificationsNeedASignedInUser() {
		assertThat(anonymous().op("notification", "Mine", Map.of()).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(anonymous()
			.op("notification", "MarkRead", Map.of("id", GlobalId.encode("Notification", "000000000000000000000000")))
			.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(reporter().op("notification", "Mine", Map.of()).data("myNotifications", "totalCount").asInt())
			.isZero();
	}

	private JsonNode mine(Caller caller, boolean unreadOnly) {
		Response response = caller.op("notification", "Mine", Map.of("unreadOnly", unreadOnly));
		assertNoErrors(response);
		return response.data("myNotifications");
	}

}
