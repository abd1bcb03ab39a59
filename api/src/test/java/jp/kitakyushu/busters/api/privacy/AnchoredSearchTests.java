package jp.kitakyushu.busters.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The anchored search gives exactly the matches a plain find() loop gives. */
class AnchoredSearchTests {

	/**
	 * A letter run before X, then a digit, not after a digit: X is every match's anchor.
	 */
	private static final Pattern LETTERS_X_DIGIT = Pattern.compile("(?<![0-9])[a-z]{0,6}X[0-9]");

	@Test
	void findsWhatFindFindsOnRandomTexts() {
		Random random = new Random(34);
		for (int round = 0; round < 2_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 60; i++) {
				text.append("abcX12 ".charAt(random.nextInt(7)));
			}
			String s = text.toString();
			assertThat(anchored(s, 6)).as(s).isEqualTo(plain(s));
		}
	}

	@Test
	void aLookBehindStillSeesTheTextBeforeTheWindow() {
		// The window for the first X starts at its "a"; the 7 before it must still forbid
		// a match there (with opaque bounds the search would return "abX1").
		String s = "7abX1 cX2";
		assertThat(anchored(s, 2)).isEqualTo(plain(s)).containsExactly("bX1", "cX2");
	}

	@Test
	void aTooShortReachBeforeTheAnchorCutsTheMatch() {
		// The contract: maxBefore must cover the longest distance to the anchor.
		assertThat(plain("abcdX1")).containsExactly("abcdX1");
		assertThat(anchored("abcdX1", 2)).containsExactly("cdX1");
	}

	private static List<String> anchored(String s, int maxBefore) {
		List<String> found = new ArrayList<>();
		AnchoredSearch.forEach(LETTERS_X_DIGIT, s, (text, at) -> text.charAt(at) == 'X', maxBefore,
				(matcher) -> found.add(matcher.group()));
		return found;
	}

	private static List<String> plain(String s) {
		List<String> found = new ArrayList<>();
		Matcher matcher = LETTERS_X_DIGIT.matcher(s);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
