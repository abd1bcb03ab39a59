package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers spelled digit by digit in kana, kanji numerals or English words
 * (ゼロキューゼロ、いちにさんよん…, 〇九〇・五五一八…, "zero nine zero, three three…"), as people write them to
 * dodge harvesters or on a keyboard they cannot type digits on; digits parted by の or by
 * a space after each digit (090の5512の0093, 0 8 0 - 9 9 1 2 - …); and extensions after a
 * number found (093-… 内線21, "ext. 21").
 *
 * <p>
 * A run counts only when it starts with a zero, as every Japanese number does, and reads
 * as 10 or 11 digits: the kana of one digit (に, ご, し) are also particles and prefixes,
 * and only a run that long is no prose.
 */
final class SpelledPhones {

	/** Spellings of each digit, longest first where one is the start of another. */
	private static final String[][] JAPANESE = { { "ゼロ", "ぜろ", "れい", "まる", "マル", "〇", "零", "○" }, { "いち", "イチ", "一" },
			{ "にー", "ニー", "にい", "ニイ", "に", "ニ", "二" }, { "さん", "サン", "三" }, { "よん", "ヨン", "し", "シ", "四" },
			{ "ごー", "ゴー", "ごう", "ゴウ", "ごお", "ゴオ", "ご", "ゴ", "五" }, { "ろく", "ロク", "六" }, { "なな", "ナナ", "しち", "シチ", "七" },
			{ "はち", "ハチ", "八" }, { "きゅう", "キュウ", "きゅー", "キュー", "く", "ク", "九" } };

	private static final String[][] ENGLISH = { { "zero", "oh" }, { "one" }, { "two" }, { "three" }, { "four" },
			{ "five" }, { "six" }, { "seven" }, { "eight" }, { "nine" } };

	/** Brackets round an area code and a line break between groups count too. */
	private static final String SEPARATORS = " -・、,.ーの()\n";

	/** Tens said as one word ("ninety" for the 90 of a mobile number): two digits. */
	private static final String[] TENS = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety" };

	private static final int MAX_GAP = 3;

	/** A dash read out between digit groups. */
	private static final String[] DASH_WORDS = { "(dash)", "(hyphen)", "dash", "hyphen" };

	/** Digits each followed by a space: 0 8 0 - 9 9 1 2 - 3 0 4 5. */
	private static final int SPACED_DIGITS = 6;

	private static final Pattern EXTENSION = Pattern.compile(
			"\\G(?:[ 、,]|\\n)?\\(?(?:内線|(?i:ext\\.?|extension|x))(?:番号)?(?: ?(?:は|:))? ?(?<v>[\\d〇一二三四五六七八九]{1,5}番?)(?![\\d〇一二三四五六七八九])\\)?");

	private SpelledPhones() {
	}

	/**
	 * Adds every unusually written number of 10 or 11 digits starting with a zero, and
	 * every number of 9 to 11 digits spelled in English words, which is never prose
	 * ("nine three, five eight two, …": a local number without its 0).
	 */
	static void detect(String folded, List<Finding> out) {
		String lower = folded.toLowerCase(Locale.ROOT);
		englishWords(lower, out);
		if (!mayHaveZero(lower)) {
			return;
		}
		int at = 0;
		while (at < folded.length()) {
			if (!startsWithZero(lower, at)
					|| (at > 0 && StartSet.LATIN.or(StartSet.DIGIT).test(lower.charAt(at - 1)))) {
				at++;
				continue;
			}
			int end = run(lower, at, out);
			at = Math.max(end, at + 1);
		}
	}

