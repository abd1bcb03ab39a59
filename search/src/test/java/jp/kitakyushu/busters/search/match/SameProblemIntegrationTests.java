package jp.kitakyushu.busters.search.match;

import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Is this your problem?" on an index on disk: the same problem in other words comes
 * first, with a probability; the same topic with another defect, or the same defect in
 * another place, comes after it; bad input is answered safely.
 */
class SameProblemIntegrationTests extends MatcherFixture {

	@Override
	List<SearchDocument> documents() {
		return List.of(problem("roof", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 1),
				problem("timetable", TIMETABLE_TITLE, TIMETABLE_TEXT, KOKURA_MINAMI, 2),
				problem("roof-elsewhere", "黒崎駅前のバス停に屋根がない", "八幡西区黒崎の駅前のバス停は屋根がなく、雨の日に高齢者が濡れて待っています。", "YAHATA_NISHI",
						3),
				problem("garbage", "ごみステーションのカラス被害", "若松区の住宅地のごみステーションで、カラスが袋を破ってごみが散らかります。", "WAKAMATSU", 4),
				problem("toilet", "No public toilet near Kokura Castle",
						"There are very few public restrooms around Kokura Castle, and they close early in the evening.",
						"KOKURA_KITA", 5),
				problem("castle-buses", "Tour buses crowd the road by Kokura Castle",
						"Tour buses park along the road next to Kokura Castle and block the traffic.", "KOKURA_KITA",
						6));
	}

	@Test
	void theSameProblemInOtherWordsComesFirstWithAHintWorthyProbability() {
		List<Match> found = this.matcher.similarProblems(ROOF_IN_OTHER_WORDS, 5);
		assertThat(found).extracting(Match::id).startsWith("roof");
		assertThat(found.get(0).score()).isBetween(this.matcher.hintThreshold(), 1f);
		// The same stop with another defect, and the same defect at another stop, come
		// after and are no hint.
		assertThat(found).extracting(Match::id).contains("timetable", "roof-elsewhere");
		assertThat(found.subList(1, found.size()))
			.allSatisfy((match) -> assertThat(match.score()).isLessThan(this.matcher.hintThreshold()));
		assertThat(found.get(0).terms()).extracting(MatchedTerm::term).contains("屋根");
	}

	@Test
	void englishFindsItsOriginalThroughSynonyms() {
		List<Match> found = this.matcher.similarProblems("Hard to find a restroom around Kokura castle", 3);
		assertThat(found).extracting(Match::id).startsWith("toilet");
		assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
	}

	@Test
	void aNewProblemOnTheSameTopicGetsNoHint() {
		List<Match> found = this.matcher.similarProblems("志井のバス停のベンチが壊れていて座れない。板が割れている。", 5);
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).score()).isLessThan(this.matcher.hintThreshold());
	}

	@Test
	void scoresAreTheModelsProbabilityOfItsFeatures() {
		List<SameProblemCandidate> candidates = this.matcher
			.sameProblemCandidates(MatchRequest.text("志井のバス停に雨よけがない").targets(DocumentType.PROBLEM).limit(3).build());
		assertThat(candidates).isNotEmpty().allSatisfy((candidate) -> {
			assertThat(candidate.features()).hasSize(SameProblemModel.FEATURES.size());
			assertThat(candidate.sameness()).isEqualTo(SameProblemModel.defaults().probability(candidate.features()));
		});
		assertThat(candidates).extracting(SameProblemCandidate::sameness)
			.isSortedAccordingTo((a, b) -> Float.compare(b, a));
	}

	@Test
	void textsWithoutWordsTheIndexKnowsFindNothingAndNeverFail() {
		for (String text : List.of("その", "あ", "a", "the of and", "สวัสดีครับ", "مرحبا بكم", "！？。、", "1", "ーーー")) {
			assertThat(this.matcher.similarProblems(text, 5)).as(text).isEmpty();
		}
		assertThatThrownBy(() -> this.matcher.similarProblems("  ", 5)).isInstanceOf(InvalidQueryException.class)
			.extracting((ex) -> ((InvalidQueryException) ex).code())
			.isEqualTo("EMPTY");
	}

}
