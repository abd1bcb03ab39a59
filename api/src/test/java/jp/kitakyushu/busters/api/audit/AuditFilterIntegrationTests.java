package jp.kitakyushu.busters.api.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log as staff filter it on their page: by action (one, or every action of a
 * kind with a trailing dot), by type of object, by actor and by period, each alone and
 * combined.
 */
class AuditFilterIntegrationTests extends ApiIntegrationTest {

	private static final String ENTRIES = """
			query Entries($filter: AuditFilter) {
			  auditEntries(first: 100, filter: $filter) { totalCount nodes { actor action entityType entityId at } }
			}""";

	@Test
	void staffNarrowTheTrailByActionTypeActorAndPeriod() {
		String first = submit("歩道の段差");
		String second = submit("公園の照明");
		Instant between = Instant.now();
		staff().op("problemModerate", "Publish", Map.of("id", first));
		staff().op("problemModerate", "Reject", Map.of("id", second, "reason", "同じ内容の投稿があります。"));

		assertThat(actions(Map.of("action", "problem.publish"))).containsExactly("problem.publish");
		assertThat(actions(Map.of("action", "problem."))).containsExactlyInAnyOrder("problem.submit", "problem.submit",
				"problem.publish", "problem.reject");
		assertThat(actions(Map.of("action", "problem"))).as("no dot: one exact action").isEmpty();
		assertThat(actions(Map.of("entityType", "Problem"))).hasSize(4);
		assertThat(actions(Map.of("entityType", "Theme"))).isEmpty();
		assertThat(actions(Map.of("actor", "staff-1", "action", "problem.")))
			.containsExactlyInAnyOrder("problem.publish", "problem.reject");
		assertThat(actions(Map.of("from", between.toString(), "action", "problem."))).hasSize(2);
		assertThat(actions(Map.of("to", between.toString()))).containsExactly("problem.submit", "problem.submit");
		assertThat(actions(Map.of("entity", first, "entityType", "Theme"))).as("the entity decides the type")
			.containsExactlyInAnyOrder("problem.submit", "problem.publish");
	}

	@Test
	void onlyStaffReadTheTrail() {
		submit("バス停の屋根");
		assertThat(citizen().run(ENTRIES, Map.of("filter", Map.of("action", "problem."))).firstErrorCode())
			.isEqualTo("FORBIDDEN");
	}

	private String submit(String title) {
		return citizen()
			.runNamed("problemSubmit",
					Map.of("input",
							Map.of("title", title, "body", "困っています。", "category", "TRANSPORT", "ward", "TOBATA")))
			.data("problemSubmit", "problem", "id")
			.asString();
	}

	private List<String> actions(Map<String, String> filter) {
		JsonNode nodes = staff().run(ENTRIES, Map.of("filter", new HashMap<>(filter))).data("auditEntries", "nodes");
		List<String> actions = new ArrayList<>();
		nodes.forEach((node) -> actions.add(node.path("action").asString()));
		return actions;
	}

}
