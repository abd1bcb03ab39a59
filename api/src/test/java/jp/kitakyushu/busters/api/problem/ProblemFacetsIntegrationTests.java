package jp.kitakyushu.busters.api.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems list's facet counts without search words: under the list's filter, over
 * what the caller may list (the public never counts a problem waiting for review).
 */
class ProblemFacetsIntegrationTests extends ApiIntegrationTest {

	private static final String FACETS = """
			query($filter: ProblemFilter) { problemFacets(filter: $filter) {
			    type { value count } category { value count } ward { value count } status { value count } } }""";

	@Autowired
	SearchIndex index;

	@Autowired
	ProblemQueries problems;

	@BeforeEach
	void threePublishedInTwoWardsAndOneWaiting() {
		this.mongo.insertAll(List.of(problem("ELDERLY", Ward.MOJI, true), problem("ELDERLY", Ward.MOJI, true),
				problem("TRANSPORT", Ward.TOBATA, true), problem("TRANSPORT", Ward.TOBATA, false)));
		this.index.rebuild(new IndexSource() {

			@Override
			public long count() {
				return ProblemFacetsIntegrationTests.this.problems.count();
			}

			@Override
			public Stream<SearchDocument> all() {
				return ProblemFacetsIntegrationTests.this.problems.allSearchDocuments();
			}

		});
	}

	@Test
	void thePublicCountsWhatItMayListPerCategoryWardAndStatus() {
		JsonNode facets = facets(anonymous().run(FACETS, Map.of()));
		assertThat(counts(facets.path("category"))).isEqualTo(Map.of("ELDERLY", 2L, "TRANSPORT", 1L));
		assertThat(counts(facets.path("ward"))).isEqualTo(Map.of("MOJI", 2L, "TOBATA", 1L));
		assertThat(counts(facets.path("status"))).isEqualTo(Map.of("PUBLISHED", 3L));
		assertThat(counts(facets.path("type"))).isEqualTo(Map.of("PROBLEM", 3L));
	}

	@Test
	void theCountsFollowTheListsFilterAndStaffCountEveryState() {
		JsonNode tobata = facets(anonymous().run(FACETS, Map.of("filter", Map.of("ward", "TOBATA"))));
		assertThat(counts(tobata.path("category"))).isEqualTo(Map.of("TRANSPORT", 1L));
		JsonNode staff = facets(staff().run(FACETS, Map.of("filter", Map.of("ward", "TOBATA"))));
		assertThat(counts(staff.path("status"))).isEqualTo(Map.of("PUBLISHED", 1L, "SUBMITTED", 1L));
		// A state the public may not list counts nothing, as the list shows nothing.
		JsonNode waiting = facets(anonymous().run(FACETS, Map.of("filter", Map.of("status", "SUBMITTED"))));
		assertThat(waiting.path("category").isEmpty()).isTrue();
	}

	private static JsonNode facets(Response response) {
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		return response.data("problemFacets");
	}

	private static Map<String, Long> counts(JsonNode values) {
		Map<String, Long> counts = new HashMap<>();
		values.forEach((value) -> counts.put(value.path("value").asString(), value.path("count").asLong()));
		return counts;
	}

	private static Problem problem(String category, Ward ward, boolean published) {
		Problem problem = new Problem("坂道の途中にベンチがほしい", "買い物の帰りに休める場所がありません。", "坂道の途中にベンチがほしい", "買い物の帰りに休める場所がありません。",
				category, ward, null, Channel.WEB, null, "citizen-1", null, new Contact(null, null, null, null, null));
		if (published) {
			problem.publish();
		}
		return problem;
	}

}
