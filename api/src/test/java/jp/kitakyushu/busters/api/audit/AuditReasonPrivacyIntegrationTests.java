package jp.kitakyushu.busters.api.audit;

import java.util.Map;

import jp.kitakyushu.busters.api.company.CompanyFixtures;
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
 * Reasons people type into the platform (a theme's cancellation, a company's suspension,
 * a proposal's decline or withdrawal, a fund reversal) reach the audit trail with the
 * citizen's name and phone number in them masked and every other word as written, while
 * the entity itself keeps the reason as written for those who may read it.
 */
class AuditReasonPrivacyIntegrationTests extends ApiIntegrationTest {

	private static final String NAME = "山本 健一";

	private static final String PHONE = "090-4417-2386";

	private static final String WORDS = "予算の見直しで継続できなくなったため";

	/** A reason as staff might write it: who complained, how to reach them, and why. */
	private static final String REASON = "近所の" + NAME + "さん（" + PHONE + "）からの苦情を受け、" + WORDS + "。";

	private static final String AUDIT = """
			query Audit($id: ID!) { auditEntries(first: 50, filter: { entity: $id }) { nodes { action change } } }""";

	@Test
	void aThemeCancellationReasonIsAuditedMasked() {
		String theme = themeId(new ThemeFixtures(this.mongo).open());
		Response cancelled = staff().op("themeMutations", "Cancel", Map.of("id", theme, "reason", REASON));
		assertThat(cancelled.data("themeCancel", "theme", "cancelReason").asString()).as(cancelled.raw())
			.isEqualTo(REASON);
		assertMasked(audited(theme, "theme.cancel").path("cancelReason"));
	}

	@Test
	void aCompanySuspensionReasonIsAuditedMasked() {
		String company = ProposalScenario.companyA(companyA(), staff());
		Response suspended = staff().op("company", "Suspend", Map.of("id", company, "reason", REASON));
		assertThat(suspended.data("companySuspend", "company", "status").asString()).as(suspended.raw())
			.isEqualTo("SUSPENDED");
		assertMasked(audited(company, "company.suspend").path("suspensionReason"));
	}

	@Test
	void aProposalDeclineReasonIsAuditedMasked() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String proposal = submitted(companyA(), draft(themeId(theme), ProposalScenario.companyA(companyA(), staff())));
		themes.close(themes.reload(theme));
		Response declined = step(staff(), "Decline", "proposalDecline", proposal, "NOT_SELECTED", "reason", REASON);
		assertThat(declined.data("proposalDecline", "proposal", "decisionReason").asString()).isEqualTo(REASON);
		assertMasked(audited(proposal, "proposal.decline").path("reason"));
	}

	@Test
	void aProposalWithdrawalReasonIsAuditedMasked() {
		Theme theme = new ThemeFixtures(this.mongo).open();
		String proposal = submitted(companyA(), draft(themeId(theme), ProposalScenario.companyA(companyA(), staff())));
		step(companyA(), "Withdraw", "proposalWithdraw", proposal, "WITHDRAWN", "reason", REASON);
		assertMasked(audited(proposal, "proposal.withdraw").path("reason"));
	}

	@Test
	void aFundReversalReasonIsAuditedMasked() {
		Response contributed = staff().op("fund", "Contribute",
				Map.of("input", Map.of("donor", "北九州ものづくり経営者の会", "amount", 100_000, "anonymous", false)));
		String contribution = contributed.data("fundContribute", "entry", "id").asString();
		assertThat(contribution).as(contributed.raw()).isNotBlank();
		Response reversed = staff().op("fund", "Reverse",
				Map.of("input", Map.of("entryId", contribution, "reason", REASON)));
		String reversal = reversed.data("fundReverse", "entry", "id").asString();
		assertThat(reversal).as(reversed.raw()).isNotBlank();
		assertMasked(audited(reversal, "fund.reversal").path("reason"));
	}

	/** The change of the entity's one audit entry with the given action. */
	private JsonNode audited(String entity, String action) {
		JsonNode entries = staff().run(AUDIT, Map.of("id", entity)).data("auditEntries", "nodes");
		return entries.valueStream()
			.filter((entry) -> action.equals(entry.path("action").asString()))
			.findFirst()
			.map((entry) -> entry.path("change"))
			.orElseThrow(() -> new AssertionError("No " + action + " entry for " + entity + " in " + entries));
	}

	private static void assertMasked(JsonNode reason) {
		assertThat(reason.isString()).as("the reason is audited: %s", reason).isTrue();
		assertThat(reason.asString()).isEqualTo("近所の［氏名］さん（［電話番号］）からの苦情を受け、" + WORDS + "。")
			.doesNotContain("山本")
			.doesNotContain("健一")
			.doesNotContain(PHONE);
	}

}
