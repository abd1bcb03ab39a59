package jp.kitakyushu.busters.api.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's privacy review through GraphQL: a problem with a flagged finding waits for it
 * before publishing, staff mask and unmask spans, the audit records kinds only, and every
 * public surface (node, problems, search, similarProblems) shows exactly the approved
 * text, also after a change made once the problem is public.
 */
class ProblemPrivacyReviewIntegrationTests extends ApiIntegrationTest {

	private static final String TITLE = "坂の街灯が消えています";

	private static final String NAME = "相沢";

	private static final String PHONE = "090-1234-5678";

	private static final String BUILDING = "ひまわり荘";

	private static final String BODY = "防犯灯の件で、" + NAME + "から区役所に電話してもらいました。" + BUILDING + "の二階から見える坂の街灯が三本とも消えています。連絡は"
			+ PHONE + "へ。";

	private static final String REVIEW = """
			query Review($id: ID!) { node(id: $id) { ... on Problem { id status title body publicTitle publicBody
			  awaitsPrivacyReview findings { text kind start end confidence reviewed } } } }""";

	private static final String REDACT = """
			mutation Redact($input: ProblemRedactInput!) {
			  problemRedact(input: $input) {
			    problem { id publicBody awaitsPrivacyReview findings { text kind start end confidence reviewed } }
			    userErrors { field code message }
			  }
			}""";

	private static final String PUBLIC_NODE = """
			query Node($id: ID!) { node(id: $id) { ... on Problem { id title body findings { kind } awaitsPrivacyReview } } }""";

	private static final String LIST = "{ problems(first: 50) { nodes { id title body findings { kind } } } }";

	private static final String SEARCH = "query($q: String!) { search(query: $q, first: 20) { nodes { title { text } "
			+ "passages { text } node { ... on Problem { id title body } } } } }";

	private static final String SIMILAR = "query($q: String!) { similarProblems(text: $q, first: 20) { passages { text } "
			+ "node { ... on Problem { id title body } } } }";

	private static final String AUDIT = """
			query Audit($id: ID!) { auditEntries(first: 50, filter: { entity: $id }) { nodes { action change } } }""";

	@Test
	void aFlaggedNameHoldsTheProblemUntilStaffReviewIt() {
		String id = submit();
		JsonNode review = staff().run(REVIEW, Map.of("id", id)).data("node");
		assertThat(review.path("body").asString()).isEqualTo(BODY);
		assertThat(review.path("publicBody").asString()).isEqualTo(BODY.replace(NAME, "［氏名］").replace(PHONE, "［電話番号］"));
		assertThat(review.path("awaitsPrivacyReview").asBoolean()).isTrue();
		assertThat(findings(review)).containsExactly(span("BODY", "PERSON_NAME", NAME, "FLAGGED", false),
				span("BODY", "PHONE", PHONE, "MASKED", false));
		assertThat(review.toString()).as("findings never carry the value").doesNotContain(NAME + "\"");

		Response publish = staff().op("problemModerate", "Publish", Map.of("id", id));
		JsonNode refused = publish.data("problemPublish", "userErrors").get(0);
		assertThat(refused.path("code").asString()).as(publish.raw()).isEqualTo("WRONG_STATE");
		assertThat(refused.path("message").asString()).contains("problemRedact");
		assertThat(staff().run(REVIEW, Map.of("id", id)).data("node", "status").asString()).isEqualTo("SUBMITTED");

		// The submitter reads the original, but neither the findings nor the review are
		// theirs.
		JsonNode own = citizen().run(PUBLIC_NODE, Map.of("id", id)).data("node");
		assertThat(own.path("body").asString()).isEqualTo(BODY);
		assertThat(own.path("findings").isNull()).isTrue();
		assertThat(citizen().run(REDACT, Map.of("input", Map.of("problemId", id))).firstErrorCode())
			.isEqualTo("FORBIDDEN");

		JsonNode confirmed = redact(Map.of("problemId", id)).data("problemRedact", "problem");
		assertThat(confirmed.path("awaitsPrivacyReview").asBoolean()).isFalse();
		assertThat(findings(confirmed)).containsExactly(span("BODY", "PERSON_NAME", NAME, "FLAGGED", true),
				span("BODY", "PHONE", PHONE, "MASKED", true));
		assertThat(staff().op("problemModerate", "Publish", Map.of("id", id))
			.data("problemPublish", "problem", "status")
			.asString()).isEqualTo("PUBLISHED");
		assertPublicReads(id, BODY.replace(NAME, "［氏名］").replace(PHONE, "［電話番号］"), List.of(NAME, PHONE));
	}

