package jp.kitakyushu.busters.api.fund;

import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Proposal.funding}: the proposing company reads what the fund allocated and paid
 * per milestone of its plan, reversals taken into account; no one else but staff does.
 */
class ProposalFundingIntegrationTests extends ApiIntegrationTest {

	String selected;

	@BeforeEach
	void selectedProposal() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		this.selected = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		themes.close(themes.reload(theme));
		step(staff(), "Select", "proposalSelect", this.selected, "SELECTED");
		staff().op("fund", "Contribute", Map.of("input", Map.of("donor", "北九州の経営者の会", "amount", 10_000_000)));
	}

	@Test
	void theCompanyReadsItsAllocationAndWhatWasPaidPerMilestone() {
		assertThat(funding(companyA())).as("nothing allocated yet").isNull();
		staff().op("fund", "Allocate", Map.of("input", Map.of("proposalId", this.selected, "amount", 2_500_000)));
		disburse(600_000, "センサー設置");
		String mistake = disburse(100_000, "センサー設置");
		disburse(400_000, "実証運用と報告");
		Response reversed = staff().op("fund", "Reverse",
				Map.of("input", Map.of("entryId", mistake, "reason", "二重計上")));
		assertThat(reversed.data("fundReverse", "userErrors").isEmpty()).as(reversed.raw()).isTrue();

		JsonNode funding = funding(companyA());
		assertThat(funding.path("allocated").asLong()).isEqualTo(2_500_000);
		assertThat(funding.path("disbursed").asLong()).isEqualTo(1_000_000);
		assertThat(funding.path("remaining").asLong()).isEqualTo(1_500_000);
		JsonNode first = funding.path("milestones").get(0);
		assertThat(first.path("milestone").asString()).isEqualTo("センサー設置");
		assertThat(first.path("planned").asLong()).isEqualTo(1_000_000);
		assertThat(first.path("paid").asLong()).isEqualTo(600_000);
		assertThat(first.path("lastPaidAt").isNull()).isFalse();
		JsonNode second = funding.path("milestones").get(1);
		assertThat(second.path("milestone").asString()).isEqualTo("実証運用と報告");
		assertThat(second.path("paid").asLong()).isEqualTo(400_000);
		assertThat(funding.path("milestones").size()).isEqualTo(2);

		assertThat(funding(staff()).path("disbursed").asLong()).isEqualTo(1_000_000);
		// The public reads the selected proposal's title and summary, never its money.
		assertThat(funding(anonymous())).isNull();
		assertThat(funding(companyB())).isNull();
		assertThat(funding(citizen())).isNull();
	}

	private String disburse(long amount, String milestone) {
		Response paid = staff().op("fund", "Disburse",
				Map.of("input", Map.of("proposalId", this.selected, "amount", amount, "milestone", milestone)));
		assertThat(paid.data("fundDisburse", "userErrors").isEmpty()).as(paid.raw()).isTrue();
		return paid.data("fundDisburse", "entry", "id").asString();
	}

	private JsonNode funding(Caller caller) {
		Response response = caller.op("companyFollowUp", "Funding", Map.of("id", this.selected));
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		JsonNode funding = response.data("node", "funding");
		return funding.isNull() ? null : funding;
	}

}
