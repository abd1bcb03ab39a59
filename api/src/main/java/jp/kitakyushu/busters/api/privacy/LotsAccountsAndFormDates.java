package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 34: Japanese addresses, accounts, birth dates, phones and e-mails still visible —
 * a town glued to its lot, a bare lot beside a found address, a found address or account
 * grown back over the ward, town or bank written before it, a Japan Post symbol and
 * number on two lines, a birth date after its cue, romanised digits and "at" e-mails.
 */
final class LotsAccountsAndFormDates {

	/** Units after a number that make it a count, price, date or time, not a lot. */
	private static final String NOT_A_LOT_AFTER = "(?![0-9A-Za-z.-]|[円年月日時分秒人件個台回本枚万歳%才度号])";

	/**
	 * 安部山4-16, 高見2-8-14-B: a town's kanji glued to a block and house; a word ending in
	 * 番号, 線 or 号 (受付番号3-118, 幹線) owns a reference, not a lot.
	 */
	private static final Pattern TOWN_LOT = Pattern
		.compile("(?<![0-9\\p{IsHan}々ヶケ])[\\p{IsHan}々ヶケ]{2,6}(?<!番号)(?<![号番線幹話局便第])"
				+ "[1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,2}(?:-[A-Za-z])?" + NOT_A_LOT_AFTER);

	/** A lot alone: 2-11, 7-22-3, 845番2. */
	private static final String LOT = "(?:[1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,2}|[1-9][0-9]{0,3}番地?の?[0-9]{1,4}(?:号)?)";

	/** A lot right after a found address and a contrast or pair: ［住所］ではなく2-11. */
	private static final Pattern LOT_AFTER_ADDRESS = Pattern
		.compile("\\G ?(?:と|や|ではなく|じゃなくて|でなく|、) ?(?<v>" + LOT + ")" + NOT_A_LOT_AFTER);

	/** A lot right before a found address, paired with it: 7-22と［住所］. */
	private static final Pattern LOT_BEFORE_ADDRESS = Pattern.compile("(?<![0-9-])(?<v>" + LOT + ") ?(?:と|や|、) ?$");

	/** 隣(7-6), 自宅(3-5): a lot in brackets after a home's word. */
	private static final Pattern HOME_BRACKET_LOT = Pattern
		.compile("(?:隣|となり|うち|自宅|実家|我が家|わが家|私の家|家)\\( ?(?<v>" + LOT + ") ?\\)");

	/**
	 * 引野2丁目の2-1, 上到津4丁目…10-2: the lot after a chome, hesitation between; the chome itself
	 * is a town's and stays.
	 */
	private static final Pattern CHOME_THEN_LOT = Pattern
		.compile("(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})丁目(?:の|…|\\.{2,3}|、| ){1,4}(?:たしか|確か|えっと)?(?:の|…|、| ){0,2}" + "(?<v>"
				+ LOT + ")" + NOT_A_LOT_AFTER);

	/** A ward, or a town's kanji (a 通り street too), glued before a found address. */
	private static final Pattern TOWN_BEFORE = Pattern
		.compile("(?:\\p{IsHan}{1,4}区 ?|\\p{IsHan}{1,4}区 ?[\\p{IsHan}々ヶケ]{1,5}|[\\p{IsHan}々ヶケ]{2,5}(?:通り)?)$");

	/** A building with a floor or room right after a found address: ［住所］ すすきのタワー801. */
	private static final Pattern BUILDING_AFTER = Pattern
		.compile("\\G(?: [\\p{IsHan}ぁ-ゖァ-ヺーA-Za-z々ヶ]{2,16}|[\\p{IsHan}ァ-ヺーA-Za-z々ヶ][\\p{IsHan}ぁ-ゖァ-ヺーA-Za-z々ヶ]{1,15})"
				+ " ?(?:[0-9]{1,2}(?:F|階)|[0-9]{3,4}(?:号室?)?)(?![0-9-]|[年月日時分円人件個台回本枚歳才度%])");

	/**
	 * A bank written before its account: 北九州銀行⏎; Japan Post's name before its symbol and
	 * number is labelled either way by writers, so it is left as it is.
	 */
	private static final Pattern BANK_BEFORE = Pattern
		.compile("[\\p{IsHan}ァ-ヺーA-Za-z]{1,10}(?<!ゆうちょ)(?:銀行|信用金庫|信金|バンク)[ :]*\\n?[ ]*$");

