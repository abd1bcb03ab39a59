package jp.kitakyushu.busters.api.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems from intake to moderation and support, through the GraphQL API over HTTP, with
 * each caller seeing only what they may.
 */
class ProblemIntegrationTests extends ApiIntegrationTest {

	static Map<String, Object> input(Object... pairs) {
		Map<String, Object> input = new HashMap<>();
		input.put("title", "バス停に屋根がない");
		input.put("body", "小倉南区の停留所には屋根もベンチもなく、雨の日に高齢者が濡れながら待っています。");
		input.put("category", "TRANSPORT");
		input.put("ward", "KOKURA_MINAMI");
		for (int i = 0; i < pairs.length; i += 2) {
			input.put((String) pairs[i], pairs[i + 1]);
		}
		return input;
	}

	String submit(Caller caller, Map<String, Object> input) {
		Response response = caller.runNamed("problemSubmit", Map.of("input", input));
		assertThat(response.data("problemSubmit", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response.data("problemSubmit", "problem", "id").asString();
	}

	String submitAndPublish(Caller caller, Map<String, Object> input) {
		String id = submit(caller, input);
		Response published = staff().op("problemModerate", "Publish", Map.of("id", id));
		assertThat(published.data("problemPublish", "problem", "status").asString()).isEqualTo("PUBLISHED");
		return id;
	}

	@Test
	void aCitizenSubmitsAProblemThatOnlyTheyAndStaffSeeUntilItIsPublished() {
		Response response = citizen().runNamed("problemSubmit",
				Map.of("input", input("location", Map.of("lat", 33.84, "lon", 130.88))));
		JsonNode problem = response.data("problemSubmit", "problem");
		assertThat(problem.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(problem.path("channel").asString()).isEqualTo("WEB");
		assertThat(problem.path("category").path("nameJa").asString()).isEqualTo("交通・移動");
		assertThat(problem.path("location").path("lat").asDouble()).isEqualTo(33.84);
		String id = problem.path("id").asString();

		assertThat(anonymous().op("problemRead", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		assertThat(citizenB().op("problemRead", "Node", Map.of("id", id)).data("node").isNull()).isTrue();
		assertThat(citizen().op("problemRead", "Node", Map.of("id", id)).data("node", "status").asString())
			.isEqualTo("SUBMITTED");
		assertThat(staff().op("problemRead", "Node", Map.of("id", id)).data("node", "status").asString())
			.isEqualTo("SUBMITTED");
		assertThat(anonymous().op("problemRead", "List", Map.of()).data("problems", "totalCount").asInt()).isZero();
		assertThat(citizen().op("problemRead", "Mine", Map.of()).data("myProblems", "totalCount").asInt()).isOne();

		staff().op("problemModerate", "Publish", Map.of("id", id));
		assertThat(anonymous().op("problemRead", "Node", Map.of("id", id)).data("node", "status").asString())
			.isEqualTo("PUBLISHED");
		assertThat(anonymous().op("problemRead", "List", Map.of()).data("problems", "totalCount").asInt()).isOne();
	}

	@Test
	void badInputGetsSpecificUserErrorsAndChangesNothing() {
		Response response = citizen().runNamed("problemSubmit", Map.of("input", input("title", "あ".repeat(121), "body",
				" ", "category", "NO_SUCH", "location", Map.of("lat", 35.68, "lon", 139.76))));
		assertThat(response.data("problemSubmit", "problem").isNull()).isTrue();
		List<String> codes = response.data("problemSubmit", "userErrors")
			.valueStream()
			.map((error) -> error.path("field").get(1).asString() + ":" + error.path("code").asString())
			.toList();
		assertThat(codes).containsExactlyInAnyOrder("title:TOO_LONG", "body:REQUIRED", "category:INVALID",
				"location:OUTSIDE_CITY");
		assertThat(this.mongo.getCollection("problems").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("audit_entries").countDocuments()).isZero();
	}

	@Test
	void aWrongEnumIsABadRequestError() {
		Response response = citizen().runNamed("problemSubmit", Map.of("input", input("ward", "TOKYO")));
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(this.mongo.getCollection("problems").countDocuments()).isZero();
	}

	@Test
	void aRetriedSubmissionWithTheSameIdempotencyKeyReturnsTheFirstProblem() {
		String first = submit(citizen(), input("idempotencyKey", "key-1"));
		String again = submit(citizen(), input("idempotencyKey", "key-1"));
		String other = submit(citizen(), input("idempotencyKey", "key-2"));
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(this.mongo.getCollection("problems").countDocuments()).isEqualTo(2);
	}

	@Test
	void aFailedSubmissionReleasesItsIdempotencyKey() {
		citizen().runNamed("problemSubmit", Map.of("input", input("idempotencyKey", "k", "category", "NO_SUCH")));
		String id = submit(citizen(), input("idempotencyKey", "k"));
		assertThat(id).isNotBlank();
		assertThat(this.mongo.getCollection("problems").countDocuments()).isOne();
	}

	@Test
	void publicReadersSeePersonalDataMaskedWhileStaffAndTheSubmitterSeeTheOriginal() {
		String id = submitAndPublish(citizen(),
				input("body", "連絡は090-1234-5678かhanako@example.jpまでお願いします。バス停に屋根がほしいです。"));
		String publicBody = anonymous().op("problemRead", "Node", Map.of("id", id)).data("node", "body").asString();
		assertThat(publicBody).doesNotContain("090-1234-5678").doesNotContain("hanako@example.jp").contains("バス停");
		assertThat(citizenB().op("problemRead", "Node", Map.of("id", id)).data("node", "body").asString())
			.isEqualTo(publicBody);
		assertThat(staff().op("problemRead", "Node", Map.of("id", id)).data("node", "body").asString())
			.contains("090-1234-5678");
		assertThat(citizen().op("problemRead", "Node", Map.of("id", id)).data("node", "body").asString())
			.contains("hanako@example.jp");

		// A text filter must not let the public probe for what is masked.
		Response probe = anonymous().op("problemRead", "List", Map.of("filter", Map.of("text", "090-1234")));
		assertThat(probe.data("problems", "totalCount").asInt()).isZero();
		Response staffSearch = staff().op("problemRead", "List", Map.of("filter", Map.of("text", "090-1234")));
		assertThat(staffSearch.data("problems", "totalCount").asInt()).isOne();
	}

	@Test
	void staffEnterAProblemOnACitizensBehalfAndOnlyStaffReadTheContactDetails() {
		Map<String, Object> proxy = input("intakeMethod", "PHONE", "contact",
				Map.of("name", "北九 太郎", "phone", "093-000-0000", "note", "午前中に電話希望"));
		Response response = staff().runNamed("problemSubmitOnBehalf", Map.of("input", proxy));
		JsonNode problem = response.data("problemSubmitOnBehalf", "problem");
		assertThat(problem.path("channel").asString()).isEqualTo("PROXY");
		assertThat(problem.path("intakeMethod").asString()).isEqualTo("PHONE");
		assertThat(problem.path("contact").path("phone").asString()).isEqualTo("093-000-0000");
		String id = problem.path("id").asString();
		staff().op("problemModerate", "Publish", Map.of("id", id));

		assertThat(anonymous().op("problemRead", "Node", Map.of("id", id)).data("node", "contact").isNull()).isTrue();
		assertThat(citizen().op("problemRead", "Node", Map.of("id", id)).data("node", "contact").isNull()).isTrue();
		assertThat(staffB().op("problemRead", "Node", Map.of("id", id)).data("node", "contact", "name").asString())
			.isEqualTo("北九 太郎");
	}

	@Test
	void proxyIntakeNeedsAWayToReachTheCitizen() {
		Response response = staff().runNamed("problemSubmitOnBehalf",
				Map.of("input", input("intakeMethod", "COUNTER", "contact", Map.of("note", "匿名希望"))));
		assertThat(response.data("problemSubmitOnBehalf", "userErrors").get(0).path("code").asString())
			.isEqualTo("REQUIRED");
		assertThat(this.mongo.getCollection("problems").countDocuments()).isZero();
	}

	@Test
	void moderationFollowsTheLifeCycle() {
		String id = submit(citizen(), input());
		Response rejected = staff().op("problemModerate", "Reject", Map.of("id", id, "reason", "市の管轄外です"));
		assertThat(rejected.data("problemReject", "problem", "status").asString()).isEqualTo("REJECTED");
		assertThat(citizen().op("problemRead", "Node", Map.of("id", id)).data("node", "rejectionReason").asString())
			.isEqualTo("市の管轄外です");

		Response publishRejected = staff().op("problemModerate", "Publish", Map.of("id", id));
		assertThat(publishRejected.data("problemPublish", "userErrors").get(0).path("code").asString())
			.isEqualTo("WRONG_STATE");

		String published = submitAndPublish(citizen(), input());
		Response twice = staff().op("problemModerate", "Publish", Map.of("id", published));
		assertThat(twice.data("problemPublish", "userErrors").get(0).path("code").asString()).isEqualTo("WRONG_STATE");
		Response rejectPublished = staff().op("problemModerate", "Reject", Map.of("id", published, "reason", "x"));
		assertThat(rejectPublished.data("problemReject", "userErrors").get(0).path("code").asString())
			.isEqualTo("WRONG_STATE");
		Response noReason = staff().op("problemModerate", "Reject",
				Map.of("id", submit(citizen(), input()), "reason", " "));
		assertThat(noReason.data("problemReject", "userErrors").get(0).path("code").asString()).isEqualTo("REQUIRED");
	}

	@Test
	void onlyStaffModerate() {
		String id = submit(citizen(), input());
		assertThat(citizen().op("problemModerate", "Publish", Map.of("id", id)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(companyA().op("problemModerate", "Publish", Map.of("id", id)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("problemModerate", "Publish", Map.of("id", id)).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(anonymous().runNamed("problemSubmit", Map.of("input", input())).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(staff().runNamed("problemSubmit", Map.of("input", input())).firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void citizensSupportAPublicProblemOnceAndCanWithdraw() {
		String id = submitAndPublish(citizen(), input());
		Response supported = citizenB().op("problemModerate", "Support", Map.of("id", id));
		assertThat(supported.data("problemSupport", "problem", "supporterCount").asInt()).isOne();
		assertThat(supported.data("problemSupport", "problem", "supportedByMe").asBoolean()).isTrue();

		Response again = citizenB().op("problemModerate", "Support", Map.of("id", id));
		assertThat(again.data("problemSupport", "userErrors").get(0).path("code").asString()).isEqualTo("DUPLICATE");
		Response own = citizen().op("problemModerate", "Support", Map.of("id", id));
		assertThat(own.data("problemSupport", "userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");
		assertThat(anonymous().op("problemRead", "Node", Map.of("id", id)).data("node", "supporterCount").asInt())
			.isOne();

		Response withdrawn = citizenB().op("problemModerate", "Withdraw", Map.of("id", id));
		assertThat(withdrawn.data("problemWithdrawSupport", "problem", "supporterCount").asInt()).isZero();
		Response withdrawAgain = citizenB().op("problemModerate", "Withdraw", Map.of("id", id));
		assertThat(withdrawAgain.data("problemWithdrawSupport", "userErrors").get(0).path("code").asString())
			.isEqualTo("NOT_FOUND");

		String unpublished = submit(citizen(), input());
		Response hidden = citizenB().op("problemModerate", "Support", Map.of("id", unpublished));
		assertThat(hidden.data("problemSupport", "userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void mergingADuplicateKeepsItsSupportersAndPointsToWhereItWent() {
		String original = submitAndPublish(citizen(), input());
		String duplicate = submitAndPublish(citizenB(), input("title", "バス停の屋根"));
		as("citizen-c", "citizen").op("problemModerate", "Support", Map.of("id", duplicate));

		Response merged = staff().op("problemModerate", "Merge", Map.of("id", duplicate, "into", original));
		assertThat(merged.data("problemMerge", "problem", "status").asString()).isEqualTo("MERGED");
		assertThat(merged.data("problemMerge", "problem", "mergedInto", "id").asString()).isEqualTo(original);
		// citizen B (the duplicate's author) and citizen C (its supporter) now support
		// the original.
		assertThat(merged.data("problemMerge", "problem", "mergedInto", "supporterCount").asInt()).isEqualTo(2);
		assertThat(anonymous().op("problemRead", "Node", Map.of("id", duplicate))
			.data("node", "mergedInto", "id")
			.asString()).isEqualTo(original);

		Response intoItself = staff().op("problemModerate", "Merge", Map.of("id", original, "into", original));
		assertThat(intoItself.data("problemMerge", "userErrors").get(0).path("code").asString()).isEqualTo("INVALID");
		Response intoMerged = staff().op("problemModerate", "Merge",
				Map.of("id", submit(citizen(), input()), "into", duplicate));
		assertThat(intoMerged.data("problemMerge", "userErrors").get(0).path("code").asString())
			.isEqualTo("WRONG_STATE");
	}

	@Test
	void listsFilterOrderAndPage() {
		String a = submitAndPublish(citizen(), input("ward", "MOJI", "category", "ELDERLY", "title", "ごみ出しの手伝い"));
		String b = submitAndPublish(citizen(), input("ward", "MOJI"));
		String c = submitAndPublish(citizen(), input("ward", "TOBATA"));
		citizenB().op("problemModerate", "Support", Map.of("id", b));

		assertThat(ids(anonymous().op("problemRead", "List", Map.of("filter", Map.of("ward", "MOJI")))))
			.containsExactly(b, a);
		assertThat(ids(anonymous().op("problemRead", "List", Map.of("filter", Map.of("category", "ELDERLY")))))
			.containsExactly(a);
		assertThat(ids(anonymous().op("problemRead", "List", Map.of("filter", Map.of("text", "ごみ出し")))))
			.containsExactly(a);
		assertThat(ids(anonymous().op("problemRead", "List",
				Map.of("orderBy", Map.of("field", "SUPPORTER_COUNT", "direction", "DESC"))))
			.get(0)).isEqualTo(b);

		Response firstPage = anonymous().op("problemRead", "List", Map.of("first", 2));
		assertThat(ids(firstPage)).containsExactly(c, b);
		assertThat(firstPage.data("problems", "totalCount").asInt()).isEqualTo(3);
		assertThat(firstPage.data("problems", "pageInfo", "hasNextPage").asBoolean()).isTrue();
		Response secondPage = anonymous().op("problemRead", "List",
				Map.of("first", 2, "after", firstPage.data("problems", "pageInfo", "endCursor").asString()));
		assertThat(ids(secondPage)).containsExactly(a);
		assertThat(secondPage.data("problems", "pageInfo", "hasNextPage").asBoolean()).isFalse();

		assertThat(anonymous().op("problemRead", "List", Map.of("first", 101)).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(anonymous().op("problemRead", "List", Map.of("after", "garbage!")).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
		assertThat(anonymous().op("problemRead", "List", Map.of("filter", Map.of("status", "SUBMITTED")))
			.data("problems", "totalCount")
			.asInt()).isZero();
	}

	@Test
	void everyChangeLeavesAnAuditEntry() {
		String id = submitAndPublish(citizen(), input());
		citizenB().op("problemModerate", "Support", Map.of("id", id));
		// In the order they were written: a find without a sort may answer in any order.
		List<String> actions = this.mongo.getCollection("audit_entries")
			.find()
			.sort(new Document("at", 1).append("_id", 1))
			.map((entry) -> entry.getString("actor") + ":" + entry.getString("action"))
			.into(new java.util.ArrayList<>());
		assertThat(actions).containsExactly("citizen-a:problem.submit", "staff-1:problem.publish",
				"citizen-b:problem.support");
	}

	private static List<String> ids(Response response) {
		return response.data("problems", "edges")
			.valueStream()
			.map((edge) -> edge.path("node").path("id").asString())
			.toList();
	}

}
