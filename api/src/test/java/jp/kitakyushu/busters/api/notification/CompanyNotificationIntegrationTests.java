package jp.kitakyushu.busters.api.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.submitted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every member of a proposing company hears what staff decided about its proposals
 * (shortlisted, selected, declined with the reason) and when the fund paid for a
 * milestone; members of other companies hear nothing of it.
 */
class CompanyNotificationIntegrationTests extends ApiIntegrationTest {

	@Test
	void everyMemberHearsOfDecisionsAndPayments() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		String code = companyA().op("company", "Invite", Map.of("id", company))
			.data("companyInviteMember", "invitation", "code")
			.asString();
		Caller colleague = as("company-a-colleague", "company");
		colleague.op("company", "Join", Map.of("code", code));

		String chosen = submitted(companyA(), draft(themeId(theme), company));
		String declined = submitted(companyA(), draft(themeId(theme), company, "title", "別の案"));
		step(staff(), "Shortlist", "proposalShortlist", chosen, "SHORTLISTED");
		Response decline = staff().op("proposal", "Decline", Map.of("id", declined, "reason", "費用対効果が見込めないため"));
		assertThat(decline.data("proposalDecline", "userErrors").isEmpty()).as(decline.raw()).isTrue();
		themes.close(themes.reload(theme));
		step(staff(), "Select", "proposalSelect", chosen, "SELECTED");
		staff().op("fund", "Contribute", Map.of("input", Map.of("donor", "基金", "amount", 5_000_000)));
		staff().op("fund", "Allocate", Map.of("input", Map.of("proposalId", chosen, "amount", 3_000_000)));
		staff().op("fund", "Disburse",
				Map.of("input", Map.of("proposalId", chosen, "amount", 700_000, "milestone", "センサー設置")));

		for (Caller member : List.of(companyA(), colleague)) {
			JsonNode notices = member.op("companyFollowUp", "Notices", Map.of()).data("myNotifications", "nodes");
			List<String> kinds = new ArrayList<>();
			notices.forEach((notice) -> kinds.add(notice.path("kind").asString()));
			assertThat(kinds).containsExactlyInAnyOrder("PROPOSAL_SHORTLISTED", "PROPOSAL_DECLINED",
					"PROPOSAL_SELECTED", "PAYMENT_MADE");
			for (JsonNode notice : notices) {
				assertThat(notice.path("theme").path("id").asString()).isEqualTo(themeId(theme));
				switch (notice.path("kind").asString()) {
					case "PAYMENT_MADE" -> {
						assertThat(notice.path("amount").asLong()).isEqualTo(700_000);
						assertThat(notice.path("milestone").asString()).isEqualTo("センサー設置");
						assertThat(notice.path("proposal").path("id").asString()).isEqualTo(chosen);
					}
					case "PROPOSAL_DECLINED" -> assertThat(notice.path("proposal").path("decisionReason").asString())
						.isEqualTo("費用対効果が見込めないため");
					default -> assertThat(notice.path("proposal").path("id").asString()).isEqualTo(chosen);
				}
			}
		}
		assertThat(companyB().op("companyFollowUp", "Notices", Map.of()).data("myNotifications", "totalCount").asInt())
			.isZero();
	}

}
