package jp.kitakyushu.busters.api.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's milestones fall after the call closes (a demonstration is funded only once it
 * is selected) and within three years of it; a plan dated otherwise is refused with an
 * error on the milestone's date and nothing is written. A submitted plan accounts for the
 * whole requested amount.
 */
class ProposalPlanDatesIntegrationTests extends ApiIntegrationTest {

	@Test
	void milestonesBeforeTheDeadlineOrLongAfterItAreRefusedOnTheirDate() {
		Theme theme = new ThemeFixtures(this.mongo).open();
		String company = ProposalScenario.companyA(companyA(), staff());
		Instant closes = theme.getClosesAt();
		List<Map<String, Object>> plan = List.of(
				Map.of("title", "設置", "dueDate", closes.minus(Duration.ofDays(1)).toString(), "amount", 1_000_000),
				Map.of("title", "運用", "dueDate", closes.plus(Duration.ofDays(60)).toString(), "amount", 1_000_000),
				Map.of("title", "報告", "dueDate", closes.plus(Duration.ofDays(4 * 366)).toString(), "amount", 500_000));
		Response refused = companyA().op("proposal", "Create",
				Map.of("input", draft(themeId(theme), company, "milestones", plan)));
		JsonNode errors = refused.data("proposalCreate", "userErrors");
		assertThat(errors.size()).as(refused.raw()).isEqualTo(2);
		assertThat(errors.get(0).path("field").toString()).isEqualTo("[\"input\",\"milestones.0.dueDate\"]");
		assertThat(errors.get(0).path("code").asString()).isEqualTo("OUT_OF_RANGE");
		assertThat(errors.get(1).path("field").toString()).isEqualTo("[\"input\",\"milestones.2.dueDate\"]");
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Proposal.class)).isZero();

		Response created = companyA().op("proposal", "Create",
				Map.of("input", draft(themeId(theme), company, "milestones", plan.subList(1, 2))));
		assertThat(created.data("proposalCreate", "userErrors").isEmpty()).as(created.raw()).isTrue();
		String id = created.data("proposalCreate", "proposal", "id").asString();
		Response updated = companyA().op("proposal", "Update",
				Map.of("input", Map.of("proposalId", id, "milestones", plan.subList(0, 1))));
		assertThat(updated.data("proposalUpdate", "userErrors").get(0).path("code").asString())
			.isEqualTo("OUT_OF_RANGE");

		// The draft plans 1,000,000 of the 3,000,000 requested: submitting it is refused.
		Response submitted = companyA().op("proposal", "Submit", Map.of("id", id));
		JsonNode submitErrors = submitted.data("proposalSubmit", "userErrors");
		assertThat(submitErrors.size()).as(submitted.raw()).isOne();
		assertThat(submitErrors.get(0).path("field").toString()).isEqualTo("[\"input\",\"milestones\"]");
		assertThat(submitErrors.get(0).path("code").asString()).isEqualTo("INVALID");
	}

}
