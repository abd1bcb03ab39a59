package jp.kitakyushu.busters.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.submitted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Staff evaluate shortlisted proposals blind: a reviewer sees the others' scores, the
 * mean and the spread only after giving their own.
 */
class EvaluationIntegrationTests extends ApiIntegrationTest {

	ThemeFixtures themes;

	Theme theme;

	String companyId;

	String proposal;

	@BeforeEach
	void shortlistedProposal() {
		this.themes = new ThemeFixtures(this.mongo);
		this.theme = this.themes.open();
		this.companyId = ProposalScenario.companyA(companyA(), staff());
		this.proposal = shortlisted(companyA(), staff(), draft(themeId(this.theme), this.companyId));
	}

	static Map<String, Object> evaluation(String proposalId, int feasibility, int impact, int value) {
		return Map.of("proposalId", proposalId, "comment", "総評", "scores",
				List.of(score("実現可能性", feasibility), score("効果", impact), score("費用対効果", value)));
	}

	static Map<String, Object> score(String criterion, int score) {
		return Map.of("criterion", criterion, "score", score, "comment", criterion + "の所見");
	}

	static Response submit(Caller reviewer, Map<String, Object> input) {
		Response response = reviewer.op("evaluation", "Submit", Map.of("input", input));
		assertThat(response.data("evaluationSubmit", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response;
	}

	JsonNode review(Caller caller) {
		return caller.op("evaluation", "Review", Map.of("id", this.proposal)).data("node", "review");
	}

	static List<String> errors(Response response) {
		return response.data("evaluationSubmit", "userErrors")
			.valueStream()
			.map((error) -> String.join(".", error.path("field").valueStream().skip(1).map(JsonNode::asString).toList())
					+ ":" + error.path("code").asString())
			.toList();
	}

	@Test
	void aReviewerSeesTheOthersScoresOnlyAfterGivingTheirOwn() {
		Response first = submit(staff(), evaluation(this.proposal, 5, 4, 3));
		JsonNode own = first.data("evaluationSubmit", "evaluation");
		assertThat(own.path("weightedScore").asDouble()).isCloseTo(26.0 / 6, within(1e-9));
		assertThat(own.path("scores").get(0).path("weight").asInt()).isEqualTo(3);
		String firstId = own.path("id").asString();

		JsonNode blind = review(staffB());
		assertThat(blind.path("blind").asBoolean()).isTrue();
		assertThat(blind.path("evaluationCount").asInt()).isOne();
		assertThat(blind.path("score").isNull()).isTrue();
		assertThat(blind.path("spread").isNull()).isTrue();
		assertThat(blind.path("evaluations").isNull()).isTrue();
		assertThat(blind.path("myEvaluation").isNull()).isTrue();
		assertThat(staffB().op("evaluation", "Node", Map.of("id", firstId)).data("node").isNull()).isTrue();
		// The audit trail, which every staff member reads, holds no scores.
		assertThat(this.mongo.getCollection("audit_entries")
			.find(new Document("entityType", "Evaluation"))
			.map(Document::toJson)
			.into(new ArrayList<>())).singleElement().satisfies((entry) -> assertThat(entry).doesNotContain("score"));

		JsonNode firstReviewer = review(staff());
		assertThat(firstReviewer.path("blind").asBoolean()).isFalse();
		assertThat(firstReviewer.path("score").asDouble()).isCloseTo(26.0 / 6, within(1e-9));
		assertThat(firstReviewer.path("spread").asDouble()).isZero();

		submit(staffB(), evaluation(this.proposal, 2, 3, 5));
		for (Caller reviewer : List.of(staff(), staffB())) {
			JsonNode open = review(reviewer);
			assertThat(open.path("blind").asBoolean()).isFalse();
			assertThat(open.path("evaluationCount").asInt()).isEqualTo(2);
			// Mean of 26/6 and 17/6; spread 26/6 − 17/6.
			assertThat(open.path("score").asDouble()).isCloseTo(43.0 / 12, within(1e-9));
			assertThat(open.path("spread").asDouble()).isCloseTo(1.5, within(1e-9));
			assertThat(open.path("evaluations").path("nodes").get(0).path("reviewer").asString()).isEqualTo("staff-1");
			assertThat(open.path("evaluations").path("nodes").get(1).path("weightedScore").asDouble())
				.isCloseTo(17.0 / 6, within(1e-9));
		}
		assertThat(staffB().op("evaluation", "Node", Map.of("id", firstId)).data("node", "reviewer").asString())
			.isEqualTo("staff-1");
		// A third staff member who has not evaluated is still blind.
		assertThat(review(as("staff-3", "staff")).path("blind").asBoolean()).isTrue();
	}

	@Test
	void onlyStaffSeeTheReview() {
		submit(staff(), evaluation(this.proposal, 5, 4, 3));
		assertThat(review(companyA()).isNull()).isTrue();
		assertThat(companyA().op("evaluation", "Review", Map.of("id", this.proposal)).data("node", "id").asString())
			.isEqualTo(this.proposal);
		for (Caller outsider : List.of(companyA(), citizen(), reporter())) {
			assertThat(outsider.op("evaluation", "Submit", Map.of("input", evaluation(this.proposal, 1, 1, 1)))
				.firstErrorCode()).isEqualTo("FORBIDDEN");
		}
		assertThat(anonymous().op("evaluation", "Submit", Map.of("input", evaluation(this.proposal, 1, 1, 1)))
			.firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(this.mongo.getCollection("evaluations").countDocuments()).isOne();
	}

	@Test
	void aResubmissionReplacesTheReviewersOwnEvaluation() {
		submit(staff(), evaluation(this.proposal, 5, 4, 3));
		Response revised = submit(staff(), evaluation(this.proposal, 1, 1, 1));
		assertThat(revised.data("evaluationSubmit", "evaluation", "weightedScore").asDouble()).isEqualTo(1.0);
		assertThat(review(staff()).path("evaluationCount").asInt()).isOne();
		assertThat(this.mongo.getCollection("audit_entries")
			.find(new Document("entityType", "Evaluation"))
			.map((entry) -> entry.getString("action"))
			.into(new ArrayList<>())).containsExactlyInAnyOrder("evaluation.submit", "evaluation.revise");
	}

	@Test
	void everyCriterionIsScoredOnceFromZeroToFiveWithAComment() {
		Response missing = staff().op("evaluation", "Submit", Map.of("input",
				Map.of("proposalId", this.proposal, "scores", List.of(score("実現可能性", 3), score("効果", 3)))));
		assertThat(errors(missing)).containsExactly("scores:REQUIRED");
		Response wrong = staff().op("evaluation", "Submit",
				Map.of("input",
						Map.of("proposalId", this.proposal, "scores",
								List.of(score("実現可能性", 6), score("実現可能性", 3), score("デザイン", 3), score("効果", -1),
										Map.of("criterion", "費用対効果", "score", 3, "comment", " ")))));
		assertThat(errors(wrong)).containsExactlyInAnyOrder("scores.0.score:OUT_OF_RANGE",
				"scores.1.criterion:DUPLICATE", "scores.2.criterion:INVALID", "scores.3.score:OUT_OF_RANGE",
				"scores.4.comment:REQUIRED");
		assertThat(this.mongo.getCollection("evaluations").countDocuments()).isZero();
		assertThat(this.mongo.getCollection("audit_entries").countDocuments(new Document("entityType", "Evaluation")))
			.isZero();
	}

	@Test
	void onlyShortlistedProposalsAreEvaluatedAndTheReviewOpensOnceDecided() {
		String notShortlisted = submitted(companyA(), draft(themeId(this.theme), this.companyId));
		Response early = staff().op("evaluation", "Submit", Map.of("input", evaluation(notShortlisted, 3, 3, 3)));
		assertThat(errors(early)).containsExactly("proposalId:WRONG_STATE");

		submit(staff(), evaluation(this.proposal, 5, 4, 3));
		this.themes.close(this.themes.reload(this.theme));
		step(staff(), "Select", "proposalSelect", this.proposal, "SELECTED");
		Response late = staffB().op("evaluation", "Submit", Map.of("input", evaluation(this.proposal, 3, 3, 3)));
		assertThat(errors(late)).containsExactly("proposalId:WRONG_STATE");
		JsonNode decided = review(staffB());
		assertThat(decided.path("blind").asBoolean()).isFalse();
		assertThat(decided.path("score").asDouble()).isCloseTo(26.0 / 6, within(1e-9));
	}

}
