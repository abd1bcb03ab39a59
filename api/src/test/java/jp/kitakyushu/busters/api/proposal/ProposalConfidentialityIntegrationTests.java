package jp.kitakyushu.busters.api.proposal;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.MongoCommandCounter;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static jp.kitakyushu.busters.api.proposal.ProposalScenario.create;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.draft;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.shortlisted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.step;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.submitted;
import static jp.kitakyushu.busters.api.proposal.ProposalScenario.themeId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No company reads another's proposal, and the public reads only the masked title and
 * summary of selected ones, whichever way they ask: {@code node}, lists, or a theme's
 * proposals.
 */
class ProposalConfidentialityIntegrationTests extends ApiIntegrationTest {

	static final List<String> CONFIDENTIAL = List.of("approach", "requestedAmount", "milestones", "company",
			"decisionReason", "submittedAt", "createdAt", "updatedAt");

	@Autowired
	MongoCommandCounter commands;

	ThemeFixtures themes;

	Theme theme;

	String themeId;

	String submittedByA;

	String selectedByA;

	String draftByA;

	String submittedByB;

	@BeforeEach
	void proposalsOfTwoCompanies() {
		this.themes = new ThemeFixtures(this.mongo);
		this.theme = this.themes.open();
		this.themeId = themeId(this.theme);
		String companyA = ProposalScenario.companyA(companyA(), staff());
		String companyB = ProposalScenario.companyB(companyB(), staff());
		this.submittedByA = submitted(companyA(), draft(this.themeId, companyA));
		this.selectedByA = shortlisted(companyA(), staff(), draft(this.themeId, companyA, "title",
				"見守りごみ出し支援(担当 山田太郎さん)", "summary", "問い合わせは090-1234-5678まで。センサーで見守ります。"));
		this.draftByA = create(companyA(), draft(this.themeId, companyA));
		this.submittedByB = submitted(companyB(), draft(this.themeId, companyB, "approach", "B社の秘密の方式"));
		this.themes.close(this.themes.reload(this.theme));
		step(staff(), "Select", "proposalSelect", this.selectedByA, "SELECTED");
	}

	List<Caller> outsidersOfA() {
		return List.of(anonymous(), citizen(), companyB(), reporter());
	}

	static void assertPublicOnly(JsonNode proposal) {
		assertThat(proposal.path("confidential").asBoolean()).isFalse();
		assertThat(proposal.path("status").asString()).isEqualTo("SELECTED");
		assertThat(proposal.path("title").asString()).contains("見守りごみ出し支援");
		assertThat(proposal.path("summary").asString()).contains("センサーで見守ります").doesNotContain("090-1234-5678");
		assertThat(proposal.path("theme").path("title").asString()).isNotBlank();
		for (String field : CONFIDENTIAL) {
			assertThat(proposal.path(field).isNull()).as(field).isTrue();
		}
	}

	@Test
	void outsidersFetchOnlyASelectedProposalAndOnlyItsPublicFields() {
		for (Caller outsider : outsidersOfA()) {
			assertThat(outsider.op("proposal", "Node", Map.of("id", this.submittedByA)).data("node").isNull()).isTrue();
			assertThat(outsider.op("proposal", "Node", Map.of("id", this.draftByA)).data("node").isNull()).isTrue();
			assertPublicOnly(outsider.op("proposal", "Node", Map.of("id", this.selectedByA)).data("node"));
		}
		// Company B reads its own in full.
		JsonNode own = companyB().op("proposal", "Node", Map.of("id", this.submittedByB)).data("node");
		assertThat(own.path("confidential").asBoolean()).isTrue();
		assertThat(own.path("approach").asString()).isEqualTo("B社の秘密の方式");
		assertThat(companyA().op("proposal", "Node", Map.of("id", this.submittedByB)).data("node").isNull()).isTrue();
	}

