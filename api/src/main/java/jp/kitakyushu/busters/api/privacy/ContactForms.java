package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contact details written round the usual shapes: social-media handles (@yuto_k,
 * "LINE ID: sarah_lee"), e-mail addresses with a symbol or a word standing in for the @
 * whether or not the post explains it (name★gmail.com, name ＃ icloud.com), and My Numbers
 * spoken in spaced or slashed groups after their cue (6 0 3 8 / 2 2 1 7 / …).
 */
final class ContactForms {

	/**
	 * A handle: an @ that no mailbox char precedes, then letters, digits, _ and dots that
	 * no domain follows.
	 */
	private static final Pattern AT_HANDLE = Pattern.compile(
			"(?<![A-Za-z0-9._%+\\-])(?<v>@[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![A-Za-z0-9_@]|\\.[A-Za-z])");

	/** Words that say a handle follows even when it has no _ or digit. */
	private static final Pattern HANDLE_CUE = Pattern.compile(
			"\\b(?i:line|insta|instagram|twitter|tiktok|threads|facebook|sns|reply|dm|follow|me|handle|account)\\b|アカウント|フォロー|インスタ|ライン|私|撮影|連絡");

	/** An ID after a service's name, with or without its @. */
	private static final Pattern SERVICE_ID = Pattern
		.compile("(?:\\b(?i:line|instagram|insta|twitter|tiktok|threads|discord|skype|wechat|kakao(?:talk)?)|インスタ|ライン)"
				+ " ?(?:(?<id>ID|Id|id|アカウント)\\b)? ?(?:[:=]|は|is)? ?(?<v>@?[A-Za-z][A-Za-z0-9_.\\-]{2,29})(?![A-Za-z0-9_@.\\-])");

	/** A symbol or a word for @, between a mailbox and a domain with a known ending. */
	private static final Pattern SYMBOL_AT = Pattern
		.compile("(?<![A-Za-z0-9._%+\\-])(?<v>[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}"
				+ " ?(?:[★☆◆◇●○■□♪※#*]|\\[[^\\]\\s]{1,6}\\]|\\((?:@|あっと|アット)\\)|あっと|アット(?:マーク)?) ?"
				+ "[A-Za-z0-9][A-Za-z0-9\\-]{0,62}(?:\\.[A-Za-z0-9\\-]{1,63}){0,4}\\."
				+ "(?:com|net|org|jp|info|biz|io|me|co|uk|edu|ne|ac|or|go|de|fr|it|au|ca|us|cn|kr|tw|ph|vn|br|in|id|sg|nz))"
				+ "(?![A-Za-z0-9\\-])");

	private static final Pattern MY_NUMBER_CUE = Pattern.compile("マイナンバー|個人番号|(?i:my ?number|individual number)");

	/** Twelve digits with up to three separators between any two. */
	private static final Pattern SPACED_TWELVE = Pattern
		.compile("(?<![\\d+])(?<v>\\d(?:[ /・.\\-,、|]{0,3}\\d){11})(?![ /・.\\-]{0,3}\\d)");

	/** How far after its cue a My Number is looked for. */
	private static final int CUE_REACH = 40;

	private ContactForms() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (folded.indexOf('@') >= 0) {
			handles(folded, candidates);
		}
		if (folded.indexOf('.') >= 0) {
			Matcher symbol = SYMBOL_AT.matcher(folded);
			while (symbol.find()) {
				// A plain @ is the e-mail detector's; only a stand-in is new.
				if (symbol.group("v").indexOf('@') < 0) {
					candidates.add(Found.value(PersonalDataKind.EMAIL, symbol));
				}
			}
		}
		Matcher id = SERVICE_ID.matcher(folded);
		while (id.find()) {
			String value = id.group("v");
			// Without "ID" only a word no prose has: a _ , a digit or an @.
			if (id.group("id") != null || value.matches(".*[_\\d@].*")) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, id));
			}
		}
		myNumbers(folded, candidates);
	}

	private static void handles(String folded, List<Finding> candidates) {
		Matcher handle = AT_HANDLE.matcher(folded);
		while (handle.find()) {
			String value = handle.group("v");
			if (!value.matches(".*[A-Za-z].*")) {
				continue;
			}
			int from = Math.max(0, handle.start() - 30);
			// "the @… account" is an organisation's: a person is not "the".
			if (folded.startsWith("the ", Math.max(0, handle.start() - 4))
					|| folded.startsWith("The ", Math.max(0, handle.start() - 4))) {
				continue;
			}
			if (value.matches(".*[_\\d].*") || HANDLE_CUE.matcher(folded.substring(from, handle.start())).find()) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, handle));
			}
		}
	}

	private static void myNumbers(String folded, List<Finding> candidates) {
		Matcher cue = MY_NUMBER_CUE.matcher(folded);
		if (!cue.find()) {
			return;
		}
		// After the cue, or after 番号 once the post has named a My Number: the number is
		// often given a sentence later (「マイナンバーを」と言われて…番号は …).
		Matcher number = SPACED_TWELVE.matcher(folded);
		int from = cue.end();
		while (from < folded.length() && number.find(from)) {
			String before = folded.substring(Math.max(0, number.start() - CUE_REACH), number.start());
			if (MY_NUMBER_CUE.matcher(before).find() || before.contains("番号")) {
				candidates.add(Found.value(PersonalDataKind.MY_NUMBER, number));
			}
			from = number.end();
		}
	}

}
