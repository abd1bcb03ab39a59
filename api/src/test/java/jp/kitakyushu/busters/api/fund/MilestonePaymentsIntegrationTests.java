package jp.kitakyushu.busters.api.fund;

import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
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
 * Staff see, per milestone of a funded proposal, what was planned, paid (net of
 * reversals) and still outstanding; nobody else sees a proposal's plan through the fund.
 */
class MilestonePaymentsIntegrationTests extends ApiIntegrationTest {

	private static final String ALLOCATIONS = """
			query Allocations {
			  fund { allocations { nodes { amount disbursed
			    milestones { title dueDate amount disbursed outstanding } } } }
			}""";

	String selected;

	@BeforeEach
	void fundedProposal() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String company = ProposalScenario.companyA(companyA(), staff());
		this.selected = shortlisted(companyA(), staff(), draft(themeId(theme), company));
		themes.close(themes.reload(theme));
		step(staff(), "Select", "proposalSelect", this.selected, "SELECTED");
		staff().op("fund", "Contribute", Map.of("input", Map.of("donor", "A", "amount", 10_000_000)));
		staff().op("fund", "Allocate", Map.of("input", Map.of("proposalId", this.selected, "amount", 3_000_000)));
	}

	@Test
	void eachMilestoneShowsWhatWasPaidNetOfReversals() {
		disburse(400_000, "センサー設置");
		String mistaken = disburse(250_000, "センサー設置");
		disburse(500_000, "実証運用と報告");
		staff().op("fund", "Reverse", Map.of("input", Map.of("entryId", mistaken, "reason", "二重払い")));

		JsonNode milestones = staff().run(ALLOCATIONS).data("fund", "allocations", "nodes").get(0).path("milestones");
		assertThat(milestones).hasSize(2);
		assertThat(milestones.get(0).path("title").asString()).isEqualTo("センサー設置");
		assertThat(milestones.get(0).path("amount").asLong()).isEqualTo(1_000_000);
		assertThat(milestones.get(0).path("disbursed").asLong()).isEqualTo(400_000);
		assertThat(milestones.get(0).path("outstanding").asLong()).isEqualTo(600_000);
		assertThat(milestones.get(1).path("disbursed").asLong()).isEqualTo(500_000);
		assertThat(milestones.get(1).path("outstanding").asLong()).isEqualTo(1_500_000);
		assertThat(milestones.get(1).path("dueDate").asString()).startsWith("2028-03-30T15:00");
	}

	@Test
	void onlyStaffSeeTheMilestones() {
		for (Caller caller : new Caller[] { anonymous(), citizen(), companyA(), reporter() }) {
			JsonNode allocation = caller.run(ALLOCATIONS).data("fund", "allocations", "nodes").get(0);
			assertThat(allocation.path("amount").asLong()).isEqualTo(3_000_000);
			assertThat(allocation.path("milestones").isNull()).isTrue();
		}
	}

	private String disburse(long amount, String milestone) {
		return staff()
			.op("fund", "Disburse",
					Map.of("input", Map.of("proposalId", this.selected, "amount", amount, "milestone", milestone)))
			.data("fundDisburse", "entry", "id")
			.asString();
	}

}
