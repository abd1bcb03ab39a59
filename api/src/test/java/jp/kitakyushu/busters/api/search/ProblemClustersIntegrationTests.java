package jp.kitakyushu.busters.api.search;

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
 * The curation board's clusters over the API: published problems that tell of the same
 * thing end in one cluster with the terms they share and their wards, unrelated ones stay
 * apart, adopted and unpublished problems are left out, the filters narrow what is
 * grouped, and only staff may ask.
 */
class ProblemClustersIntegrationTests extends ApiIntegrationTest {

	private static final String CLUSTERS = """
			query Clusters($filter: ProblemClusterFilter, $first: Int) {
			  problemClusters(filter: $filter, first: $first) {
			    size terms wards { ward count } problems { id title status }
			  }
			}""";

	@Test
	void problemsAboutTheSameThingFormOneClusterWithTheirTermsAndWards() {
		String roof1 = published("バス停に屋根がない", "雨の日にバス停で待つと、屋根がないのでずぶ濡れになります。", "KOKURA_MINAMI", "TRANSPORT");
		String roof2 = published("バス停の屋根がほしい", "バス停に屋根もベンチもなく、雨の日の待ち時間がつらいです。", "KOKURA_MINAMI", "TRANSPORT");
		String roof3 = published("雨の日のバス停", "屋根のないバス停で、高齢者が雨にぬれながらバスを待っています。", "YAHATA_NISHI", "TRANSPORT");
		String light1 = published("公園の街灯が暗い", "夜の公園は街灯が少なくて暗く、通り抜けるのが怖いです。", "TOBATA", "DISASTER_SAFETY");
		String light2 = published("公園が夜に暗くて怖い", "公園の街灯が切れたままで、夜は真っ暗です。", "TOBATA", "DISASTER_SAFETY");
		String alone = published("保育園の申し込みが複雑", "保育園の入園申し込みの書類が多く、仕事をしながらでは準備が大変です。", "MOJI", "CHILDCARE");
		citizen().runNamed("problemSubmit", Map.of("input", Map.of("title", "バス停に屋根をつけて", "body", "バス停に屋根がなくて雨にぬれます。",
				"ward", "KOKURA_MINAMI", "category", "TRANSPORT")));

		List<JsonNode> clusters = clusters(staff(), Map.of());
		assertThat(clusters).hasSize(3);
		assertThat(ids(clusters.get(0))).containsExactlyInAnyOrder(roof1, roof2, roof3);
		assertThat(clusters.get(0).path("size").asInt()).isEqualTo(3);
		assertThat(clusters.get(0).path("terms").toString()).contains("屋根");
		assertThat(clusters.get(0).path("wards").get(0).path("ward").asString()).isEqualTo("KOKURA_MINAMI");
		assertThat(clusters.get(0).path("wards").get(0).path("count").asInt()).isEqualTo(2);
		assertThat(ids(clusters.get(1))).containsExactlyInAnyOrder(light1, light2);
		assertThat(ids(clusters.get(2))).containsExactly(alone);
		// A cluster of one is named by its own words, never by another cluster's.
		assertThat(clusters.get(2).path("terms").toString()).doesNotContain("屋根", "街灯");
	}

	@Test
	void theFiltersNarrowWhatIsGroupedAndOnlyStaffMayAsk() {
		published("バス停に屋根がない", "雨の日にバス停で待つと、屋根がないのでずぶ濡れになります。", "KOKURA_MINAMI", "TRANSPORT");
		published("公園の街灯が暗い", "夜の公園は街灯が少なくて暗く、通り抜けるのが怖いです。", "TOBATA", "DISASTER_SAFETY");
		assertThat(clusters(staff(), Map.of("ward", "TOBATA"))).hasSize(1);
		assertThat(clusters(staff(), Map.of("category", "TRANSPORT"))).hasSize(1);
		assertThat(clusters(staff(), Map.of("from", Instant.now().plusSeconds(3600).toString()))).isEmpty();
		assertThat(clusters(staff(), Map.of("to", Instant.now().plusSeconds(3600).toString()))).hasSize(2);
		for (Caller caller : new Caller[] { citizen(), companyA(), reporter() }) {
			assertThat(caller.run(CLUSTERS, Map.of()).firstErrorCode()).isEqualTo("FORBIDDEN");
		}
		assertThat(anonymous().run(CLUSTERS, Map.of()).firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(staff().run(CLUSTERS, Map.of("first", 0)).firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	private String published(String title, String body, String ward, String category) {
		Map<String, Object> input = new HashMap<>(
				Map.of("title", title, "body", body, "ward", ward, "category", category));
		String id = citizen().runNamed("problemSubmit", Map.of("input", input))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", id));
		return id;
	}

	private List<JsonNode> clusters(Caller caller, Map<String, Object> filter) {
		JsonNode result = caller.run(CLUSTERS, Map.of("filter", filter)).data("problemClusters");
		List<JsonNode> clusters = new ArrayList<>();
		result.forEach(clusters::add);
		return clusters;
	}

	private static List<String> ids(JsonNode cluster) {
		List<String> ids = new ArrayList<>();
		cluster.path("problems").forEach((problem) -> ids.add(problem.path("id").asString()));
		return ids;
	}

}
