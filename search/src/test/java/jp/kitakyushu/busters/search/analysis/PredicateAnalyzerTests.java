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
	void lightVerbsAndEnglishSayNothing() throws IOException {
		assertThat(tokens(this.analysis.predicates(), "対応してほしいと思います")).isEmpty();
		assertThat(tokens(this.analysis.predicates(), "The bus stop has no shelter")).isEmpty();
	}

}
