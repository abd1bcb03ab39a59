package jp.kitakyushu.busters.api.demo;

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
		assertThat(this.mongo.getCollection("problems").countDocuments()).isEqualTo(problems).isEqualTo(67);
		assertThat(this.mongo.getCollection("problem_supports").countDocuments()).isEqualTo(supports);
	}

	@Test
	void thePublicSeesPublishedProblemsWithPersonalDataMasked() {
		Response problems = anonymous().run("{ problems(first: 100) { totalCount nodes { title body status } } }");
		assertThat(problems.data("problems", "totalCount").asInt()).isEqualTo(56);
		assertThat(problems.raw()).doesNotContain("090-0000-3817").contains("［電話番号］");
		Response staff = staff().run("{ problems(first: 100) { totalCount } }");
		assertThat(staff.data("problems", "totalCount").asInt()).isEqualTo(67);
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
		assertThat(audit.data("auditEntries", "totalCount").asInt()).isEqualTo(67 + 6 + 3 + 10);
	}

}
