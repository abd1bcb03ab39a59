package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.TestDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MatcherIntegrationTests extends MatcherFixture {

	@Override
	List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>(TestDocuments.civicProblems());
		documents.add(theme("t-waste", "高齢者のごみ出し支援", "一人暮らしの高齢者がごみを集積所まで運べない問題を、地域とテクノロジーで解決する。"));
		documents.add(theme("t-bus", "バス待ち環境の改善", "バス停の屋根やベンチ、運行情報の表示で、雨の日も安心して公共交通を使えるようにする。"));
		documents.add(theme("t-office", "窓口手続きのデジタル化", "区役所の窓口の待ち時間を減らし、オンライン申請を広げる。"));
		documents.add(linked("m1", "坂の上の集積所までごみを運ぶのが大変", "t-waste"));
		documents.add(linked("m2", "ゴミ袋が重くて出せない独居のお年寄り", "t-waste"));
		documents.add(SearchDocument.builder("c1", DocumentType.COMPANY, START)
			.title("株式会社ミライ交通")
			.text("バス停のデジタルサイネージと運行情報の配信システムを提供しています。")
			.build());
		documents.add(SearchDocument.builder("c2", DocumentType.COMPANY, START)
			.title("北九州クリーン")
			.text("廃棄物の収集運搬とリサイクル。")
			.build());
		documents.add(SearchDocument.builder("x1", DocumentType.PROPOSAL, START)
			.title("屋根付きスマートバス停")
			.text("太陽光で動く屋根付きバス停に、到着案内を表示する。")
			.attribute(SearchDocument.THEME_ID, "t-bus")
			.attribute("visibility", "RESTRICTED")
			.build());
		return documents;
	}

	private static SearchDocument theme(String id, String title, String text) {
		return SearchDocument.builder(id, DocumentType.THEME, START).title(title).text(text).status("OPEN").build();
	}

	private static SearchDocument linked(String id, String text, String themeId) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, START)
			.text(text)
			.attribute(SearchDocument.THEME_ID, themeId)
			.build();
	}

	@Test
	void proposalTextFindsItsThemeWithReasons() {
		List<Match> matches = this.matcher.themesFor("お年寄りのゴミ出しを見守りアプリと地域ボランティアで支援します", 3);
		assertThat(matches).isNotEmpty();
		Match best = matches.get(0);
		assertThat(best.id()).isEqualTo("t-waste");
		assertThat(best.type()).isEqualTo(DocumentType.THEME);
		assertThat(best.terms()).extracting(MatchedTerm::term).contains("ごみ", "高齢");
		assertThat(best.terms()).isSortedAccordingTo((a, b) -> Float.compare(b.contribution(), a.contribution()));
		assertThat(best.passages()).isNotEmpty();
		assertThat(best.passages().get(0).highlightedTexts()).contains("高齢者");
		assertThat(matches).extracting(Match::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
	}

	@Test
	void memberProblemsLiftTheirTheme() {
		// Only the members mention the slope; the theme text does not.
		List<Match> matches = this.matcher.themesFor("坂の上", 3);
		assertThat(matches).extracting(Match::id).first().isEqualTo("t-waste");
	}

	@Test
	void themeFindsCompaniesByCapabilities() {
		assertThat(this.matcher.companiesFor("t-bus", 2)).extracting(Match::id).first().isEqualTo("c1");
	}

	@Test
	void themeFindsProposalsWithinTheCallersFilters() {
		assertThat(this.matcher.proposalsFor("t-bus", 5)).extracting(Match::id).containsExactly("x1");
		MatchRequest publicOnly = MatchRequest.document("t-bus")
			.targets(DocumentType.PROPOSAL)
			.filter("visibility", "PUBLIC")
			.build();
		assertThat(this.matcher.match(publicOnly)).isEmpty();
	}

	@Test
	void similarProblemsExcludeTheSource() {
		List<Match> similar = this.matcher.similarProblemsTo("p1", 5);
		assertThat(similar).extracting(Match::id).doesNotContain("p1").contains("m2");
		assertThat(this.matcher.similarProblems("バス停に屋根がなくて雨に濡れる", 1)).extracting(Match::id).containsExactly("p2");
	}

	@Test
	void withoutEvidenceRanksAndScoresTheSame() {
		List<MatchRequest.Builder> requests = List.of(
				MatchRequest.text("バス停に屋根がなくて雨に濡れる").targets(DocumentType.PROBLEM),
				MatchRequest.document("p1").targets(DocumentType.PROBLEM),
				MatchRequest.text("お年寄りのゴミ出しを見守りアプリと地域ボランティアで支援します").targets(DocumentType.THEME),
				MatchRequest.document("t-bus").targets(DocumentType.COMPANY));
		for (MatchRequest.Builder request : requests) {
			List<Match> full = this.matcher.match(request.limit(5).build());
			List<Match> bare = this.matcher.match(request.limit(5).withoutEvidence().build());
			assertThat(full).isNotEmpty();
			assertThat(bare).extracting(Match::id, Match::type, Match::title, Match::score, Match::updatedAt)
				.containsExactlyElementsOf(full.stream()
					.map((m) -> tuple(m.id(), m.type(), m.title(), m.score(), m.updatedAt()))
					.toList());
			assertThat(bare).allSatisfy((match) -> {
				assertThat(match.terms()).isEmpty();
				assertThat(match.passages()).isEmpty();
			});
			assertThat(full.get(0).terms()).isNotEmpty();
		}
	}

	@Test
	void moreLikeThisWorksAcrossLanguagesOfTheSameWords() {
		MatchRequest request = MatchRequest.text("bus stop shelter for elderly people").limit(1).build();
		assertThat(this.matcher.match(request)).extracting(Match::id).containsExactly("p4");
	}

	@Test
	void rejectsBadRequests() {
		assertThatThrownBy(() -> this.matcher.similarProblemsTo("nope", 3)).isInstanceOf(InvalidQueryException.class)
			.extracting("code")
			.isEqualTo("NOT_FOUND");
		assertThatThrownBy(() -> this.matcher.themesFor(" ", 3)).isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> this.matcher.themesFor("ごみ", 0)).isInstanceOf(InvalidQueryException.class);
	}

	@Test
	void textWithNoKnownTermsMatchesNothing() {
		assertThat(this.matcher.themesFor("zzzz qqqq", 3)).isEmpty();
	}

	@Test
	void hugeTextIsCutNotRejected() {
		String huge = "高齢者のごみ出し。".repeat(5_000);
		assertThat(this.matcher.themesFor(huge, 1)).extracting(Match::id).containsExactly("t-waste");
	}

}