	/** Bank and branch words before an account that starts at its kind: 西日本シティ 戸畑 普通. */
	private static final Pattern BANK_AND_BRANCH_BEFORE = Pattern
		.compile("(?:^|[\\n:、 ])(?<v>[\\p{IsHan}ァ-ヺーA-Za-zぁ-ゖ]{2,12}(?: [\\p{IsHan}ァ-ヺーA-Za-zぁ-ゖ]{1,10}){0,2}) $");

	/** A form's label or a particle, which no bank's or branch's name holds. */
	private static final Pattern FORM_WORDS = Pattern.compile("口座|番号|種別|種目|[はがをにで]$");

	/** An account's kind just before its number: 普通 0448812. */
	private static final Pattern KIND_BEFORE = Pattern.compile("(?:普通|当座)(?:預金)? ?$");

	/** The letters of a word a found account starts inside: りそな｜銀行, JA｜バンク. */
	private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{IsHan}ァ-ヺーA-Za-zぁ-ゖ])[ァ-ヺーA-Za-zぁ-ゖ]{1,8}$");

	/** 記号：17490⏎番号：1-2228391: Japan Post's symbol and number on two labelled lines. */
	private static final Pattern SYMBOL_NUMBER_LINES = Pattern
		.compile("記号 ?:? ?[0-9]{5}(?:-[0-9])? ?\\n ?番号 ?:? ?[0-9](?:-?[0-9]){5,8}(?![0-9])");

	/** A full date, or one in dots. */
	private static final String DATE = "(?:[0-9]{4}年|(?:昭和|平成|令和|大正)[0-9元]{1,2}年)(?:\\([^)\\n]{2,8}\\))?[0-9]{1,2}月[0-9]{1,2}日"
			+ "|[0-9]{4}\\.[0-9]{1,2}\\.[0-9]{1,2}(?![0-9])";

	/**
	 * 生年月日：1998年2月14日, 生まれました！2026年11月30日: a full date shortly after a birth's cue; a
	 * limit's date (…以前生まれ) is no one's birthday.
	 */
	private static final Pattern DATE_AFTER_BIRTH_CUE = Pattern
		.compile("(?:生年月日|生まれ|出生|誕生)[^。\\n]{0,14}?(?<v>" + DATE + ")(?!以前|以降|以後|まで|から|[0-9])");

	/** Romanised Japanese digits. */
	private static final String DIGIT_WORD = "(?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyuu?|ku|zero|rei|maru)";

	/** hachi-ichi-rei no ni-san-yon-go no …: a phone spoken in romanised digits. */
	private static final Pattern ROMAJI_PHONE = Pattern
		.compile("(?i)(?<![A-Za-z])" + DIGIT_WORD + "(?:(?:-| no | )" + DIGIT_WORD + "){8,}(?![A-Za-z])");

	/** A romanised digit word, to count a phone's digits. */
	private static final Pattern ONE_DIGIT_WORD = Pattern.compile("(?i)(?<![A-Za-z])" + DIGIT_WORD + "(?![A-Za-z])");

	/** k-noguchi at example.ne.jp: an address with "at" for @. */
	private static final Pattern AT_EMAIL = Pattern.compile("(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]{1,30}"
			+ " (?:at|AT|アット|アットマーク) [A-Za-z0-9-]{2,30}(?:\\.[A-Za-z0-9-]{2,20}){0,2}\\.(?:jp|com|net|org)(?![A-Za-z0-9])");

	/**
	 * Letters an e-mail found later starts after: nagai.family(｜a)…, or one spaced word.
	 */
	private static final Pattern EMAIL_HEAD_BEFORE = Pattern.compile("[A-Za-z0-9._-]{1,30}$");

	/** The spaced first word of a spelled e-mail after a cue: は｜kitakyu taro アットマーク…. */
	private static final Pattern SPACED_EMAIL_HEAD_BEFORE = Pattern.compile("(?<=[^\\x00-\\x7F])[a-z0-9._-]{2,20} $");

	/** Spoken kana numbers. */
	private static final String KANA_NUMBER = "(?:いち|いっ|に|さん|よん|ご|ろく|ろっ|なな|はち|はっ|きゅう|じゅう|じゅっ|ひゃく)+";

	/**
	 * おりおの さんちょうめ じゅうにの いち: a home written in hiragana after a home's word, down to the
	 * chome and its spoken lot.
	 */
	private static final Pattern KANA_HOME = Pattern.compile("(?:おうち|いえ|うち|家|住所|じゅうしょ)(?:は| )[ ]*(?<v>[ぁ-ゖ ]{2,40}?"
			+ KANA_NUMBER + "ちょうめ[ ]*" + KANA_NUMBER + "(?:[ ]*の[ ]*" + KANA_NUMBER + "){0,2})");

	private LotsAccountsAndFormDates() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (folded.indexOf('-') >= 0 || folded.indexOf('番') >= 0) {
			addAll(TOWN_LOT, folded, PersonalDataKind.POSTAL_ADDRESS, added);
			if (folded.indexOf('丁') >= 0) {
				addGroup(CHOME_THEN_LOT, folded, PersonalDataKind.POSTAL_ADDRESS, added);
			}
			if (folded.indexOf('(') >= 0) {
				addGroup(HOME_BRACKET_LOT, folded, PersonalDataKind.POSTAL_ADDRESS, added);
			}
		}
		if (folded.indexOf("記号") >= 0) {
			addAll(SYMBOL_NUMBER_LINES, folded, PersonalDataKind.BANK_ACCOUNT, added);
		}
		if (folded.indexOf('生') >= 0 || folded.indexOf("誕") >= 0) {
			addGroup(DATE_AFTER_BIRTH_CUE, folded, PersonalDataKind.DATE_OF_BIRTH, added);
		}
		if (folded.indexOf(" no ") >= 0 || folded.indexOf('-') >= 0) {
			Matcher phone = ROMAJI_PHONE.matcher(folded);
			while (phone.find()) {
				// A phone has nine digits or more; fewer is a count or a chant.
				if (ONE_DIGIT_WORD.matcher(phone.group()).results().count() >= 9) {
					added.add(new Finding(PersonalDataKind.PHONE, phone.start(), phone.end()));
				}
			}
		}
		if (folded.indexOf(" at ") >= 0 || folded.indexOf(" AT ") >= 0 || folded.indexOf(" アット") >= 0) {
			addAll(AT_EMAIL, folded, PersonalDataKind.EMAIL, added);
		}
		if (folded.indexOf("ちょうめ") >= 0) {
			addGroup(KANA_HOME, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		for (Finding found : List.copyOf(added)) {
			if (found.kind() == PersonalDataKind.POSTAL_ADDRESS) {
				lotsBeside(folded, found, added);
			}
		}
		for (int i = 0; i < candidates.size(); i++) {
			Finding found = candidates.get(i);
			if (found.kind() == PersonalDataKind.POSTAL_ADDRESS) {
				lotsBeside(folded, found, added);
				candidates.set(i, grownAddress(folded, found));
			}
			else if (found.kind() == PersonalDataKind.BANK_ACCOUNT) {
				candidates.set(i, grownAccount(folded, found));
			}
			else if (found.kind() == PersonalDataKind.EMAIL) {
				candidates.set(i, grownEmail(folded, found));
			}
		}
		candidates.addAll(added);
	}

	private static void addAll(Pattern pattern, String folded, PersonalDataKind kind, List<Finding> added) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			added.add(new Finding(kind, m.start(), m.end()));
		}
	}

	private static void addGroup(Pattern pattern, String folded, PersonalDataKind kind, List<Finding> added) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			added.add(new Finding(kind, m.start("v"), m.end("v")));
		}
	}

	/** The bare lots paired with a found address on either side of it. */
	private static void lotsBeside(String folded, Finding found, List<Finding> added) {
		Matcher after = LOT_AFTER_ADDRESS.matcher(folded).region(found.end(), folded.length());
		if (after.lookingAt()) {
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, after.start("v"), after.end("v")));
		}
		Matcher before = LOT_BEFORE_ADDRESS.matcher(folded).region(Math.max(0, found.start() - 16), found.start());
		if (before.find()) {
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, before.start("v"), before.end("v")));
		}
	}

	/**
	 * A found address grown back over the ward or town glued before it (若松区｜二島…,
	 * 赤坂海岸｜7-2) and forward over a building with its floor or room after it.
	 */
	private static Finding grownAddress(String folded, Finding found) {
		int start = found.start();
		int end = found.end();
		if (start > 0 && isWordChar(folded.charAt(start - 1))) {
			Matcher town = TOWN_BEFORE.matcher(folded).region(Math.max(0, start - 12), start);
			if (town.find() && !isPublic(town.group())) {
				start = town.start();
			}
		}
		Matcher building = BUILDING_AFTER.matcher(folded).region(end, folded.length());
		// A building's name has katakana (すすきのタワー, はちまんケアプラン); 電話 093 or TEL 042
		// after an address is its phone.
		if (building.lookingAt() && building.group().chars().anyMatch((c) -> c >= 'ァ' && c <= 'ヺ')
				&& !isPublic(building.group())) {
			end = building.end();
		}
		return (start == found.start() && end == found.end()) ? found : found.over(start, end);
	}

	/** A station's, office's or reference's word: no home's town or building. */
	private static boolean isPublic(String word) {
		return word.contains("駅") || word.contains("住所") || word.contains("場所") || word.contains("所在")
				|| word.endsWith("先") || word.contains("番号") || word.contains("役所") || word.contains("センター")
				|| word.contains("病院") || word.contains("学校") || word.contains("会館") || word.contains("公園");
	}

	private static boolean isWordChar(char c) {
		return Character.isLetter(c) && c != 'の' && c != 'は' && c != 'が' && c != 'を' && c != 'に' && c != 'で' && c != 'と'
				&& c != 'も' && c != 'へ';
	}

	/**
	 * A found account grown back over the bank written before it (ゆうちょ 17480-…, りそな｜銀行…,
	 * 西日本シティ 戸畑 普通…).
	 */
	private static Finding grownAccount(String folded, Finding found) {
		int start = found.start();
		int from = Math.max(0, start - 24);
		Matcher bank = BANK_BEFORE.matcher(folded).region(from, start);
		if (bank.find() && bank.group().chars().anyMatch((c) -> c > 0x7F)) {
			return found.over(bank.start(), found.end());
		}
		if (start > 0 && Character.isLetter(folded.charAt(start - 1))
				&& (folded.startsWith("銀行", start) || folded.startsWith("バンク", start) || folded.startsWith("信用", start)
						|| folded.startsWith("信金", start))) {
			Matcher word = WORD_BEFORE.matcher(folded).region(from, start);
			word.useTransparentBounds(true);
			if (word.find()) {
				return found.over(word.start(), found.end());
			}
		}
		Matcher kind = KIND_BEFORE.matcher(folded).region(Math.max(0, start - 8), start);
		int kindStart = kind.find() ? kind.start() : -1;
		if (folded.startsWith("普通", start) || folded.startsWith("当座", start) || kindStart >= 0) {
			int to = (kindStart >= 0) ? kindStart : start;
			Matcher branch = BANK_AND_BRANCH_BEFORE.matcher(folded).region(Math.max(0, to - 30), to);
			branch.useTransparentBounds(true);
			// In English the bank and branch stay visible (Fukuoka Bank, Yahata branch).
			// A form's own words (口座は 当座 …) are no bank or branch.
			if (branch.find() && branch.group("v").chars().anyMatch((c) -> c > 0x7F)
					&& !FORM_WORDS.matcher(branch.group("v")).find()) {
				return found.over(branch.start("v"), found.end());
			}
		}
		return found;
	}

	private static boolean isEmailChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
				|| c == '-';
	}

	/** A found e-mail grown back over the start of its name (nagai.family(｜a)…). */
	private static Finding grownEmail(String folded, Finding found) {
		int start = found.start();
		if (start == 0) {
			return found;
		}
		int from = Math.max(0, start - 32);
		// (a) for @: the name before the bracket is the e-mail's (nagai.family(a)…); a
		// bracket around a whole e-mail (Ryota（kimura@…）) stays outside it.
		boolean bracketedAt = folded.charAt(start - 1) == '(' && (folded.startsWith("a)", start)
				|| folded.startsWith("at)", start) || folded.startsWith("@)", start));
		int end = bracketedAt ? start - 1 : start;
		// Only a finding that starts inside a word grows: a line break or space before it
		// ends the e-mail.
		boolean midWord = end > 0 && isEmailChar(folded.charAt(end - 1))
				&& (bracketedAt || isEmailChar(folded.charAt(start)));
		Matcher head = EMAIL_HEAD_BEFORE.matcher(folded).region(from, end);
		if (midWord && head.find()) {
			return found.over(head.start(), found.end());
		}
		// A spelled e-mail (アットマーク, at) is one a writer spaces: its first word too.
		if (found.in(folded).indexOf('@') < 0) {
			Matcher spaced = SPACED_EMAIL_HEAD_BEFORE.matcher(folded).region(from, start);
			spaced.useTransparentBounds(true);
			if (spaced.find()) {
				return found.over(spaced.start(), found.end());
			}
		}
		return found;
	}

}
