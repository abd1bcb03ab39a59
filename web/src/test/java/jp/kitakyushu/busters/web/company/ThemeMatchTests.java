package jp.kitakyushu.busters.web.company;

import java.util.List;

import jp.kitakyushu.busters.web.company.ThemeMatch.MatchedTheme;
import jp.kitakyushu.busters.web.company.ThemeMatch.Term;
import jp.kitakyushu.busters.web.ui.Highlighted;
import jp.kitakyushu.busters.web.ui.Highlighted.Piece;
import jp.kitakyushu.busters.web.ui.Highlighted.Range;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a company reads of why a theme fits: terms and marks of more than one character,
 * and a plain statement when no word explains the match.
 */
class ThemeMatchTests {

	private static final MatchedTheme THEME = new MatchedTheme("VGhlbWU6MQ", "高齢者の見守り", "OPEN", true, 3_000_000L, null,
			null, null);

	@Test
	void singleCharacterTermsAndMarksAreNotShownAsReasons() {
		ThemeMatch match = new ThemeMatch(0.8, List.of(new Term("見", 0.5), new Term("見守り", 0.3), new Term("6", 0.1)),
				List.of(new Highlighted("見守りの見回り", List.of(new Range(0, 3), new Range(4, 5)))), THEME);
		assertThat(match.topTerms()).extracting(Term::term).containsExactly("見守り");
		assertThat(match.shownPassages().get(0).pieces()).containsExactly(new Piece("見守り", true),
				new Piece("の見回り", false));
		assertThat(match.withoutWords()).isFalse();
	}

	@Test
	void aMatchWithoutAWordWorthShowingSaysSo() {
		ThemeMatch onlySingles = new ThemeMatch(0.4, List.of(new Term("見", 0.5)),
				List.of(new Highlighted("見回り", List.of(new Range(0, 1)))), THEME);
		assertThat(onlySingles.withoutWords()).isTrue();
		assertThat(new ThemeMatch(0.4, List.of(), List.of(), THEME).withoutWords()).isTrue();
	}

}
