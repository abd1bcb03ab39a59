package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Cheap scans that tell whether a text holds what a cue pattern cannot match without, so
 * that the regex, tried at every position, runs only on texts where it can match; each
 * test is a necessary condition of its pattern, never a sufficient one, so findings stay
 * those of the pattern alone.
 */
final class CueGates {

	private CueGates() {
	}

	/** Whether the text contains any of the words. */
	static boolean containsAny(String text, List<String> words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the text contains the word, ASCII letters matched in any case (a superset
	 * of what {@code (?i:word)} matches).
	 */
	static boolean containsIgnoreCase(String text, String word) {
		for (int at = 0; at + word.length() <= text.length(); at++) {
			if (text.regionMatches(true, at, word, 0, word.length())) {
				return true;
			}
		}
		return false;
	}

	/** Whether two ASCII capitals follow each other somewhere (WILLIAMS, HARUTO). */
	static boolean hasTwoCapitals(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (isUpper(text.charAt(i)) && isUpper(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a capital, a dot and a capital follow each other somewhere (K.T). */
	static boolean hasDottedCapitals(String text) {
		for (int dot = text.indexOf('.', 1); dot > 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
			if (isUpper(text.charAt(dot - 1)) && isUpper(text.charAt(dot + 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a capital follows a kanji or a hiragana, maybe after one space (娘 Emma,
	 * 幹事Kenta).
	 */
	static boolean hasCapitalAfterJapanese(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (!isUpper(text.charAt(i))) {
				continue;
			}
			int before = (text.charAt(i - 1) == ' ') ? i - 1 : i;
			if (before > 0 && (isHan(text.codePointBefore(before)) || isHiragana(text.charAt(before - 1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a space that a kanji precedes is followed, between {@code from} and
	 * {@code to} chars after it, by one of the words (王 麗華です).
	 */
	static boolean hasWordAfterKanjiAndSpace(String text, int from, int to, List<String> words) {
		for (int space = 1; space < text.length(); space++) {
			if (!isSpace(text.charAt(space)) || !isHan(text.codePointBefore(space))) {
				continue;
			}
			for (int at = space + from; at <= Math.min(space + to, text.length() - 1); at++) {
				if (NameContext.startsWithAny(text, at, words)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a space that a kanji precedes lies between {@code from} and {@code to}
	 * chars before a closing quote (「…班長 新井」).
	 */
	static boolean hasKanjiAndSpaceBeforeClosingQuote(String text, int from, int to) {
		for (int quote = text.indexOf('」'); quote >= 0; quote = text.indexOf('」', quote + 1)) {
			for (int space = Math.max(1, quote - to); space <= quote - from; space++) {
				if (isSpace(text.charAt(space)) && isHan(text.codePointBefore(space))) {
					return true;
				}
			}
		}
		return false;
	}

	/** What {@code \p{IsHan}} matches. */
	static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static boolean isHiragana(char c) {
		return c >= 'ぁ' && c <= 'ゖ';
	}

	/** A space as the patterns write it: ASCII or ideographic. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u3000';
	}

	private static boolean isUpper(char c) {
		return c >= 'A' && c <= 'Z';
	}

}
