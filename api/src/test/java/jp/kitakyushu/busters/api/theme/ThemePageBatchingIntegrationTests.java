package jp.kitakyushu.busters.api.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of themes with their problems, the problems' supporters and the themes' proposal
 * counts costs no more MongoDB commands for 50 themes than for 5: every child field is
 * batch-loaded.
 */
class ThemePageBatchingIntegrationTests extends ApiIntegrationTest {

	private static final String PAGE = """
			query Page($first: Int) {
			  themes(first: $first) {
			    totalCount
			    nodes {
			      id title status proposalCount
			      problems { id title supporterCount supportedByMe themes { id } }
			    }
			  }
			}""";

	@Test
	void aPageOfFiftyThemesCostsNoMoreCommandsThanAPageOfFive() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		String company = ProposalScenario.companyA(companyA(), staff());
		for (int i = 0; i < 50; i++) {
			Theme theme = themes.open();
			List<String> problems = new ArrayList<>();
			for (int p = 0; p < 2; p++) {
				String id = citizen()
					.runNamed("problemSubmit",
							Map.of("input", Map.of("title", "課題 " + i + "-" + p, "body", "本文", "category", "OTHER",
									"ward", "MOJI")))
					.data("problemSubmit", "problem", "id")
					.asString();
				staff().op("problemModerate", "Publish", Map.of("id", id));
				citizenB().op("problemModerate", "Support", Map.of("id", id));
				problems.add(GlobalId.idOf(id, "Problem").orElseThrow());
			}
			theme.setSourceProblemIds(problems);
			this.mongo.save(theme);
			if (i % 5 == 0) {
				ProposalScenario.submitted(companyA(),
						ProposalScenario.draft(ProposalScenario.themeId(theme), company));
			}
		}

		List<String> five = commandsFor(5);
		List<String> fifty = commandsFor(50);
		// The second page may send fewer: the proposal counts are kept for a second.
		assertThat(fifty).as(String.join("\n", fifty)).hasSizeLessThanOrEqualTo(five.size());
		assertThat(five).as(String.join("\n", five)).hasSizeLessThanOrEqualTo(8);
	}

	private List<String> commandsFor(int pageSize) {
		this.mongoCommands.reset();
		var response = citizenB().run(PAGE, Map.of("first", pageSize));
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		assertThat(response.data("themes", "nodes").size()).isEqualTo(pageSize);
		assertThat(response.data("themes", "nodes").get(0).path("problems").size()).isEqualTo(2);
		return this.mongoCommands.commands();
	}

}