	private static void englishWords(String lower, List<Finding> out) {
		int at = 0;
		while (at < lower.length()) {
			char c = lower.charAt(at);
			if (c < 'a' || c > 'z' || (at > 0 && Character.isLetter(lower.charAt(at - 1)))
					|| startsWithZero(lower, at)) {
				at++;
				continue;
			}
			// "plus eight one, …": a country code said in words adds two digits.
			boolean international = lower.startsWith("plus ", at);
			int most = international ? 13 : 11;
			int end = at;
			int digits = 0;
			int next = international ? at + 5 : at;
			int gap = 0;
			while (next < lower.length() && digits <= most) {
				int[] token = Character.isLetter(lower.charAt(next)) ? token(lower, next) : null;
				int tens = (token == null && Character.isLetter(lower.charAt(next))) ? tens(lower, next) : 0;
				if (token != null || tens > 0) {
					digits += (token != null) ? 1 : 2;
					next += (token != null) ? token[0] : tens;
					end = next;
					gap = 0;
				}
				else if (" -,".indexOf(lower.charAt(next)) >= 0 && gap < MAX_GAP) {
					next++;
					gap++;
				}
				else if (dashWord(lower, next) > 0 && gap < MAX_GAP) {
					next += dashWord(lower, next);
					gap++;
				}
				else {
					break;
				}
			}
			if (digits >= (international ? 10 : 9) && digits <= most) {
				out.add(new Finding(PersonalDataKind.PHONE, at, end));
			}
			at = Math.max(end, at + 1);
		}
	}

	/**
	 * A line break inside a number only between digit groups written in digits
	 * (090⏎4462⏎8815): a line that starts with a kanji numeral starts a sentence
	 * (二島小学校…).
	 */
	private static boolean digitLines(String lower, int at) {
		if (at + 1 >= lower.length() || !Character.isDigit(lower.charAt(at + 1))) {
			return false;
		}
		// A dash before the break (090-2477-⏎6019) still leaves a group written in digits
		// on each line.
		int before = (at > 1 && lower.charAt(at - 1) == '-') ? at - 2 : at - 1;
		return before >= 0 && Character.isDigit(lower.charAt(before));
	}

	/**
	 * The length of "(dash)", "dash" or "hyphen" said between groups at {@code at}, or 0.
	 */
	private static int dashWord(String lower, int at) {
		for (String word : DASH_WORDS) {
			int end = at + word.length();
			if (lower.startsWith(word, at) && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
					&& (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
				return word.length();
			}
		}
		return 0;
	}

	/**
	 * A letter O typed for a zero next to a digit (09O-…, O90-…): the run around it must
	 * still read as a whole number to count.
	 */
	private static boolean letterZero(String lower, int at) {
		if (lower.charAt(at) != 'o') {
			return false;
		}
		boolean digitBefore = at > 0 && Character.isDigit(lower.charAt(at - 1));
		boolean digitAfter = at + 1 < lower.length() && Character.isDigit(lower.charAt(at + 1));
		boolean letterBefore = at > 0 && Character.isLetter(lower.charAt(at - 1));
		boolean letterAfter = at + 1 < lower.length() && Character.isLetter(lower.charAt(at + 1));
		return (digitBefore || digitAfter) && !letterBefore && !letterAfter;
	}

	/**
	 * Brackets round an area code count only between numerals spelled out (〇九三（五五一）…):
	 * between digits the usual patterns read them, and (093)000-4567に must not run on
	 * into the particle に.
	 */
	private static boolean spelledAround(String lower, int at) {
		boolean before = at > 0 && Character.isDigit(lower.charAt(at - 1));
		boolean after = at + 1 < lower.length() && Character.isDigit(lower.charAt(at + 1));
		return !before && !after;
	}

	/** The length of a tens word ("ninety") standing alone at {@code at}, or 0. */
	private static int tens(String lower, int at) {
		if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
			return 0;
		}
		for (String word : TENS) {
			int end = at + word.length();
			if (lower.startsWith(word, at) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
				return word.length();
			}
		}
		return 0;
	}

	/** Widens the phone findings from {@code from} on over an extension after them. */
	static void extend(String folded, List<Finding> out, int from) {
		if (folded.indexOf("内線") < 0 && folded.indexOf('x') < 0) {
			return;
		}
		Matcher matcher = EXTENSION.matcher(folded);
		for (int i = from; i < out.size(); i++) {
			Finding finding = out.get(i);
			if (finding.kind() == PersonalDataKind.PHONE && finding.end() < folded.length()
					&& matcher.find(finding.end())) {
				out.set(i, new Finding(finding.kind(), finding.start(), matcher.end("v"), finding.confidence()));
			}
		}
	}

