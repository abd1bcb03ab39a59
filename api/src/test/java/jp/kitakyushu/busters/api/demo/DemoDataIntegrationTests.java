package jp.kitakyushu.busters.api.demo;

import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data, loaded as {@code ./busters demo} loads it, reads through the API as the
 * demo accounts expect, and a second load adds nothing.
 */
@ActiveProfiles("demo")
class DemoDataIntegrationTests extends ApiIntegrationTest {

	private static final String HANAKO = "7a1f0c2e-1d5b-4c1a-9a01-000000000001";

	private static final String AKARI = "7a1f0c2e-1d5b-4c1a-9a01-000000000003";

	private static final String KENJI = "7a1f0c2e-1d5b-4c1a-9a01-000000000004";

	@Autowired
	DemoDataLoader loader;

	int inserted;

	@BeforeEach
	void loadDemoData() {
		this.inserted = this.loader.load();
	}

	@Test
	void aSecondLoadAddsNothing() {
		assertThat(this.inserted).isGreaterThan(100);
		long problems = this.mongo.getCollection("problems").countDocuments();
		long supports = this.mongo.getCollection("problem_supports").countDocuments();
		assertThat(this.loader.load()).isZero();
		assertThat(this.mongo.getCollection("problems").countDocuments()).isEqualTo(problems).isEqualTo(74);
		assertThat(this.mongo.getCollection("problem_supports").countDocuments()).isEqualTo(supports);
	}

	@Test
	void thePublicSeesPublishedProblemsWithPersonalDataMasked() {
		Response problems = anonymous().run("{ problems(first: 100) { totalCount nodes { title body status } } }");
		assertThat(problems.data("problems", "totalCount").asInt()).isEqualTo(63);
		assertThat(problems.raw()).doesNotContain("090-0000-3817").contains("［電話番号］");
		Response staff = staff().run("{ problems(first: 100) { totalCount } }");
		assertThat(staff.data("problems", "totalCount").asInt()).isEqualTo(74);
	}

	@Test
	void theCurationBoardGroupsTheDemosRetoldProblems() {
		// The demo has problems told again by other citizens in other words (a crossing's
		// short green light at Kurosaki, dog mess by the Murasaki river, a school road
		// without a pavement in Tobata): the board shows them as clusters, each holding
		// problems of one story only.
		List<List<String>> stories = List.of(
				List.of("黒崎駅前の横断歩道、青信号が短くて渡りきれない", "黒崎の駅前の信号、年寄りには短すぎる", "黒崎駅の前の交差点を渡るのが怖いという相談"),
				List.of("紫川沿いの散歩道に犬のふんが放置されている", "河川敷の遊歩道、フンを片付けない飼い主が多い"),
				List.of("小学校の通学路に歩道がなく、車が子どものすぐ横を通る", "通学路の細い道が朝は車の抜け道になっていて、子どもが危ない"));
		JsonNode clusters = staff().run("{ problemClusters(first: 100) { size problems { title } } }")
			.data("problemClusters");
		List<List<String>> grouped = new ArrayList<>();
		clusters.forEach((cluster) -> {
			if (cluster.path("size").asInt() > 1) {
				List<String> titles = new ArrayList<>();
				cluster.path("problems").forEach((problem) -> titles.add(problem.path("title").asString()));
				grouped.add(titles);
			}
		});
		assertThat(grouped).hasSizeGreaterThanOrEqualTo(stories.size());
		for (List<String> story : stories) {
			assertThat(grouped).anySatisfy((titles) -> assertThat(story).containsAll(titles));
		}
		for (List<String> titles : grouped) {
			assertThat(stories).anySatisfy((story) -> assertThat(story).containsAll(titles));
		}
	}

	@Test
	void hanakoFindsHerProblemsAndTheNewsThatThemesAdoptedThem() {
		Response mine = as(HANAKO, "citizen")
			.run("{ myProblems(first: 100) { totalCount } myNotifications { totalCount } }");
		assertThat(mine.data("myProblems", "totalCount").asInt()).isEqualTo(30);
		assertThat(mine.data("myNotifications", "totalCount").asInt()).isPositive();
	}

	@Test
	void themesShowTheirProblemsAndTheDraftStaysWithStaff() {
		Response themes = anonymous()
			.run("{ themes(first: 10) { totalCount nodes { title status problems { status } proposalCount } } }");
		assertThat(themes.data("themes", "totalCount").asInt()).isEqualTo(5);
		assertThat(themes.raw()).contains("\"OPEN\"", "\"CLOSED\"", "\"AWARDED\"").doesNotContain("\"DRAFT\"");
		assertThat(staff().run("{ themes(first: 10) { totalCount } }").data("themes", "totalCount").asInt())
			.isEqualTo(6);
	}

	@Test
	void competitorsReadOnlyTheirOwnProposals() {
		Response akari = as(AKARI, "company")
			.run("{ myProposals(first: 50) { totalCount nodes { approach } } myCompanies { totalCount } }");
		Response kenji = as(KENJI, "company").run("{ myProposals(first: 50) { totalCount nodes { approach } } }");
		assertThat(akari.data("myCompanies", "totalCount").asInt()).isOne();
		assertThat(akari.data("myProposals", "totalCount").asInt()).isPositive();
		assertThat(kenji.data("myProposals", "totalCount").asInt()).isPositive();
		akari.data("myProposals", "nodes")
			.forEach((proposal) -> assertThat(kenji.raw()).doesNotContain(proposal.path("approach").asString()));
	}

	@Test
	void theFundShowsContributionsAndTheFundedDemonstration() {
		Response fund = anonymous().run(
				"{ fund { contributed allocated disbursed available allocations { nodes { proposal { title status } } } } }");
		assertThat(fund.data("fund", "contributed").asLong()).isEqualTo(28_000_000);
		assertThat(fund.data("fund", "allocated").asLong()).isPositive();
		assertThat(fund.data("fund", "available").asLong())
			.isEqualTo(28_000_000 - fund.data("fund", "allocated").asLong());
		assertThat(fund.data("fund", "allocations", "nodes").get(0).path("proposal").path("status").asString())
			.isEqualTo("IN_PROGRESS");
	}

	@Test
	void theFundedDemonstrationsReportsAreSignedByTheCompanysManager() {
		Response staff = staff()
			.run("{ fund { allocations { nodes { proposal { outcome { reports { nodes { authorName } } } } } } } }");
		JsonNode reports = staff.data("fund", "allocations", "nodes")
			.get(0)
			.path("proposal")
			.path("outcome")
			.path("reports")
			.path("nodes");
		assertThat(reports).hasSize(3);
		reports.forEach((report) -> assertThat(report.path("authorName").asString()).isEqualTo("田中 あかり"));
	}

	@Test
	void everyImportedObjectHasAnAuditEntry() {
		Response audit = staff().run("{ auditEntries(filter: { actor: \"demo-import\" }) { totalCount } }");
		assertThat(audit.data("auditEntries", "totalCount").asInt()).isEqualTo(74 + 6 + 3 + 10);
	}

}
