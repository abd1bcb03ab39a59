package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds number plates and individual numbers written digit by digit in kanji numerals
 * (北九州 五〇〇 あ 一二-三四, 一二三四 五六七八 九〇一二): the same detectors read a copy of the text with each
 * kanji digit turned into its ASCII digit, one char for one, so offsets stay valid.
 */
final class KanjiDigitNumbers {

	private static final String KANJI_DIGITS = "〇一二三四五六七八九";

	/** Fewer kanji digits than this cannot make a plate's last four and its class. */
	private static final int FEWEST = 6;

	private KanjiDigitNumbers() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		char[] digits = folded.toCharArray();
		int count = 0;
		for (int i = 0; i < digits.length; i++) {
			int value = KANJI_DIGITS.indexOf(digits[i]);
			// A digit inside a word stays a kanji: 北九州, 一部, 三萩野.
			if (value >= 0 && !wordChar(folded, i - 1) && !wordChar(folded, i + 1)) {
				digits[i] = (char) ('0' + value);
				count++;
			}
		}
		if (count < FEWEST) {
			return;
		}
		String asDigits = new String(digits);
		List<Finding> found = new ArrayList<>();
		new NumberPlateDetector().detect(asDigits, found);
		new MyNumberDetector().detect(asDigits, found);
		// An account number read out in kanji digits (普通 〇三八八一二七) is the same number.
		new BankAccountDetector().detect(asDigits, found);
		for (Finding finding : found) {
			if (hasKanjiDigit(folded, finding)) {
				candidates.add(finding);
			}
		}
	}

	/** A kanji other than a digit at an index, if the index is inside the text. */
	private static boolean wordChar(String folded, int at) {
		if (at < 0 || at >= folded.length()) {
			return false;
		}
		char c = folded.charAt(at);
		return KANJI_DIGITS.indexOf(c) < 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean hasKanjiDigit(String folded, Finding finding) {
		for (int i = finding.start(); i < finding.end(); i++) {
			if (KANJI_DIGITS.indexOf(folded.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

}