	@Test
	void staffMaskAndUnmaskSpansAndEveryPublicSurfaceFollowsAtOnce() {
		String id = submit();
		int name = BODY.indexOf(NAME);
		JsonNode shown = redact(Map.of("problemId", id, "unmask",
				List.of(Map.of("text", "BODY", "start", name, "end", name + NAME.length()))))
			.data("problemRedact", "problem");
		assertThat(shown.path("publicBody").asString()).isEqualTo(BODY.replace(PHONE, "［電話番号］"));
		staff().op("problemModerate", "Publish", Map.of("id", id));
		assertPublicReads(id, BODY.replace(PHONE, "［電話番号］"), List.of(PHONE));

		// Published, then a citizen points out the building: staff mask it, and every
		// public surface and the search index have only the new text.
		int building = BODY.indexOf(BUILDING);
		redact(Map.of("problemId", id, "mask", List.of(Map.of("text", "BODY", "start", building, "end",
				building + BUILDING.length(), "kind", "POSTAL_ADDRESS"))));
		String approved = BODY.replace(PHONE, "［電話番号］").replace(BUILDING, "［住所］");
		assertPublicReads(id, approved, List.of(PHONE, BUILDING));
		assertThat(anonymous().run(SEARCH, Map.of("q", BUILDING)).data("search", "nodes").toString())
			.doesNotContain(BUILDING);

		List<JsonNode> reviews = new ArrayList<>();
		for (JsonNode entry : staff().run(AUDIT, Map.of("id", id)).data("auditEntries", "nodes")) {
			if (entry.path("action").asString().equals("problem.redact")) {
				reviews.add(entry.path("change"));
			}
		}
		assertThat(reviews).hasSize(2);
		assertThat(reviews.toString()).contains("PERSON_NAME", "POSTAL_ADDRESS")
			.doesNotContain(NAME)
			.doesNotContain(BUILDING);
	}

	@Test
	void badReviewsAreRefusedOneByOneAndChangeNothing() {
		String id = submit();
		int phone = BODY.indexOf(PHONE);
		Response wrong = redact(Map.of("problemId", id, "mask",
				List.of(Map.of("text", "TITLE", "start", 3, "end", TITLE.length() + 5, "kind", "PERSON_NAME"),
						Map.of("text", "BODY", "start", phone - 2, "end", phone + 3, "kind", "PHONE")),
				"unmask", List.of(Map.of("text", "BODY", "start", 0, "end", 4))));
		assertThat(codes(wrong)).containsExactlyInAnyOrder("OUT_OF_RANGE", "CONFLICT", "NOT_FOUND");
		assertThat(wrong.data("problemRedact", "problem").isNull()).isTrue();
		JsonNode unchanged = staff().run(REVIEW, Map.of("id", id)).data("node");
		assertThat(unchanged.path("awaitsPrivacyReview").asBoolean()).isTrue();
		assertThat(findings(unchanged)).containsExactly(span("BODY", "PERSON_NAME", NAME, "FLAGGED", false),
				span("BODY", "PHONE", PHONE, "MASKED", false));

		Response overlapping = redact(Map.of("problemId", id, "mask",
				List.of(Map.of("text", "TITLE", "start", 0, "end", 3, "kind", "POSTAL_ADDRESS"),
						Map.of("text", "TITLE", "start", 2, "end", 5, "kind", "POSTAL_ADDRESS"))));
		assertThat(codes(overlapping)).containsExactly("CONFLICT");

		staff().op("problemModerate", "Reject", Map.of("id", id, "reason", "重複しています。"));
		assertThat(codes(redact(Map.of("problemId", id)))).containsExactly("WRONG_STATE");
		assertThat(codes(redact(Map.of("problemId", "UHJvYmxlbTpub3Bl")))).containsExactly("NOT_FOUND");
	}

	@Test
	void staffListTheQueueByWhetherAReviewHoldsPublishingBack() {
		String waiting = submit();
		String plain = submit("ベンチの塗装がはがれています", "公園のベンチの塗装がはがれて、服に色がつきます。");
		assertThat(queue("status: SUBMITTED, awaitingPrivacyReview: true")).containsExactly(waiting);
		assertThat(queue("status: SUBMITTED, awaitingPrivacyReview: false")).containsExactly(plain);
		// Staff's text filter reads the originals in the store; the review filter holds
		// there too.
		assertThat(queue("status: SUBMITTED, text: \"" + NAME + "\", awaitingPrivacyReview: true"))
			.containsExactly(waiting);
		assertThat(queue("status: SUBMITTED, text: \"" + NAME + "\", awaitingPrivacyReview: false")).isEmpty();
		assertThat(queue("status: SUBMITTED")).containsExactlyInAnyOrder(waiting, plain);
		// The staff home asks for the count alone, with an empty page.
		JsonNode countOnly = staff().run(
				"{ problems(first: 0, filter: { status: SUBMITTED, awaitingPrivacyReview: true }) { totalCount nodes { id } } }")
			.data("problems");
		assertThat(countOnly.path("totalCount").asInt()).isEqualTo(1);
		assertThat(countOnly.path("nodes")).isEmpty();

		redact(Map.of("problemId", waiting));
		assertThat(queue("status: SUBMITTED, awaitingPrivacyReview: true")).isEmpty();
		assertThat(queue("status: SUBMITTED, awaitingPrivacyReview: false")).containsExactlyInAnyOrder(waiting, plain);

		// The public's lists never hold a problem waiting for a review.
		staff().op("problemModerate", "Publish", Map.of("id", plain));
		String publicQueue = "{ problems(filter: { awaitingPrivacyReview: %s }) { totalCount nodes { id } } }";
		assertThat(anonymous().run(publicQueue.formatted("true")).data("problems", "totalCount").asInt()).isZero();
		assertThat(anonymous().run(publicQueue.formatted("false")).data("problems", "nodes").toString()).contains(plain)
			.doesNotContain(waiting);
	}

