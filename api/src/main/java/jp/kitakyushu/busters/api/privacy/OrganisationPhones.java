package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone number its own sentence gives as an organisation's (an office, centre, firm,
 * shop, school, clinic, hotline or toll-free line) stays visible, unless a person's cue
 * (携帯, 自宅, 私, my, a name right beside it, a caller or a scam) claims it.
 */
final class OrganisationPhones {

	/**
	 * A post about a scam or a stranger's calls: every number in it may be the caller's,
	 * so none is taken for an organisation's.
	 */
	private static final Pattern SCAM = Pattern
		.compile("詐欺|迷惑|不審|怪し|名乗|騙|なりすま|(?i:scam|fraud|fake|suspicious|claiming|pretend|impersonat|phishing)");

	/** Ends a sentence: the org's word must stand in the number's own sentence. */
	private static final Pattern BOUNDARY = Pattern.compile("[。！？!?\\n]|\\.(?=\\s)");

	/**
	 * An organisation's word: public offices, centres and windows, firms, shops' lines,
	 * schools, clinics, associations and hotlines, in Japanese and English.
	 */
	private static final Pattern ORGANISATION = Pattern.compile("市役所|区役所|役所|役場|支所|センター|窓口|代表番号|代表電話|"
			+ "相談(?:室|所|窓口|ダイヤル|電話|センター)|株式会社|有限会社|合同会社|[（(][株有][）)]|会社|事務所|営業所|本社|支社|"
			+ "店(?:の)?(?:電話|番号|TEL|Tel|tel|℡|☎)|店[:：]|病院|クリニック|医院|歯科|薬局|学校|保育園|幼稚園|大学|[^担]課|局|協会|組合|"
			+ "法人|フリーダイヤル|ナビダイヤル|ホテル|公民館|集会所|図書館|交番|警察署|消防署|"
			+ "(?i:\\boffice\\b(?! hours)|hotline|helpline|call cent|city hall|\\bcity\\b|council|clinic|hospital|school|"
			+ "cent(?:er|re)\\b|company|\\bco\\.|\\bltd\\b|\\binc\\b|\\bcorp|(?:shop|store)(?:'s)? (?:tel|phone|number|line)|"
			+ "desk|bureau|division|department|reception|association|toll[- ]free|freephone|main line)");

	/**
	 * A person's word close before the number: their mobile or home, the writer, kin, or
	 * a person's direct line.
	 */
	private static final Pattern PERSON_BEFORE = Pattern.compile("携帯|ケータイ|自宅|勤務先|私|わたし|僕|俺|うち|宅|本人|個人|直通|家族|"
			+ "母|父|娘|息子|妻|夫|主人|孫|祖|兄|姉|弟|妹|"
			+ "(?i:\\bmy\\b|\\bme\\b|\\bi'm\\b|\\bi am\\b|mobile|\\bcell|\\bhome\\b|private|personal|direct|\\bher\\b|\\bhis\\b|"
			+ "\\btheir\\b|landline|whatsapp|\\bline id)");

	/** A number that rang the writer: an unknown caller's, never an office's. */
	private static final Pattern CALLER = Pattern
		.compile("から(?:の)?電話|電話が(?:あり|あった|かかって|来)|着信|(?i:caller|calls? from|called from|called me|rang me)");

	/** A person's word close after the number, in its sentence. */
	private static final Pattern PERSON_AFTER = Pattern
		.compile("私|携帯|自宅|本人|(?i:\\bmy\\b|\\bme\\b|\\bmum\\b|\\bmom\\b|\\bdad\\b|\\bi'm\\b)");

	/** A bracket right after the number, saying whose line it is. */
	private static final Pattern BRACKET_AFTER = Pattern.compile("[ 　]*[（(]([^（()）\\n]{1,24})[）)]");

	/**
	 * What such a bracket says for an organisation: its main line, a shop's, a firm's or
	 * a school's (an office or reception bracket is as often a person's work line).
	 */
	private static final Pattern BRACKET_ORGANISATION = Pattern
		.compile("代表|^代$|店|会社|学校|(?i:shop|store|main line|school|city hall)");

	/** What such a bracket says for a person: a mobile, a home, a direct line. */
	private static final Pattern BRACKET_PERSON = Pattern
		.compile("携帯|自宅|宅|直通|私|本人|(?i:mobile|cell|home|private|direct|mum|mom|dad)");

	/** The toll-free and shared-cost prefixes only organisations hold. */
	private static final Pattern TOLL_FREE = Pattern.compile("(?:\\+ ?81[ -]?)?0?(?:120|800|570)[- ]");

	/**
	 * Mobile and IP numbers (070, 080, 090, 050): people's, or callers' that cannot be
	 * told from people's; an organisation publishes a landline or a toll-free line.
	 */
	private static final Pattern MOBILE = Pattern.compile("[(（]?(?:\\+ ?81[ \\-]?(?:\\(0\\))?[ \\-]?|0)[5789]0");

