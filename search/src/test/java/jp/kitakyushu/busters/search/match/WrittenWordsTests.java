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

}