	@Test
	void outsidersListOnlySelectedProposalsWithPublicFields() {
		for (Caller outsider : List.of(anonymous(), citizen(), reporter())) {
			JsonNode list = outsider.op("proposal", "List", Map.of()).data("proposals");
			assertThat(list.path("totalCount").asInt()).isOne();
			assertPublicOnly(list.path("nodes").get(0));
			JsonNode byTheme = outsider.op("proposal", "Theme", Map.of("id", this.themeId)).data("node");
			assertThat(byTheme.path("proposalCount").asInt()).isEqualTo(3);
			assertThat(byTheme.path("proposals").path("totalCount").asInt()).isOne();
			assertPublicOnly(byTheme.path("proposals").path("nodes").get(0));
		}
		// Company B sees its own proposal and A's selected one, nothing else of A's.
		JsonNode seenByB = companyB().op("proposal", "List", Map.of()).data("proposals");
		assertThat(seenByB.path("totalCount").asInt()).isEqualTo(2);
		for (JsonNode proposal : seenByB.path("nodes")) {
			if (proposal.path("id").asString().equals(this.selectedByA)) {
				assertPublicOnly(proposal);
			}
			else {
				assertThat(proposal.path("id").asString()).isEqualTo(this.submittedByB);
			}
		}
		JsonNode themeSeenByB = companyB().op("proposal", "Theme", Map.of("id", this.themeId))
			.data("node", "proposals");
		assertThat(themeSeenByB.path("totalCount").asInt()).isEqualTo(2);
		Response filteredByB = companyB().op("proposal", "List", Map.of("filter", Map.of("status", "SUBMITTED")));
		assertThat(filteredByB.data("proposals", "nodes").valueStream().map((p) -> p.path("id").asString()).toList())
			.containsExactly(this.submittedByB);
		assertThat(companyB().op("proposal", "Mine", Map.of()).data("myProposals", "totalCount").asInt()).isOne();
	}

	@Test
	void staffReadEverySubmittedProposalButNoDraft() {
		for (Caller reviewer : List.of(staff(), staffB())) {
			JsonNode submitted = reviewer.op("proposal", "Node", Map.of("id", this.submittedByA)).data("node");
			assertThat(submitted.path("confidential").asBoolean()).isTrue();
			assertThat(submitted.path("approach").asString()).contains("営業秘密");
			assertThat(submitted.path("company").path("name").asString()).isEqualTo("北九見守り株式会社");
			JsonNode selected = reviewer.op("proposal", "Node", Map.of("id", this.selectedByA)).data("node");
			assertThat(selected.path("title").asString()).contains("山田太郎");
			assertThat(selected.path("summary").asString()).contains("090-1234-5678");
			assertThat(reviewer.op("proposal", "Node", Map.of("id", this.draftByA)).data("node").isNull()).isTrue();
			assertThat(reviewer.op("proposal", "List", Map.of()).data("proposals", "totalCount").asInt()).isEqualTo(3);
			assertThat(reviewer.op("proposal", "Theme", Map.of("id", this.themeId))
				.data("node", "proposals", "totalCount")
				.asInt()).isEqualTo(3);
		}
	}

	@Test
	void membersReadAllTheirCompanysProposalsDraftsIncluded() {
		JsonNode list = companyA().op("proposal", "List", Map.of()).data("proposals");
		assertThat(list.path("totalCount").asInt()).isEqualTo(3);
		list.path("nodes").forEach((proposal) -> assertThat(proposal.path("confidential").asBoolean()).isTrue());
		assertThat(companyA().op("proposal", "Mine", Map.of()).data("myProposals", "totalCount").asInt()).isEqualTo(3);
		JsonNode draft = companyA().op("proposal", "Node", Map.of("id", this.draftByA)).data("node");
		assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.path("approach").asString()).contains("営業秘密");
	}

	@Test
	void aThemesProposalsArePagedAndBatchedAcrossThemes() {
		Response first = staff().op("proposal", "ThemePage", Map.of("id", this.themeId, "first", 2));
		JsonNode page = first.data("node", "proposals");
		assertThat(page.path("totalCount").asInt()).isEqualTo(3);
		assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		Response second = staff().op("proposal", "ThemePage",
				Map.of("id", this.themeId, "first", 2, "after", page.path("pageInfo").path("endCursor").asString()));
		assertThat(second.data("node", "proposals", "nodes").size()).isOne();
		assertThat(second.data("node", "proposals", "pageInfo", "hasNextPage").asBoolean()).isFalse();

		String companyA = companyA().op("company", "Mine", Map.of())
			.data("myCompanies", "nodes")
			.get(0)
			.path("id")
			.asString();
		for (int i = 0; i < 5; i++) {
			Theme other = this.themes.open();
			submitted(companyA(), draft(themeId(other), companyA));
			submitted(companyA(), draft(themeId(other), companyA));
		}
		this.commands.reset();
		Response many = staff().run("{ proposals(first: 50) { totalCount nodes { theme { id proposalCount"
				+ " proposals(first: 5) { totalCount nodes { id title company { id name } } } } } } }");
		assertThat(many.json().path("errors").isMissingNode()).as(many.raw()).isTrue();
		assertThat(many.data("proposals", "totalCount").asInt()).isEqualTo(13);
		// Counting and reading the list, then one aggregation for the counts and one
		// query for the proposals of all six themes; one query for the companies.
		assertThat(this.commands.count("proposals")).as(String.join("\n", this.commands.log())).isEqualTo(4);
		assertThat(this.commands.count("companies")).isEqualTo(1);
	}

}
