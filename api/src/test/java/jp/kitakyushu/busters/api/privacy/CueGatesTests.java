package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scans that decide whether a cue pattern is tried: each must hold on every text its
 * pattern can match (the edges of the pattern's reach included), and fail on ordinary
 * text, or it would save nothing.
 */
class CueGatesTests {

	private static final List<String> INTRO_WORDS = List.of("です", "と申します", "といいます", "と言います", "でございます");

	@ParameterizedTest
	@ValueSource(strings = { "私は王 麗華です。", "渡辺 トミと申します", "林 アイウエオカです", "朴 大でございます",
			"林 \uD840\uDC0B\uD840\uDC0B\uD840\uDC0Bです", "王\u3000麗華といいます" })
	void seesASpacedSelfIntroductionWithinItsReach(String text) {
		assertThat(CueGates.hasWordAfterKanjiAndSpace(text, 2, 7, INTRO_WORDS)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "今日は晴れです。", "林 アイウエオカキです", "山田 です", "ゴミ 出しの日です", "" })
	void ignoresTextsWithoutOne(String text) {
		assertThat(CueGates.hasWordAfterKanjiAndSpace(text, 2, 7, INTRO_WORDS)).isFalse();
	}

	@Test
	void seesASignatureBeforeAClosingQuoteWithinItsReach() {
		assertThat(CueGates.hasKanjiAndSpaceBeforeClosingQuote("「よろしく。班長 新井」", 2, 9)).isTrue();
		assertThat(CueGates.hasKanjiAndSpaceBeforeClosingQuote("「班長 長谷川太郎」と", 2, 9)).isTrue();
		assertThat(CueGates.hasKanjiAndSpaceBeforeClosingQuote("「班長新井」", 2, 9)).isFalse();
		assertThat(CueGates.hasKanjiAndSpaceBeforeClosingQuote("「班長 」", 2, 9)).isFalse();
		assertThat(CueGates.hasKanjiAndSpaceBeforeClosingQuote("」班長 新井", 2, 9)).isFalse();
	}

	@Test
	void seesInitialsOnlyBetweenCapitals() {
		assertThat(CueGates.hasDottedCapitals("母 R.N")).isTrue();
		assertThat(CueGates.hasDottedCapitals("K.Tくん")).isTrue();
		assertThat(CueGates.hasDottedCapitals("2.5km先、Mr. Smith.")).isFalse();
		assertThat(CueGates.hasDottedCapitals(".A.")).isFalse();
	}

	@Test
	void seesACapitalRightAfterJapanese() {
		assertThat(CueGates.hasCapitalAfterJapanese("娘 Emma が")).isTrue();
		assertThat(CueGates.hasCapitalAfterJapanese("幹事Kenta")).isTrue();
		assertThat(CueGates.hasCapitalAfterJapanese("まご Lily")).isTrue();
		assertThat(CueGates.hasCapitalAfterJapanese("Emma が来た。 Emma")).isFalse();
		assertThat(CueGates.hasCapitalAfterJapanese("娘  Emma")).isFalse();
	}

	@Test
	void seesTwoCapitalsInARow() {
		assertThat(CueGates.hasTwoCapitals("WILLIAMS SARAH")).isTrue();
		assertThat(CueGates.hasTwoCapitals("名前 HARUTO K.")).isTrue();
		assertThat(CueGates.hasTwoCapitals("Sarah Williams of A B Co")).isFalse();
	}

	@Test
	void matchesLettersInAnyCase() {
		assertThat(CueGates.containsIgnoreCase("Date Of BIRTH: 1990", "birth")).isTrue();
		assertThat(CueGates.containsIgnoreCase("DoB 3/4", "dob")).isTrue();
		assertThat(CueGates.containsIgnoreCase("a berth at the dock", "birth")).isFalse();
		assertThat(CueGates.containsIgnoreCase("bir", "birth")).isFalse();
		assertThat(CueGates.containsAny("誕生日は", List.of("生年月日", "誕生日"))).isTrue();
		assertThat(CueGates.containsAny("生年", List.of("生年月日", "誕生日"))).isFalse();
	}

}
