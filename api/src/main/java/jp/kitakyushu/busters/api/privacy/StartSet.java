package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a pattern may start, tested char by char before the regex engine is asked: most
 * positions of a text can be ruled out for a few nanoseconds, where an attempted match
 * costs tens.
 */
@FunctionalInterface
interface StartSet {

	/** Letters that patterns treat as "kanji", including the iteration mark 々. */
	IntPredicate HAN = (c) -> (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
			|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == '々' || c == '〆' || c == '〇';

	IntPredicate KATAKANA = (c) -> (c >= 0x30A1 && c <= 0x30FA) || (c >= 0xFF66 && c <= 0xFF9D) || c == 'ー';

	IntPredicate HIRAGANA = (c) -> c >= 0x3041 && c <= 0x3096;

	IntPredicate DIGIT = (c) -> c >= '0' && c <= '9';

	IntPredicate LATIN = (c) -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

	IntPredicate UPPER = (c) -> c >= 'A' && c <= 'Z';

	boolean canStart(String text, int index);

	default StartSet or(StartSet other) {
		return (text, index) -> canStart(text, index) || other.canStart(text, index);
	}

	/** Any position whose char is one of these. */
	static StartSet anyOf(String chars) {
		return (text, index) -> chars.indexOf(text.charAt(index)) >= 0;
	}

	/** Any position whose char starts one of these words. */
	static StartSet firstCharsOf(List<String> words) {
		StringBuilder chars = new StringBuilder();
		words.forEach((word) -> chars.append(word.charAt(0)));
		return anyOf(chars.toString());
	}

	/** The first char of a run of chars of one class. */
	static StartSet runOf(IntPredicate type) {
		return (text, index) -> type.test(text.codePointAt(index))
				&& (index == 0 || !type.test(text.codePointBefore(index)));
	}

	/**
	 * The first char of a run of one class (single spaces may join runs) that is
	 * followed, within {@code maxLength} chars, by what {@code then} accepts: 山田太郎 before
	 * さん.
	 */
	static StartSet runThen(IntPredicate type, int maxLength, StartSet then) {
		StartSet runStart = runOf(type);
		return (text, index) -> {
			if (!runStart.canStart(text, index)) {
				return false;
			}
			int end = Math.min(text.length(), index + maxLength);
			int at = index;
			while (at < end) {
				int c = text.codePointAt(at);
				if (type.test(c)) {
					at += Character.charCount(c);
				}
				else if (c == ' ' && at + 1 < text.length() && type.test(text.codePointAt(at + 1))) {
					at++;
				}
				else {
					break;
				}
				// What follows may itself belong to the class (様, 先生 are kanji too).
				if (at < text.length() && then.canStart(text, at)) {
					return true;
				}
			}
			return false;
		};
	}

	/** Any position where one of these words begins. */
	static StartSet startsWith(String... words) {
		return (text, index) -> {
			for (String word : words) {
				if (text.startsWith(word, index)) {
					return true;
				}
			}
			return false;
		};
	}

	/** Any char of a class, wherever it is. */
	static StartSet where(IntPredicate type) {
		return (text, index) -> type.test(text.codePointAt(index));
	}

	/** Right after one of these chars, or at the start of the text. */
	static StartSet after(String chars) {
		return (text, index) -> index == 0 || chars.indexOf(text.charAt(index - 1)) >= 0;
	}

	default StartSet and(StartSet other) {
		return (text, index) -> canStart(text, index) && other.canStart(text, index);
	}

}
