package jp.kitakyushu.busters.api.proposal;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import jp.kitakyushu.busters.api.theme.ThemeStatus;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.create;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.submitted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every transition of a proposal's life, allowed and refused, through the GraphQL API:
 * refusals carry a specific code and change nothing.
 */
class ProposalLifecycleIntegrationTests extends ApiIntegrationTest {

	ThemeFixtures themes;

	Theme theme;

	String themeId;

	String companyA;

	@BeforeEach
	void openThemeAndVerifiedCompany() {
		this.themes = new ThemeFixtures(this.mongo);
		this.theme = this.themes.open();
		this.themeId = themeId(this.theme);
		this.companyA = ProposalScenario.companyA(companyA(), staff());
	}

	Map<String, Object> input(Object... pairs) {
		return draft(this.themeId, this.companyA, pairs);
	}

	static List<String> errors(Response response, String mutation) {
		return response.data(mutation, "userErrors")
			.valueStream()
			.map((error) -> String.join(".", error.path("field").valueStream().skip(1).map(JsonNode::asString).toList())
					+ ":" + error.path("code").asString())
			.toList();
	}

	String status(String id) {
		return companyA().op("proposal", "Node", Map.of("id", id)).data("node", "status").asString();
	}

	@Test
	void aMemberDraftsEditsAndSubmitsAProposal() {
		Response created = companyA().op("proposal", "Create", Map.of("input", input()));
		JsonNode proposal = created.data("proposalCreate", "proposal");
		assertThat(proposal.path("status").asString()).isEqualTo("DRAFT");
		assertThat(proposal.path("confidential").asBoolean()).isTrue();
		assertThat(proposal.path("company").path("name").asString()).isEqualTo("北九見守り株式会社");
		assertThat(proposal.path("theme").path("id").asString()).isEqualTo(this.themeId);
		assertThat(proposal.path("requestedAmount").asLong()).isEqualTo(3_000_000);
		assertThat(proposal.path("milestones").get(1).path("dueDate").asString()).isEqualTo("2028-03-30T15:00:00Z");
		assertThat(proposal.path("submittedAt").isNull()).isTrue();
		String id = proposal.path("id").asString();

		Response updated = companyA().op("proposal", "Update",
				Map.of("input", Map.of("proposalId", id, "title", "センサー見守りによるごみ出し支援")));
		assertThat(updated.data("proposalUpdate", "proposal", "title").asString()).isEqualTo("センサー見守りによるごみ出し支援");
		assertThat(updated.data("proposalUpdate", "proposal", "approach").asString()).contains("営業秘密");

		Response submitted = step(companyA(), "Submit", "proposalSubmit", id, "SUBMITTED");
		assertThat(submitted.data("proposalSubmit", "proposal", "submittedAt").asString()).isNotBlank();
		// A retried submission returns the proposal as it is.
		Response retried = step(companyA(), "Submit", "proposalSubmit", id, "SUBMITTED");
		assertThat(retried.data("proposalSubmit", "userErrors").isEmpty()).isTrue();
		Response updateSubmitted = companyA().op("proposal", "Update",
				Map.of("input", Map.of("proposalId", id, "title", "x")));
		assertThat(errors(updateSubmitted, "proposalUpdate")).containsExactly("proposalId:WRONG_STATE");

		assertThat(
				anonymous().op("proposal", "Theme", Map.of("id", this.themeId)).data("node", "proposalCount").asInt())
			.isOne();
		List<String> actions = this.mongo.getCollection("audit_entries")
			.find(new Document("entityType", "Proposal"))
			.map((entry) -> entry.getString("action"))
			.into(new java.util.ArrayList<>());
		assertThat(actions).containsExactlyInAnyOrder("proposal.create", "proposal.update", "proposal.submit");
	}

