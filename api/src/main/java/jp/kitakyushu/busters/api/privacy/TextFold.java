package jp.kitakyushu.busters.api.privacy;

import java.text.Normalizer;

/**
 * Folds the many ways Japanese keyboards spell digits, letters, dashes and spaces onto
 * plain ASCII (and romaji's long vowels onto plain vowels), one char for one char, so
 * that detectors need only ASCII patterns and their offsets stay valid in the original
 * text.
 */
final class TextFold {

	private TextFold() {
	}

	static String fold(String text) {
		char[] out = text.toCharArray();
		for (int i = 0; i < out.length; i++) {
			out[i] = foldChar(text, i);
		}
		return new String(out);
	}

	private static char foldChar(String text, int i) {
		char c = text.charAt(i);
		if (c >= '\uFF01' && c <= '\uFF5E') {
			// Full-width ASCII block: ０-９, Ａ-Ｚ, ＠, －, （ and friends.
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F' -> ' ';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63' -> '-';
			case '\uFFE5' -> '\u00A5';
			// Macrons and circumflexes of Hepburn romaji (Yūko Ōishi, Shôji): the plain
			// vowel the name lists and patterns know.
			case '\u0101', '\u00E2' -> 'a';
			case '\u012B', '\u00EE' -> 'i';
			case '\u016B', '\u00FB' -> 'u';
			case '\u0113', '\u00EA' -> 'e';
			case '\u014D', '\u00F4' -> 'o';
			case '\u0100', '\u00C2' -> 'A';
			case '\u012A', '\u00CE' -> 'I';
			case '\u016A', '\u00DB' -> 'U';
			case '\u0112', '\u00CA' -> 'E';
			case '\u014C', '\u00D4' -> 'O';
			// Letters NFD leaves whole (Sørensen, Łukasz, Đặng): their plain letter, so
			// the
			// name patterns read them as any other Latin name.
			case '\u00F8' -> 'o';
			case '\u00D8' -> 'O';
			case '\u0142' -> 'l';
			case '\u0141' -> 'L';
			case '\u0111' -> 'd';
			case '\u0110' -> 'D';
			// The prolonged sound mark is what many people type for a dash between digits
			// (093ー123ー4567); elsewhere it belongs to a katakana word and must stay.
			case '\u30FC', '\uFF70' -> (isDigitAt(text, i - 1) || isDigitAt(text, i + 1)) ? '-' : c;
			default -> LatinLetters.plain(c);
		};
	}

	/**
	 * The plain letters of accented Latin ones (Tomás, Ayşe, Nguyễn), so names written
	 * with their accents meet the same lists and patterns; one char for one, as always.
	 */
	private static final class LatinLetters {

		private static final char[] LATIN = table('\u00C0', '\u024F');

		private static final char[] VIETNAMESE = table('\u1E00', '\u1EFF');

		static char plain(char c) {
			if (c >= '\u00C0' && c <= '\u024F') {
				return LATIN[c - '\u00C0'];
			}
			if (c >= '\u1E00' && c <= '\u1EFF') {
				return VIETNAMESE[c - '\u1E00'];
			}
			return c;
		}

		private static char[] table(char from, char to) {
			char[] base = new char[to - from + 1];
			for (char c = from; c <= to; c++) {
				String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
				char first = plain.charAt(0);
				boolean letter = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
				base[c - from] = (plain.length() > 1 && letter) ? first : c;
			}
			return base;
		}

	}

	private static boolean isDigitAt(String text, int i) {
		if (i < 0 || i >= text.length()) {
			return false;
		}
		char c = text.charAt(i);
		return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
	}

	/**
	 * Whether ASCII letters outnumber Japanese characters (from U+3040 on) more than
	 * {@code ratio} times in the text's first {@code limit} characters: an English post
	 * for rules that read English only.
	 */
	static boolean mostlyLatin(String text, int limit, int ratio) {
		int latin = 0;
		int other = 0;
		for (int i = 0; i < Math.min(text.length(), limit); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
				latin++;
			}
			else if (c >= '\u3040') {
				other++;
			}
		}
		return latin > ratio * other;
	}

	/**
	 * Whether the text contains any Japanese script, which decides the marker language.
	 */
	static boolean isJapanese(String text) {
		for (int i = 0; i < text.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
			if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
					|| script == Character.UnicodeScript.HAN) {
				return true;
			}
		}
		return false;
	}

}
