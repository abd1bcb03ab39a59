package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static jp.kitakyushu.busters.search.analysis.AnalysisTests.tokens;
import static org.assertj.core.api.Assertions.assertThat;

class PredicateAnalyzerTests {

	private final Analysis analysis = Analysis.get();

	@Test
	void keepsWhatIsWrongWithNegationsAsOneToken() throws IOException {
		assertThat(tokens(this.analysis.predicates(), "志井のバス停の時刻表が日焼けして読めない")).containsExactly("ヨメル[16,18]",
				"ない[18,20]");
		assertThat(tokens(this.analysis.predicates(), "志井の停留所、雨よけが何もない")).containsExactly("ない[13,15]");
		assertThat(tokens(this.analysis.predicates(), "手すりがなくて危ない")).containsExactly("ない[4,6]", "アブナイ[7,10]");
		assertThat(tokens(this.analysis.predicates(), "駐車場が満車で停められず困っている")).containsExactly("トメル[7,9]", "ない[11,12]");
	}

	@Test
	void spellingsOfOnePredicateMeetByReading() throws IOException {
		assertThat(tokens(this.analysis.predicates(), "雨にぬれる")).containsExactly("ヌレル[2,5]");
		assertThat(tokens(this.analysis.predicates(), "雨に濡れる")).containsExactly("ヌレル[2,5]");
	}

	@Test
	void titleDefectsAreTheNounsItsPredicatesAreAbout() {
		assertThat(this.analysis.titleDefects("志井のバス停に屋根がなく、雨の日は濡れながら待つしかない")).containsExactly("屋根");
		assertThat(this.analysis.titleDefects("志井のバス停の時刻表が日焼けして読めない")).containsExactly("時刻", "表");
		assertThat(this.analysis.titleDefects("小学校の通学路の横断歩道に信号がない")).containsExactly("信号");
		assertThat(this.analysis.titleDefects("響灘の風力発電の音が気になる")).isEmpty();
		assertThat(this.analysis.titleDefects("ごみステーションのカラス被害")).isEmpty();
		assertThat(this.analysis.titleDefects("No bench at the bus stop")).isEmpty();
		assertThat(this.analysis.titleDefects("")).isEmpty();
	}

	@Test
	void lightVerbsAndEnglishSayNothing() throws IOException {
		assertThat(tokens(this.analysis.predicates(), "対応してほしいと思います")).isEmpty();
		assertThat(tokens(this.analysis.predicates(), "The bus stop has no shelter")).isEmpty();
	}

}