	@Test
	void aDraftMayBeIncompleteButNeverWrong() {
		Response overCap = companyA().op("proposal", "Create",
				Map.of("input", input("requestedAmount", ThemeFixtures.CAP + 1)));
		assertThat(errors(overCap, "proposalCreate")).containsExactly("requestedAmount:OVER_LIMIT");
		Response milestonesOver = companyA().op("proposal", "Create",
				Map.of("input", input("requestedAmount", 2_500_000)));
		assertThat(errors(milestonesOver, "proposalCreate")).containsExactly("milestones:OVER_LIMIT");
		Response bad = companyA().op("proposal", "Create", Map.of("input", input("title", " ", "milestones",
				List.of(Map.of("title", "", "dueDate", "2027-06-30T00:00:00Z", "amount", -1)))));
		assertThat(errors(bad, "proposalCreate")).containsExactlyInAnyOrder("title:REQUIRED",
				"milestones.0.title:REQUIRED", "milestones.0.amount:OUT_OF_RANGE");
		assertThat(this.mongo.getCollection("proposals").countDocuments()).isZero();

		Map<String, Object> minimal = input();
		minimal.remove("approach");
		minimal.remove("requestedAmount");
		minimal.remove("milestones");
		String id = create(companyA(), minimal);
		Response incomplete = companyA().op("proposal", "Submit", Map.of("id", id));
		assertThat(errors(incomplete, "proposalSubmit")).containsExactlyInAnyOrder("approach:REQUIRED",
				"requestedAmount:REQUIRED", "milestones:REQUIRED");
		assertThat(status(id)).isEqualTo("DRAFT");
	}

	@Test
	void submissionIsRefusedOverTheCapAndAfterTheDeadline() {
		String overCap = create(companyA(), input());
		Theme lowered = this.themes.reload(this.theme);
		lowered.setBudgetCap(2_000_000);
		this.mongo.save(lowered);
		Response over = companyA().op("proposal", "Submit", Map.of("id", overCap));
		assertThat(errors(over, "proposalSubmit")).containsExactly("requestedAmount:OVER_LIMIT");
		assertThat(status(overCap)).isEqualTo("DRAFT");

		Theme other = this.themes.open();
		String late = create(companyA(), draft(themeId(other), this.companyA));
		this.themes.close(other);
		Response afterDeadline = companyA().op("proposal", "Submit", Map.of("id", late));
		assertThat(errors(afterDeadline, "proposalSubmit")).containsExactly("proposalId:DEADLINE_PASSED");
		assertThat(status(late)).isEqualTo("DRAFT");
		Response createLate = companyA().op("proposal", "Create",
				Map.of("input", draft(themeId(this.themes.pastDeadline()), this.companyA)));
		assertThat(errors(createLate, "proposalCreate")).containsExactly("themeId:DEADLINE_PASSED");

		String early = create(companyA(), draft(themeId(this.themes.openingLater()), this.companyA));
		Response beforeWindow = companyA().op("proposal", "Submit", Map.of("id", early));
		assertThat(errors(beforeWindow, "proposalSubmit")).containsExactly("proposalId:WRONG_STATE");

		Response toDraftTheme = companyA().op("proposal", "Create",
				Map.of("input", draft(themeId(this.themes.inState(ThemeStatus.DRAFT)), this.companyA)));
		assertThat(errors(toDraftTheme, "proposalCreate")).containsExactly("themeId:NOT_FOUND");
		Response toCancelled = companyA().op("proposal", "Create",
				Map.of("input", draft(themeId(this.themes.inState(ThemeStatus.CANCELLED)), this.companyA)));
		assertThat(errors(toCancelled, "proposalCreate")).containsExactly("themeId:WRONG_STATE");
	}

