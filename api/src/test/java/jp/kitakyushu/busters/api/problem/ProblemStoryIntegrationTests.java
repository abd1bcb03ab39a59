package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the web needs to tell a problem's story: the statuses it went through with when,
 * whether the reader posted it, and, before posting, exactly what the public will read.
 */
class ProblemStoryIntegrationTests extends ApiIntegrationTest {

	@Test
	void aProblemsTimelineRecordsEachStatusOnceInOrder() {
		Instant before = Instant.now().minusSeconds(1);
		String id = submit(citizen(), "ごみ置き場が荒れている");
		assertThat(statuses(history(citizen(), id))).containsExactly("SUBMITTED");

		staff().op("problemModerate", "Publish", Map.of("id", id));
		// Supporting changes the problem but not its status: no new step.
		citizenB().op("problemModerate", "Support", Map.of("id", id));

		JsonNode history = history(anonymous(), id);
		assertThat(statuses(history)).containsExactly("SUBMITTED", "PUBLISHED");
		Instant submitted = Instant.parse(history.get(0).path("at").asString());
		Instant published = Instant.parse(history.get(1).path("at").asString());
		assertThat(submitted).isAfter(before);
		assertThat(published).isAfterOrEqualTo(submitted);
		assertThat(this.mongo.getCollection("problem_timelines").countDocuments()).isOne();
	}

	@Test
	void aMergedDuplicateShowsWhereItWentInItsTimeline() {
		String original = submit(citizen(), "バス停に屋根がない");
		staff().op("problemModerate", "Publish", Map.of("id", original));
		String duplicate = submit(citizenB(), "バス停に屋根がほしい");
		staff().op("problemModerate", "Merge", Map.of("id", duplicate, "into", original));
		assertThat(statuses(history(citizenB(), duplicate))).containsExactly("SUBMITTED", "MERGED");
	}

	@Test
	void aProblemWithoutARecordedTimelineShowsItsSubmissionAndItsPresentStatus() {
		String id = submit(citizen(), "公園の遊具が壊れている");
		staff().op("problemModerate", "Publish", Map.of("id", id));
		this.mongo.getCollection("problem_timelines").deleteMany(new org.bson.Document());
		assertThat(statuses(history(anonymous(), id))).containsExactly("SUBMITTED", "PUBLISHED");
	}

	@Test
	void onlyItsSubmitterReadsSubmittedByMe() {
		String id = submit(citizen(), "夜道が暗い");
		staff().op("problemModerate", "Publish", Map.of("id", id));
		assertThat(story(citizen(), id).path("submittedByMe").asBoolean()).isTrue();
		for (Caller other : List.of(citizenB(), staff(), anonymous())) {
			assertThat(story(other, id).path("submittedByMe").asBoolean()).isFalse();
		}
	}

	@Test
	void thePreviewMasksPersonalDataAsPublicationWouldAndStoresNothing() {
		Response preview = citizen().op("problemStory", "Preview", Map.of("input", Map.of("title", "山田花子です。ごみ出しが大変",
				"body", "連絡は090-1234-5678まで。ごみ置き場が遠いです。", "category", "ENVIRONMENT")));
		JsonNode result = preview.data("problemPreview");
		assertThat(result.path("body").asString()).doesNotContain("090-1234-5678").contains("ごみ置き場が遠いです");
		assertThat(result.path("title").asString()).doesNotContain("花子").contains("ごみ出しが大変");
		assertThat(result.path("userErrors").isEmpty()).isTrue();
		assertThat(this.mongo.getCollection("problems").countDocuments()).isZero();
	}

	@Test
	void thePreviewReportsWhatPostingWouldRefuse() {
		JsonNode result = citizen()
			.op("problemStory", "Preview", Map.of("input", Map.of("title", "あ".repeat(121), "body", " ", "category",
					"ATLANTIS", "location", Map.of("lat", 35.68, "lon", 139.76))))
			.data("problemPreview");
		assertThat(result.path("userErrors")
			.valueStream()
			.map((error) -> error.path("field").get(1).asString() + ":" + error.path("code").asString())
			.toList())
			.containsExactlyInAnyOrder("title:TOO_LONG", "body:REQUIRED", "category:INVALID", "location:OUTSIDE_CITY");
		assertThat(anonymous()
			.op("problemStory", "Preview", Map.of("input", Map.of("title", "x", "body", "y", "category", "OTHER")))
			.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
	}

	private String submit(Caller citizen, String title) {
		return citizen
			.runNamed("problemSubmit",
					Map.of("input", Map.of("title", title, "body", title + "。困っています。", "category", "ENVIRONMENT",
							"ward", "MOJI")))
			.data("problemSubmit", "problem", "id")
			.asString();
	}

	private JsonNode story(Caller caller, String id) {
		return caller.op("problemStory", "Story", Map.of("id", id)).data("node");
	}

	private JsonNode history(Caller caller, String id) {
		return story(caller, id).path("history");
	}

	private static List<String> statuses(JsonNode history) {
		return history.valueStream().map((step) -> step.path("status").asString()).toList();
	}

}