	private static boolean mayHaveZero(String lower) {
		for (String zero : JAPANESE[0]) {
			if (lower.contains(zero)) {
				return true;
			}
		}
		return lower.indexOf('0') >= 0 || lower.contains("zero") || lower.contains("oh ") || lower.contains("oh-")
				|| hasLetterZero(lower);
	}

	private static boolean hasLetterZero(String lower) {
		for (int at = lower.indexOf('o'); at >= 0; at = lower.indexOf('o', at + 1)) {
			if (letterZero(lower, at)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithZero(String lower, int at) {
		if (lower.charAt(at) == '0'
				|| (letterZero(lower, at) && at + 1 < lower.length() && Character.isDigit(lower.charAt(at + 1)))) {
			return true;
		}
		for (String zero : JAPANESE[0]) {
			if (lower.startsWith(zero, at)) {
				return true;
			}
		}
		return lower.startsWith("zero", at) || lower.startsWith("oh ", at) || lower.startsWith("oh-", at);
	}

	/**
	 * Reads a run from a zero on; adds it if it is a phone number, and returns its end.
	 */
	private static int run(String lower, int start, List<Finding> out) {
		int at = start;
		int end = start;
		int digits = 0;
		boolean unusual = false;
		int spaced = 0;
		int gap = 0;
		int end11 = -1;
		boolean parted = false;
		while (at < lower.length() && digits <= 11) {
			int[] token = token(lower, at);
			if (token != null) {
				if (digits == 11) {
					// A twelfth digit after a space may be the particle に or し: the
					// number
					// ends at eleven.
					parted = gap > 0;
					end11 = end;
				}
				digits++;
				unusual |= token[0] > 1 || !Character.isDigit(lower.charAt(at));
				at += token[0];
				end = at;
				gap = 0;
			}
			else if (dashWord(lower, at) > 0 && gap < MAX_GAP) {
				// "(dash)" read out between groups: a separator no prose puts between
				// digits.
				at += dashWord(lower, at);
				gap++;
				unusual = true;
			}
			else if (SEPARATORS.indexOf(lower.charAt(at)) >= 0 && gap < MAX_GAP
					&& (lower.charAt(at) != '\n' || digitLines(lower, at))
					&& ((lower.charAt(at) != '(' && lower.charAt(at) != ')') || spelledAround(lower, at))) {
				char c = lower.charAt(at);
				// 090 - 1234 - 5678 and one group per line are no prose numbers either.
				unusual |= c == 'の' || c == '\n' || gap > 0;
				if (c == ' ' && gap == 0 && Character.isDigit(lower.charAt(at - 1))) {
					spaced++;
				}
				at++;
				gap++;
			}
			else {
				break;
			}
		}
		if (digits == 12 && parted) {
			digits = 11;
			end = end11;
		}
		if ((unusual || spaced >= SPACED_DIGITS) && (digits == 10 || digits == 11)) {
			out.add(new Finding(PersonalDataKind.PHONE, start, end));
		}
		return end;
	}

	/** The length and value of the digit spelled at {@code at}, or null. */
	private static int[] token(String lower, int at) {
		char c = lower.charAt(at);
		if (c >= '0' && c <= '9') {
			return new int[] { 1, c - '0' };
		}
		if (letterZero(lower, at)) {
			return new int[] { 1, 0 };
		}
		for (int digit = 0; digit < JAPANESE.length; digit++) {
			for (String spelling : JAPANESE[digit]) {
				if (lower.startsWith(spelling, at)) {
					return new int[] { spelling.length(), digit };
				}
			}
		}
		if (c < 'a' || c > 'z' || (at > 0 && Character.isLetter(lower.charAt(at - 1)))) {
			return null;
		}
		for (int digit = 0; digit < ENGLISH.length; digit++) {
			for (String word : ENGLISH[digit]) {
				int end = at + word.length();
				if (lower.startsWith(word, at) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
					return new int[] { word.length(), digit };
				}
			}
		}
		return null;
	}

}
