package jp.kitakyushu.busters.api.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of themes with their problems, the problems' supporters and the themes' proposal
 * counts costs no more MongoDB commands for 50 themes than for 5: every child field is
 * batch-loaded, and themes reached as nodes answer the same.
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

	@Test
	void themesReachedOtherwiseThanOnAPageAnswerAsOnOne() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		String company = ProposalScenario.companyA(companyA(), staff());
		List<String> themeIds = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Theme theme = themes.open();
			String id = citizen()
				.runNamed("problemSubmit",
						Map.of("input", Map.of("title", "課題 " + i, "body", "本文", "category", "OTHER", "ward", "MOJI")))
				.data("problemSubmit", "problem", "id")
				.asString();
			staff().op("problemModerate", "Publish", Map.of("id", id));
			theme.setSourceProblemIds(List.of(GlobalId.idOf(id, "Problem").orElseThrow()));
			this.mongo.save(theme);
			if (i == 0) {
				ProposalScenario.submitted(companyA(),
						ProposalScenario.draft(ProposalScenario.themeId(theme), company));
			}
			themeIds.add(ProposalScenario.themeId(theme));
		}
		JsonNode listed = citizenB().run("{ themes(first: 10) { nodes { id proposalCount problems { id title } } } }")
			.data("themes", "nodes");
		assertThat(listed.size()).isEqualTo(3);
		assertThat(listed).allSatisfy((theme) -> assertThat(theme.path("problems").size()).isOne());
		assertThat(listed).anySatisfy((theme) -> assertThat(theme.path("proposalCount").asInt()).isOne());

		// The same themes as nodes, on no page of themes: the same fields, batched across
		// the three.
		StringBuilder nodes = new StringBuilder("{");
		for (int i = 0; i < themeIds.size(); i++) {
			nodes.append(" t")
				.append(i)
				.append(": node(id: \"")
				.append(themeIds.get(i))
				.append("\") { ... on Theme { id proposalCount problems { id title } } }");
		}
		var response = citizenB().run(nodes.append(" }").toString());
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		for (JsonNode theme : listed) {
			assertThat(response.data("t" + themeIds.indexOf(theme.path("id").asString()))).isEqualTo(theme);
		}
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
