package jp.kitakyushu.busters.search.match;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index terms shown as the texts write them.
 */
class WrittenWordsTests {

	@Test
	void addsTheLongVowelMarkOnlyWhereTheTextsMostlyWriteIt() {
		assertThat(WrittenWords.spelled("ロッカ", List.of("ロッカーが壊れた", "ロッカーの鍵"))).isEqualTo("ロッカー");
		assertThat(WrittenWords.spelled("コピ", List.of("コピー機", "コピ用紙", "コピ代"))).isEqualTo("コピ");
		assertThat(WrittenWords.spelled("鍵", List.of("鍵ー"))).isEqualTo("鍵");
	}

	@Test
	void joinsACompoundOnlyWhereItIsHowTheWordsAreMostlyWritten() {
		List<String> texts = List.of("更衣室が寒い", "教室の窓", "教室の扉", "職員室の前");
		// 室 stands in 教室 and 職員室 more often than in 更衣室: joining would hide them.
		assertThat(WrittenWords.of(List.of("更衣", "室", "窓"), texts, 5)).containsExactly("更衣", "室", "窓");
		assertThat(WrittenWords.of(List.of("窓", "室", "更衣"), List.of("更衣室が寒い", "更衣室の窓"), 2)).containsExactly("窓", "更衣室");
	}

	@Test
	void leavesEnglishWordsApart() {
		assertThat(WrittenWords.of(List.of("street", "light"), List.of("the streetlight is out"), 5))
			.containsExactly("street", "light");
	}

	@Test
	void leavesOutWordsWrittenOnlyWhereDataWasMasked() {
		List<String> texts = List.of("［氏名］さんの家の前の通学路", "通学路に歩道がない。連絡は［電話番号］、［氏名］", "Call [name] about the school road");
		assertThat(WrittenWords.of(List.of("氏名", "通学路", "電話", "name", "road"), texts, 5)).containsExactly("通学路",
				"road");
		// A word also written in the open stays.
		assertThat(WrittenWords.of(List.of("住所", "name"), List.of("住所の表示板が読めない［住所］", "the street name sign"), 5))
			.containsExactly("住所", "name");
	}

}
