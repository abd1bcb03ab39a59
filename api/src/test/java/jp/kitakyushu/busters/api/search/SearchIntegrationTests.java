package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.company.CompanyFixtures;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.proposal.ProposalScenario;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search and matching through the API, on the real index on disk kept in step with the
 * store: Japanese text, facets and highlights, read-your-writes, and every visibility
 * rule holding in results and snippets alike.
 */
class SearchIntegrationTests extends ApiIntegrationTest {

	@Autowired
	IndexFollower follower;

	String published(Caller citizen, String title, String body, String ward, String category) {
		Map<String, Object> input = new HashMap<>(
				Map.of("title", title, "body", body, "ward", ward, "category", category));
		String id = citizen.runNamed("problemSubmit", Map.of("input", input))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", id));
		return id;
	}

	String submitted(Caller citizen, String title, String body) {
		return citizen
			.runNamed("problemSubmit",
					Map.of("input", Map.of("title", title, "body", body, "ward", "MOJI", "category", "OTHER")))
			.data("problemSubmit", "problem", "id")
			.asString();
	}

	Response search(Caller caller, String query, Object... more) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("query", query);
		for (int i = 0; i < more.length; i += 2) {
			variables.put((String) more[i], more[i + 1]);
		}
		return caller.op("search", "Search", variables);
	}

	static List<String> ids(Response response, String field) {
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		List<String> ids = new ArrayList<>();
		JsonNode list = field.equals("search") ? response.data("search", "nodes") : response.data(field);
		list.forEach((result) -> ids.add(result.path("node").path("id").asString()));
		return ids;
	}

	@Test
	void japaneseTextIsFoundByItsWordsWithHighlightsAndFacets() {
		String bus = published(citizen(), "バス停に屋根がない", "雨の日、高齢者がずぶ濡れでバスを待っています。", "KOKURA_MINAMI", "TRANSPORT");
		String garbage = published(citizen(), "ごみ出しが大変", "お年寄りが坂道をごみ袋を持って歩くのは危険です。", "YAHATA_HIGASHI", "ENVIRONMENT");

		// Written right before: found at once, without waiting for the follower.
		Response found = search(anonymous(), "バス 屋根");
		assertThat(ids(found, "search")).containsExactly(bus);
		assertThat(found.data("search", "nodes").get(0).path("title").path("html").asString()).contains("<mark>");

		// 高齢者 and お年寄り are synonyms: a search for one finds the other.
		assertThat(ids(search(anonymous(), "高齢者"), "search")).containsExactlyInAnyOrder(bus, garbage);
		Response facets = search(anonymous(), "高齢者");
		assertThat(facets.data("search", "facets", "ward").toString()).contains("KOKURA_MINAMI")
			.contains("YAHATA_HIGASHI");
		assertThat(ids(search(anonymous(), "高齢者", "filter", Map.of("ward", "YAHATA_HIGASHI")), "search"))
			.containsExactly(garbage);
		assertThat(ids(search(anonymous(), "高齢者", "types", List.of("THEME")), "search")).isEmpty();
	}

	@Test
	void unpublishedProblemsAreFoundOnlyByTheirAuthorAndStaff() {
		String hidden = submitted(citizen(), "公園の遊具が壊れている", "すべり台の手すりが外れています。");
		assertThat(ids(search(anonymous(), "すべり台"), "search")).isEmpty();
		assertThat(ids(search(citizenB(), "すべり台"), "search")).isEmpty();
		assertThat(ids(search(citizen(), "すべり台"), "search")).containsExactly(hidden);
		assertThat(ids(search(staff(), "すべり台"), "search")).containsExactly(hidden);
	}

	@Test
	void snippetsNeverShowMaskedPersonalData() {
		published(citizen(), "街灯が切れている", "連絡先は090-1234-5678、メールはhanako@example.jpです。街灯が夜に消えています。", "TOBATA",
				"DISASTER_SAFETY");
		for (String query : List.of("街灯", "090-1234-5678", "hanako@example.jp", "hanako", "5678")) {
			Response response = search(anonymous(), query);
			assertThat(response.raw()).doesNotContain("090-1234-5678").doesNotContain("hanako@example.jp");
		}
	}

	@Test
	void aProposalsConfidentialTextReachesOnlyItsCompanyAndStaff() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme theme = themes.open();
		String companyA = ProposalScenario.companyA(companyA(), staff());
		ProposalScenario.companyB(companyB(), staff());
		Map<String, Object> draft = ProposalScenario.draft(ProposalScenario.themeId(theme), companyA, "approach",
				"独自開発の振動検知アルゴリズムで斜面の崩落を予測します。", "title", "斜面見守りセンサー", "summary", "センサーで斜面を見守ります。");
		String proposal = ProposalScenario.shortlisted(companyA(), staff(), draft);

		assertThat(ids(search(companyA(), "振動検知アルゴリズム"), "search")).containsExactly(proposal);
		assertThat(ids(search(staff(), "振動検知アルゴリズム"), "search")).containsExactly(proposal);
		for (Caller outsider : List.of(companyB(), citizen(), anonymous(), reporter())) {
			Response response = search(outsider, "振動検知アルゴリズム");
			assertThat(ids(response, "search")).isEmpty();
			assertThat(ids(search(outsider, "斜面見守りセンサー", "types", List.of("PROPOSAL")), "search")).isEmpty();
		}

		themes.close(themes.reload(theme));
		ProposalScenario.step(staff(), "Select", "proposalSelect", proposal, "SELECTED");
		// Selected: its title and summary are public, its approach still is not.
		Response title = search(anonymous(), "斜面見守りセンサー", "types", List.of("PROPOSAL"));
		assertThat(ids(title, "search")).containsExactly(proposal);
		assertThat(title.raw()).doesNotContain("振動検知");
		assertThat(ids(search(companyB(), "振動検知アルゴリズム"), "search")).isEmpty();
		// The company reads both copies but gets its proposal once.
		assertThat(ids(search(companyA(), "斜面", "types", List.of("PROPOSAL")), "search")).containsExactly(proposal);
	}

	@Test
	void themesMatchAProposalTextAndSayWhy() {
		ThemeFixtures themes = new ThemeFixtures(this.mongo);
		Theme garbage = themes.open();
		garbage.setTitle("ごみ出しの負担を減らす");
		garbage.setDescription("高齢者のごみ出しと分別の負担を、地域と技術で減らす提案を募集します。");
		Theme disaster = themes.open();
		disaster.setTitle("大雨の避難情報を確実に届ける");
		disaster.setDescription("土砂災害の危険を早く知らせ、逃げ遅れをなくす提案を募集します。");
		this.mongo.save(garbage);
		this.mongo.save(disaster);
		this.follower.catchUp();

		Response match = companyA().op("search", "MatchThemes", Map.of("text", "ごみ置き場にセンサーを付け、分別の間違いと高齢者のごみ出しを見守ります。"));
		List<String> matched = ids(match, "matchThemes");
		assertThat(matched.get(0)).isEqualTo(GlobalId.encode("Theme", garbage.getId()));
		List<String> terms = new ArrayList<>();
		match.data("matchThemes").get(0).path("terms").forEach((term) -> terms.add(term.path("term").asString()));
		assertThat(terms).isNotEmpty().anyMatch((term) -> term.contains("ごみ") || term.contains("分別"));

		assertThat(citizen().op("search", "MatchThemes", Map.of("text", "ごみ")).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(anonymous().op("search", "MatchThemes", Map.of("text", "ごみ")).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void matchingFromAProposalNeedsTheRightToReadIt() {
		Theme theme = new ThemeFixtures(this.mongo).open();
		// Stored around the api, as another instance would: the follower brings it in.
		this.follower.catchUp();
		String companyA = ProposalScenario.companyA(companyA(), staff());
		ProposalScenario.companyB(companyB(), staff());
		String proposal = ProposalScenario.create(companyA(),
				ProposalScenario.draft(ProposalScenario.themeId(theme), companyA));
		assertThat(ids(companyA().op("search", "MatchThemes", Map.of("proposal", proposal)), "matchThemes"))
			.isNotEmpty();
		assertThat(companyB().op("search", "MatchThemes", Map.of("proposal", proposal)).firstErrorCode())
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void similarProblemsHelpAtIntakeAndSkipWhatTheCallerMayNotSee() {
		String shelter = published(citizen(), "バス停に屋根がほしい", "雨の日にバスを待つのがつらいです。屋根とベンチがほしい。", "MOJI", "TRANSPORT");
		published(citizen(), "公園のトイレが汚い", "公園のトイレの清掃回数を増やしてほしい。", "MOJI", "ENVIRONMENT");
		String unpublished = submitted(citizenB(), "バス停の屋根", "バス停に屋根がなく雨に濡れます。");

		Response atIntake = anonymous().op("search", "Similar", Map.of("text", "バスを待つ場所に屋根がなくて雨で濡れる"));
		List<String> similar = ids(atIntake, "similarProblems");
		assertThat(similar.get(0)).isEqualTo(shelter);
		assertThat(similar).doesNotContain(unpublished);

		Response duplicates = staff().op("search", "Similar", Map.of("problem", shelter));
		assertThat(ids(duplicates, "similarProblems")).contains(unpublished).doesNotContain(shelter);
		assertThat(anonymous().op("search", "Similar", Map.of("problem", unpublished)).firstErrorCode())
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void similarProblemsSayWhenTheSameProblemIsLikely() {
		String roof = published(citizen(), "志井のバス停に屋根がなく、雨の日は濡れながら待つしかない",
				"志井の県道沿いのバス停を通勤で使っています。屋根もベンチもないので、雨の日は傘をさしても足元がずぶ濡れになります。", "KOKURA_MINAMI", "TRANSPORT");
		published(citizen(), "志井のバス停の時刻表が日焼けして読めない", "志井のバス停の時刻表が色あせて、数字がほとんど読めません。何時のバスが来るのか分からず困っています。",
				"KOKURA_MINAMI", "TRANSPORT");

		JsonNode same = similar("志井の停留所、雨よけが何もないので雨の朝はびしょびしょになってバスを待っています。");
		assertThat(same.get(0).path("node").path("id").asString()).isEqualTo(roof);
		assertThat(same.get(0).path("sameProblemLikely").asBoolean()).as(same.toString()).isTrue();
		assertThat(same.get(0).path("score").asDouble()).isLessThanOrEqualTo(1.0);
		for (int i = 1; i < same.size(); i++) {
			assertThat(same.get(i).path("sameProblemLikely").asBoolean()).as(same.toString()).isFalse();
		}
		// The same stop with another defect is a new problem: no hint.
		JsonNode other = similar("志井のバス停のベンチが壊れていて座れない。板が割れている。");
		assertThat(other).isNotEmpty();
		other
			.forEach((match) -> assertThat(match.path("sameProblemLikely").asBoolean()).as(other.toString()).isFalse());
	}

	@Test
	void similarProblemsGiveASafeAnswerToTextsWithNothingToMatch() {
		published(citizen(), "バス停に屋根がほしい", "雨の日にバスを待つのがつらいです。屋根とベンチがほしい。", "MOJI", "TRANSPORT");
		for (String text : List.of("", "   ", "あ", "a", "その", "the of and", "สวัสดีครับ", "！？。、")) {
			JsonNode found = similar(text);
			found.forEach((match) -> assertThat(match.path("sameProblemLikely").asBoolean()).as(text).isFalse());
		}
		assertThat(similar("")).isEmpty();
		assertThat(anonymous().op("search", "Similar", Map.of("text", "", "first", 0)).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
	}

	private JsonNode similar(String text) {
		Response response = anonymous().op("search", "Similar", Map.of("text", text));
		assertThat(response.json().path("errors").isMissingNode()).as(text + ": " + response.raw()).isTrue();
		return response.data("similarProblems");
	}

	@Test
	void staffFindCompaniesAndProposalsForATheme() {
		Theme theme = new ThemeFixtures(this.mongo).open();
		theme.setTitle("斜面地の見守り");
		theme.setDescription("斜面地に住む高齢者の見守りと、空き家の見回りを支える技術を募集します。");
		this.mongo.save(theme);
		String sensing = CompanyFixtures.verified(companyA(), staff(), "斜面センシング株式会社", ProposalScenario.BASE_A);
		staff().run(
				"mutation($id: ID!) { companyUpdate(input: { companyId: $id, capabilities: \"IoTセンサーによる斜面と空き家の見守り\" }) { userErrors { code } } }",
				Map.of("id", sensing));
		companyA().run(
				"mutation($id: ID!) { companyUpdate(input: { companyId: $id, capabilities: \"IoTセンサーによる斜面と空き家の見守り\" }) { userErrors { code } } }",
				Map.of("id", sensing));
		CompanyFixtures.verified(companyB(), staff(), "観光アプリ株式会社", ProposalScenario.BASE_B);
		this.follower.catchUp();

		String themeId = GlobalId.encode("Theme", theme.getId());
		List<String> companies = ids(staff().op("search", "MatchCompanies", Map.of("theme", themeId)),
				"matchCompanies");
		assertThat(companies.get(0)).isEqualTo(sensing);
		assertThat(citizen().op("search", "MatchCompanies", Map.of("theme", themeId)).firstErrorCode())
			.isEqualTo("FORBIDDEN");

		String proposal = ProposalScenario.submitted(companyA(),
				ProposalScenario.draft(themeId, sensing, "title", "斜面と空き家の見守り", "summary", "センサーで斜面地の高齢者と空き家を見守ります。"));
		assertThat(ids(staff().op("search", "MatchProposals", Map.of("theme", themeId)), "matchProposals"))
			.contains(proposal);
		assertThat(companyA().op("search", "MatchProposals", Map.of("theme", themeId)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void badQueriesGetClearErrorsNeverInternalOnes() {
		assertThat(search(anonymous(), "").firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(search(anonymous(), "あ".repeat(10_001)).firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(search(anonymous(), "*").firstErrorCode()).isEqualTo("BAD_REQUEST");
		for (String broken : List.of("\"((バス AND", "title:[* TO", "~~~ ^^^ ???", "a*b*c*d*e*f*g*", "))) ((( \\")) {
			Response response = search(anonymous(), broken);
			assertThat(response.raw()).doesNotContain("INTERNAL").doesNotContain("Exception");
		}
		assertThat(anonymous().op("search", "Similar", Map.of()).firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(anonymous().op("search", "Similar", Map.of("text", "x".repeat(10_001))).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void changesWrittenOutsideTheApiArriveWithTheFollower() {
		String id = published(citizen(), "防犯カメラがほしい", "駅前の自転車置き場で盗難が続いています。", "KOKURA_KITA", "DISASTER_SAFETY");
		// Another api instance (or a job) adopts it, writing to the store directly: this
		// instance learns of it by following the store.
		Theme theme = new ThemeFixtures(this.mongo).open();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(GlobalId.idOf(id, "Problem").orElseThrow())),
				new Update().set("status", "ADOPTED")
					.addToSet("themeIds", theme.getId())
					.set("updatedAt", Instant.now())
					.inc("version", 1),
				Problem.class);
		assertThat(ids(search(anonymous(), "自転車 盗難", "filter", Map.of("status", "ADOPTED")), "search")).isEmpty();
		assertThat(this.follower.catchUp()).isPositive();
		Response response = search(anonymous(), "自転車 盗難", "filter", Map.of("status", "ADOPTED"));
		assertThat(ids(response, "search")).containsExactly(id);
		// What the index already holds is not written again.
		assertThat(this.follower.catchUp()).isZero();
	}

}
