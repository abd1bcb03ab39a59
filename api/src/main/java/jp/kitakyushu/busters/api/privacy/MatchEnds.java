package jp.kitakyushu.busters.api.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern matching right at an offset ends, for rules that extend a finding over
 * what follows it.
 */
final class MatchEnds {

	private MatchEnds() {
	}

	/**
	 * The end of the pattern's match starting exactly at {@code at}, or {@code at} when
	 * it does not match there.
	 * @param text the text
	 * @param at where the match must start
	 * @param pattern the pattern
	 * @return the match's end, or {@code at}
	 */
	static int after(String text, int at, Pattern pattern) {
		if (at >= text.length()) {
			return at;
		}
		Matcher matcher = pattern.matcher(text).region(at, text.length());
		return matcher.lookingAt() ? matcher.end() : at;
	}

}
