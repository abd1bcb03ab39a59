package jp.kitakyushu.busters.api.search;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search that does not select its facets, and a match that selects neither its terms
 * nor its passages, skip that work in the index (see {@link Shown}) and answer everything
 * they do select exactly as the full documents do.
 */
class UnselectedPartsIntegrationTests extends ApiIntegrationTest {

	private static final String NODES = "nodes { score title { text html } passages { text html } node { ... on Problem { id title } } }";

	private static final String MATCH = "score sameProblemLikely node { ... on Problem { id title } }";

	private void published(String title, String body, String ward) {
		String id = citizen()
			.runNamed("problemSubmit",
					Map.of("input", Map.of("title", title, "body", body, "ward", ward, "category", "TRANSPORT")))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", id));
	}

	private JsonNode data(String document) {
		Response response = anonymous().run(document);
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		return response.json().path("data");
	}

	@Test
	void aSearchWithoutFacetsAndAMatchWithoutEvidenceAnswerAsTheFullOnes() {
		published("バス停に屋根がない", "雨の日、高齢者がずぶ濡れでバスを待っています。", "KOKURA_MINAMI");
		published("バス停にベンチがない", "高齢者がバスを立って待っています。ベンチがほしい。", "MOJI");
		published("ごみ出しが大変", "お年寄りが坂道をごみ袋を持って歩くのは危険です。", "YAHATA_HIGASHI");
		published("バスの時刻表が読めない", "バス停の時刻表が日焼けして読めません。", "MOJI");

		for (String query : new String[] { "バス停 高齢者", "バス | ごみ", "屋根 shelter" }) {
			String search = "{ search(query: \"" + query + "\", first: 2) { totalCount pageInfo { hasNextPage } ";
			JsonNode full = data(search + "facets { ward { value count } } " + NODES + " } }").path("search");
			JsonNode bare = data(search + NODES + " } }").path("search");
			assertThat(full.path("nodes").size()).isPositive();
			((ObjectNode) full).remove("facets");
			assertThat(bare).isEqualTo(full);
		}

		for (String text : new String[] { "雨の日にバスを待つ場所に屋根がない", "お年寄りのごみ出し" }) {
			String similar = "{ similarProblems(text: \"" + text + "\", first: 3) { " + MATCH;
			JsonNode full = data(similar + " terms { term } passages { text } } }").path("similarProblems");
			JsonNode bare = data(similar + " } }").path("similarProblems");
			assertThat(full.size()).isPositive();
			assertThat(full.get(0).path("terms").size()).isPositive();
			full.forEach((match) -> ((ObjectNode) match).remove(List.of("terms", "passages")));
			assertThat(bare).isEqualTo(full);
		}
	}

}
