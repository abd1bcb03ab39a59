package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers written with the letter o for zero (o9o-1111-22oo) and phones in
 * kanji numerals whose groups a ・ or a dash separates (〇九〇・一二三四・五六七八).
 *
 * <p>
 * Both are phones the digit patterns cannot read: one because some of its digits are
 * letters, the other because its groups are kanji. The lettered one must read as a
 * Japanese phone once each o is a zero; the kanji one needs a leading 〇 or a phone word
 * before it, since a phone's shape alone, without the 0, could be another count.
 */
final class LetteredPhones {

	/** Three groups of digits and letters o, dash-separated, the first one a zero. */
	private static final Pattern LETTERED = Pattern
		.compile("(?<![A-Za-z0-9])(?<v>[0oO][0-9oO]{1,4}[-. ][0-9oO]{1,4}[-. ][0-9oO]{3,4})(?![A-Za-z0-9])");

	/** Three groups of kanji digits joined by ・ or a dash. */
	private static final Pattern KANJI_GROUPS = Pattern.compile("(?<![〇一二三四五六七八九十])(?<v>[〇一二三四五六七八九]{2,4}"
			+ "[・･\\-ー][〇一二三四五六七八九]{2,4}[・･\\-ー][〇一二三四五六七八九]{4})(?![〇一二三四五六七八九十百千万])");

	/** A word that says a phone number follows, some way before it. */
	private static final Pattern PHONE_WORD = Pattern.compile("電話|でんわ|携帯|TEL|Tel|tel|連絡");

	private LetteredPhones() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (PatternRule.digitCount(folded) >= 4 && letterBesideDigit(folded)) {
			Matcher lettered = LETTERED.matcher(folded);
			while (lettered.find()) {
				if (phoneOnceZeroed(lettered.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PHONE, lettered));
				}
			}
		}
		if (folded.indexOf('・') >= 0 || folded.indexOf('ー') >= 0 || folded.indexOf('-') >= 0) {
			Matcher kanji = KANJI_GROUPS.matcher(folded);
			while (kanji.find()) {
				String digits = kanji.group("v").replaceAll("[^〇一二三四五六七八九]", "");
				boolean cued = digits.charAt(0) == '〇'
						|| PHONE_WORD.matcher(folded).region(Math.max(0, kanji.start() - 30), kanji.start()).find();
				if (digits.length() >= 10 && digits.length() <= 11 && cued) {
					candidates.add(Found.value(PersonalDataKind.PHONE, kanji));
				}
			}
		}
	}

	/** Cheap look-up before the pattern runs: an o or O beside a digit. */
	private static boolean letterBesideDigit(String folded) {
		for (int i = 1; i < folded.length(); i++) {
			char c = folded.charAt(i);
			char before = folded.charAt(i - 1);
			if ((c == 'o' || c == 'O') && Character.isDigit(before)
					|| (before == 'o' || before == 'O') && Character.isDigit(c)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the value, each o read as 0, has a Japanese phone's ten or eleven digits
	 * with a zero first and some real digits: a word like "oooo" is no phone.
	 */
	private static boolean phoneOnceZeroed(String value) {
		String digits = value.replaceAll("[oO]", "0").replaceAll("[^0-9]", "");
		long letters = value.chars().filter((c) -> c == 'o' || c == 'O').count();
		long real = value.chars().filter(Character::isDigit).count();
		return letters > 0 && real >= 5 && (digits.length() == 10 || digits.length() == 11) && digits.charAt(0) == '0'
				&& digits.charAt(1) != '0';
	}

}