	@Test
	void onlyMembersOfAVerifiedCompanyPropose() {
		String pending = jp.kitakyushu.busters.api.company.CompanyFixtures.register(companyB(), "響灘テック株式会社",
				ProposalScenario.BASE_B);
		Response fromPending = companyB().op("proposal", "Create", Map.of("input", draft(this.themeId, pending)));
		assertThat(errors(fromPending, "proposalCreate")).containsExactly("companyId:WRONG_STATE");
		Response forAnother = companyB().op("proposal", "Create", Map.of("input", input()));
		assertThat(errors(forAnother, "proposalCreate")).containsExactly("companyId:NOT_ALLOWED");

		String draftId = create(companyA(), input());
		staff().op("company", "Suspend", Map.of("id", this.companyA, "reason", "調査中"));
		Response fromSuspended = companyA().op("proposal", "Submit", Map.of("id", draftId));
		assertThat(errors(fromSuspended, "proposalSubmit")).containsExactly("proposalId:WRONG_STATE");
		assertThat(status(draftId)).isEqualTo("DRAFT");
		// A suspended company can still withdraw what it has.
		step(companyA(), "Withdraw", "proposalWithdraw", draftId, "WITHDRAWN");

		assertThat(citizen().op("proposal", "Create", Map.of("input", input())).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(staff().op("proposal", "Create", Map.of("input", input())).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("proposal", "Create", Map.of("input", input())).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(this.mongo.getCollection("proposals").countDocuments()).isOne();
	}

	@Test
	void aRetriedCreationWithTheSameIdempotencyKeyReturnsTheFirstDraft() {
		String first = create(companyA(), input("idempotencyKey", "p-1"));
		String again = create(companyA(), input("idempotencyKey", "p-1"));
		assertThat(again).isEqualTo(first);
		assertThat(this.mongo.getCollection("proposals").countDocuments()).isOne();
	}

	@Test
	void staffShortlistSelectAfterTheThemeClosesAndFollowTheDemonstration() {
		String drafted = create(companyA(), input());
		Response shortlistDraft = staff().op("proposal", "Shortlist", Map.of("id", drafted));
		assertThat(errors(shortlistDraft, "proposalShortlist")).containsExactly("proposalId:NOT_FOUND");

		String chosen = submitted(companyA(), input());
		Response selectSubmitted = staff().op("proposal", "Select", Map.of("id", chosen));
		assertThat(errors(selectSubmitted, "proposalSelect")).containsExactly("proposalId:WRONG_STATE");
		step(staff(), "Shortlist", "proposalShortlist", chosen, "SHORTLISTED");
		Response shortlistTwice = staff().op("proposal", "Shortlist", Map.of("id", chosen));
		assertThat(errors(shortlistTwice, "proposalShortlist")).containsExactly("proposalId:WRONG_STATE");
		Response selectWhileOpen = staff().op("proposal", "Select", Map.of("id", chosen));
		assertThat(errors(selectWhileOpen, "proposalSelect")).containsExactly("proposalId:WRONG_STATE");
		assertThat(status(chosen)).isEqualTo("SHORTLISTED");

		String runnerUp = shortlisted(companyA(), staff(), input());
		String screenedOut = submitted(companyA(), input());
		this.themes.close(this.themes.reload(this.theme));
		Response selected = step(staff(), "Select", "proposalSelect", chosen, "SELECTED");
		assertThat(selected.data("proposalSelect", "proposal", "decidedAt").asString()).isNotBlank();
		assertThat(this.themes.reload(this.theme).getStatus()).isEqualTo(ThemeStatus.AWARDED);
		Response selectTwice = staff().op("proposal", "Select", Map.of("id", chosen));
		assertThat(errors(selectTwice, "proposalSelect")).containsExactly("proposalId:WRONG_STATE");

		Response noReason = staff().op("proposal", "Decline", Map.of("id", runnerUp, "reason", ""));
		assertThat(errors(noReason, "proposalDecline")).containsExactly("reason:REQUIRED");
		Response declined = step(staff(), "Decline", "proposalDecline", runnerUp, "NOT_SELECTED", "reason",
				"費用対効果で他案に及ばず");
		assertThat(declined.data("proposalDecline", "proposal", "decisionReason").asString()).isEqualTo("費用対効果で他案に及ばず");
		step(staff(), "Decline", "proposalDecline", screenedOut, "NOT_SELECTED", "reason", "要件を満たさない");
		Response selectDeclined = staff().op("proposal", "Select", Map.of("id", runnerUp));
		assertThat(errors(selectDeclined, "proposalSelect")).containsExactly("proposalId:WRONG_STATE");
		Response declineSelected = staff().op("proposal", "Decline", Map.of("id", chosen, "reason", "x"));
		assertThat(errors(declineSelected, "proposalDecline")).containsExactly("proposalId:WRONG_STATE");

		Response completeSelected = staff().op("proposal", "Complete", Map.of("id", chosen));
		assertThat(errors(completeSelected, "proposalComplete")).containsExactly("proposalId:WRONG_STATE");
		step(staff(), "Start", "proposalStart", chosen, "IN_PROGRESS");
		Response startTwice = staff().op("proposal", "Start", Map.of("id", chosen));
		assertThat(errors(startTwice, "proposalStart")).containsExactly("proposalId:WRONG_STATE");
		step(staff(), "Complete", "proposalComplete", chosen, "COMPLETED");
		Response completeTwice = staff().op("proposal", "Complete", Map.of("id", chosen));
		assertThat(errors(completeTwice, "proposalComplete")).containsExactly("proposalId:WRONG_STATE");
		Response startDeclined = staff().op("proposal", "Start", Map.of("id", runnerUp));
		assertThat(errors(startDeclined, "proposalStart")).containsExactly("proposalId:WRONG_STATE");
		assertThat(this.themes.reload(this.theme).getStatus()).isEqualTo(ThemeStatus.AWARDED);
	}

	@Test
	void aCompanyWithdrawsOnlyBeforeADecision() {
		step(companyA(), "Withdraw", "proposalWithdraw", create(companyA(), input()), "WITHDRAWN");
		Response withReason = step(companyA(), "Withdraw", "proposalWithdraw", submitted(companyA(), input()),
				"WITHDRAWN", "reason", "体制が整わないため");
		assertThat(withReason.data("proposalWithdraw", "proposal", "decisionReason").asString()).isEqualTo("体制が整わないため");
		String shortlisted = shortlisted(companyA(), staff(), input());
		String declined = shortlisted(companyA(), staff(), input());
		String selected = shortlisted(companyA(), staff(), input());
		step(companyA(), "Withdraw", "proposalWithdraw", shortlisted, "WITHDRAWN");
		Response withdrawTwice = companyA().op("proposal", "Withdraw", Map.of("id", shortlisted));
		assertThat(errors(withdrawTwice, "proposalWithdraw")).containsExactly("proposalId:WRONG_STATE");

		this.themes.close(this.themes.reload(this.theme));
		step(staff(), "Decline", "proposalDecline", declined, "NOT_SELECTED", "reason", "不採択");
		step(staff(), "Select", "proposalSelect", selected, "SELECTED");
		for (String decided : List.of(declined, selected)) {
			Response refused = companyA().op("proposal", "Withdraw", Map.of("id", decided));
			assertThat(errors(refused, "proposalWithdraw")).containsExactly("proposalId:WRONG_STATE");
		}
		assertThat(status(selected)).isEqualTo("SELECTED");
		// Withdrawn proposals do not count.
		assertThat(
				anonymous().op("proposal", "Theme", Map.of("id", this.themeId)).data("node", "proposalCount").asInt())
			.isEqualTo(2);
	}

	@Test
	void onlyStaffDecideAndOnlyTheProposingCompanyActsOnItsProposal() {
		String id = submitted(companyA(), input());
		for (Caller outsider : List.of(companyA(), citizen(), reporter())) {
			assertThat(outsider.op("proposal", "Shortlist", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
			assertThat(outsider.op("proposal", "Select", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
			assertThat(outsider.op("proposal", "Decline", Map.of("id", id, "reason", "x")).firstErrorCode())
				.isEqualTo("FORBIDDEN");
			assertThat(outsider.op("proposal", "Start", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
			assertThat(outsider.op("proposal", "Complete", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
		}
		assertThat(anonymous().op("proposal", "Shortlist", Map.of("id", id)).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(staff().op("proposal", "Withdraw", Map.of("id", id)).firstErrorCode()).isEqualTo("FORBIDDEN");
		Response otherCompany = companyB().op("proposal", "Withdraw", Map.of("id", id));
		assertThat(errors(otherCompany, "proposalWithdraw")).containsExactly("proposalId:NOT_FOUND");
		Response otherCompanyUpdate = companyB().op("proposal", "Update",
				Map.of("input", Map.of("proposalId", id, "title", "盗用")));
		assertThat(errors(otherCompanyUpdate, "proposalUpdate")).containsExactly("proposalId:NOT_FOUND");
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

}