	/**
	 * Between a name and its number: a colon, bracket, comma or line break, and at most a
	 * phone label.
	 */
	private static final Pattern NAME_GAP = Pattern
		.compile("(?:さん|様|氏)?[\\s　:：,、/／・（()）\\-|–—]*(?:電話|TEL|Tel|tel|☎|℡|(?i:phone|tel\\.?|mobile|on|at)|連絡先|連絡は)?"
				+ "[\\s　:：.,、（(]*");

	/** Between a number and the name after it: a bracket, dash or 担当. */
	private static final Pattern GAP_TO_NAME = Pattern.compile("[\\s　（(:：,、–—\\-]*(?:担当|担任|の)?[\\s　:：]*");

	/** How far before the number an organisation's word may stand. */
	private static final int REACH_BEFORE = 24;

	/** How far after the number an organisation's word may stand (…は市の代表番号ですか). */
	private static final int REACH_AFTER = 12;

	private OrganisationPhones() {
	}

	static void remove(String folded, List<Finding> candidates) {
		if (SCAM.matcher(folded).find()) {
			return;
		}
		List<Finding> names = new ArrayList<>();
		char[] plain = folded.toCharArray();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME) {
				names.add(found);
			}
			if (found.kind() == PersonalDataKind.EMAIL) {
				// An address's words (council@, .co.jp) name no organisation.
				Arrays.fill(plain, found.start(), found.end(), ' ');
			}
		}
		String text = new String(plain);
		candidates.removeIf((found) -> found.kind() == PersonalDataKind.PHONE && organisations(text, found, names));
	}

	private static boolean organisations(String text, Finding phone, List<Finding> names) {
		String number = phone.in(text);
		if (number.isEmpty() || !(Character.isDigit(number.charAt(0)) || "+(（".indexOf(number.charAt(0)) >= 0)) {
			// Spelled or kanji numbers are dictated by people, not published by offices.
			return false;
		}
		int from = sentenceStart(text, phone.start());
		int to = sentenceEnd(text, phone.end());
		String before = text.substring(Math.max(from, phone.start() - 16), phone.start());
		String after = text.substring(phone.end(), Math.min(to, phone.end() + 30));
		if (PERSON_BEFORE.matcher(before).find() || PERSON_AFTER.matcher(after).find()
				|| CALLER.matcher(text.substring(from, to)).find()) {
			return false;
		}
		Matcher bracket = BRACKET_AFTER.matcher(text).region(phone.end(), text.length());
		if (bracket.lookingAt()) {
			String said = bracket.group(1);
			if (BRACKET_PERSON.matcher(said).find()) {
				return false;
			}
			if (BRACKET_ORGANISATION.matcher(said).find()) {
				return true;
			}
		}
		// A person's name right beside the number makes it theirs, whatever office the
		// sentence names (代表 岡 昌平（電話 …）, … 担当 長谷川).
		if (nameBeside(text, phone, names)) {
			return false;
		}
		if (TOLL_FREE.matcher(number).lookingAt()) {
			return true;
		}
		if (MOBILE.matcher(number).lookingAt()) {
			return false;
		}
		Matcher word = ORGANISATION.matcher(text).region(Math.max(from, phone.start() - REACH_BEFORE), phone.start());
		int lastEnd = -1;
		while (word.find()) {
			lastEnd = word.end();
		}
		if (lastEnd >= 0 && !nameBetween(names, lastEnd, phone.start())) {
			return true;
		}
		return ORGANISATION.matcher(text).region(phone.end(), Math.min(to, phone.end() + REACH_AFTER)).find();
	}

	/** Whether a found name stands between an organisation's word and the number. */
	private static boolean nameBetween(List<Finding> names, int from, int to) {
		for (Finding name : names) {
			if (name.start() >= from && name.end() <= to) {
				return true;
			}
		}
		return false;
	}

	private static boolean nameBeside(String text, Finding phone, List<Finding> names) {
		for (Finding name : names) {
			if (name.end() <= phone.start() && phone.start() - name.end() <= 12
					&& NAME_GAP.matcher(text.substring(name.end(), phone.start())).matches()) {
				return true;
			}
			if (name.start() >= phone.end() && name.start() - phone.end() <= 6
					&& GAP_TO_NAME.matcher(text.substring(phone.end(), name.start())).matches()) {
				return true;
			}
		}
		return false;
	}

	private static int sentenceStart(String text, int at) {
		int start = 0;
		Matcher boundary = BOUNDARY.matcher(text).region(0, at);
		while (boundary.find()) {
			start = boundary.end();
		}
		return start;
	}

	private static int sentenceEnd(String text, int at) {
		Matcher boundary = BOUNDARY.matcher(text).region(at, text.length());
		return boundary.find() ? boundary.start() : text.length();
	}

}