	@Test
	void theAuditTrailKeepsKindsAndCountsNeverTheTextsPersonalData() {
		String id = submit();
		String reason = NAME + "さんの電話番号 " + PHONE + " が本文にあるため、書き直してもう一度投稿してください。";
		staff().op("problemModerate", "Reject", Map.of("id", id, "reason", reason));
		Map<String, String> changes = new java.util.LinkedHashMap<>();
		for (JsonNode entry : staff().run(AUDIT, Map.of("id", id)).data("auditEntries", "nodes")) {
			changes.put(entry.path("action").asString(), entry.path("change").toString());
		}
		assertThat(changes).containsKeys("problem.submit", "problem.reject");
		assertThat(changes.get("problem.submit")).contains("PERSON_NAME", "PHONE")
			.doesNotContain(TITLE)
			.doesNotContain(NAME)
			.doesNotContain(PHONE);
		assertThat(changes.get("problem.reject")).contains("［電話番号］", "書き直して").doesNotContain(PHONE);
		// The submitter still reads the reason as written.
		assertThat(citizen()
			.run("query($id: ID!) { node(id: $id) { ... on Problem { rejectionReason } } }", Map.of("id", id))
			.data("node", "rejectionReason")
			.asString()).isEqualTo(reason);
	}

	private String submit() {
		return submit(TITLE, BODY);
	}

	private String submit(String title, String body) {
		Response submitted = citizen().runNamed("problemSubmit",
				Map.of("input", Map.of("title", title, "body", body, "category", "OTHER", "ward", "KOKURA_KITA")));
		String id = submitted.data("problemSubmit", "problem", "id").asString();
		assertThat(id).as(submitted.raw()).isNotBlank();
		return id;
	}

	/** The ids staff list under a filter, with the total checked against the page. */
	private List<String> queue(String filter) {
		JsonNode problems = staff()
			.run("{ problems(first: 50, filter: { " + filter + " }) { totalCount nodes { id } } }")
			.data("problems");
		List<String> ids = new ArrayList<>();
		problems.path("nodes").forEach((node) -> ids.add(node.path("id").asString()));
		assertThat(problems.path("totalCount").asInt()).as(filter).isEqualTo(ids.size());
		return ids;
	}

	private Response redact(Map<String, Object> input) {
		return staff().run(REDACT, Map.of("input", input));
	}

	/**
	 * Node, lists, search and matching, for everyone who is not staff or the submitter.
	 */
	private void assertPublicReads(String id, String publicBody, List<String> hidden) {
		for (Caller reader : List.of(anonymous(), citizenB(), companyA(), reporter())) {
			JsonNode node = reader.run(PUBLIC_NODE, Map.of("id", id)).data("node");
			assertThat(node.path("body").asString()).isEqualTo(publicBody);
			assertThat(node.path("title").asString()).isEqualTo(TITLE);
			assertThat(node.path("findings").isNull()).isTrue();
			assertThat(node.path("awaitsPrivacyReview").isNull()).isTrue();
			JsonNode listed = reader.run(LIST).data("problems", "nodes");
			assertThat(listed).hasSize(1);
			assertThat(listed.get(0).path("body").asString()).isEqualTo(publicBody);
			for (String query : List.of("街灯", "防犯灯 坂")) {
				JsonNode hits = reader.run(SEARCH, Map.of("q", query)).data("search", "nodes");
				assertThat(hits).isNotEmpty();
				JsonNode similar = reader.run(SIMILAR, Map.of("q", "坂の街灯が消えている")).data("similarProblems");
				assertThat(similar).isNotEmpty();
				for (String value : hidden) {
					assertThat(hits.toString()).doesNotContain(value);
					assertThat(similar.toString()).doesNotContain(value);
				}
			}
		}
	}

	private static List<String> findings(JsonNode problem) {
		List<String> spans = new ArrayList<>();
		for (JsonNode finding : problem.path("findings")) {
			spans.add(finding.path("text").asString() + " " + finding.path("kind").asString() + " "
					+ finding.path("start").asInt() + "-" + finding.path("end").asInt() + " "
					+ finding.path("confidence").asString() + " " + finding.path("reviewed").asBoolean());
		}
		return spans;
	}

	private static String span(String text, String kind, String value, String confidence, boolean reviewed) {
		int start = BODY.indexOf(value);
		return text + " " + kind + " " + start + "-" + (start + value.length()) + " " + confidence + " " + reviewed;
	}

	private static List<String> codes(Response response) {
		List<String> codes = new ArrayList<>();
		for (JsonNode error : response.data("problemRedact", "userErrors")) {
			codes.add(error.path("code").asString());
		}
		return codes;
	}

}
