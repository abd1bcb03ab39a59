package jp.kitakyushu.busters.web.ui;

import java.util.List;

import jp.kitakyushu.busters.web.ui.Highlighted.Piece;
import jp.kitakyushu.busters.web.ui.Highlighted.Range;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marked ranges become plain and marked pieces, whatever the api sends.
 */
class HighlightedTests {

	@Test
	void cutsTheTextAtTheMarkedRanges() {
		Highlighted text = new Highlighted("バス停に屋根がない", List.of(new Range(4, 6), new Range(0, 2)));
		assertThat(text.pieces()).containsExactly(new Piece("バス", true), new Piece("停に", false), new Piece("屋根", true),
				new Piece("がない", false));
	}

	@Test
	void overlappingOrOutOfRangeMarksNeverBreakTheText() {
		Highlighted text = new Highlighted("<b>abc</b>", List.of(new Range(1, 4), new Range(2, 3), new Range(8, 99)));
		assertThat(String.join("", text.pieces().stream().map(Piece::text).toList())).isEqualTo("<b>abc</b>");
		assertThat(new Highlighted("", List.of(new Range(0, 3))).pieces()).isEmpty();
	}

	@Test
	void marksOfSingleCharactersCanBeLeftOutWithoutLosingText() {
		Highlighted text = new Highlighted("見守りの見回り", List.of(new Range(0, 3), new Range(3, 4), new Range(4, 5)));
		Highlighted shown = text.withoutMarksShorterThan(2);
		assertThat(shown.pieces()).containsExactly(new Piece("見守り", true), new Piece("の見回り", false));
		assertThat(shown.marked()).isTrue();
		assertThat(new Highlighted("の", List.of(new Range(0, 1))).withoutMarksShorterThan(2).marked()).isFalse();
		// Counted in code points: one supplementary character is one character.
		assertThat(new Highlighted("𠮷野", List.of(new Range(0, 2))).withoutMarksShorterThan(2).marked()).isFalse();
	}

}
