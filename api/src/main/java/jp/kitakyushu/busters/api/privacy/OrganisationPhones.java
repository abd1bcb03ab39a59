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
			+ "法人|フリーダイヤル|ナビダイヤル|ホテル|公民館|集会所|図書館|交番|警察署|消防署|保健所|内科|外科|寮|銀天街|商店街|市場|協議会|管理事務所|管理組合|管理会社|"
			+ "不動産|工務店|商店|商会|運輸|運送|建設|興業|工業|物産|看板|チラシ|ポスター|ホームページ|"
			+ "(?i:\\boffice\\b(?! hours)|sign\\b|poster|flyer|leaflet|pamphlet|website|main number|(?:info|information|emergency|disaster|english|reservation|booking|enquiry|inquiry|advice|help|support|customer) line\\b|hotline|helpline|call cent|city hall|\\bcity\\b|council|clinic|hospital|school|"
			+ "cent(?:er|re)\\b|company|\\bco\\.|\\bltd\\b|\\binc\\b|\\bcorp|(?:shop|store)(?:'s)? (?:tel|phone|number|line)|"
			+ "desk|bureau|division|department|reception|association|toll[- ]free|freephone|main line|"
			+ "management (?:company|office)|waterworks|food ?bank|\\bNPO\\b|box office|"
			+ "\\b(?:shop|store|salon|parlou?r|restaurant|bakery|pharmacy)\\b)");

	/**
	 * A person's word close before the number: their mobile or home, the writer, kin, or
	 * a person's direct line.
	 */
	private static final Pattern PERSON_BEFORE = Pattern.compile("携帯|ケータイ|自宅|勤務先|私|わたし|僕|俺|うち|宅|本人|個人|直通|家族|"
			+ "母|父|娘|息子|妻|夫|主人|孫|祖|兄|姉|弟|妹|"
			+ "(?i:\\bmy\\b|\\bme\\b|\\bi'm\\b|\\bi am\\b|mobile|\\bcell|\\bhome\\b|private|personal|direct|\\bher\\b|\\bhis\\b|"
			+ "landline|whatsapp|\\bline id)");

	/** A number that rang the writer: an unknown caller's, never an office's. */
	private static final Pattern CALLER = Pattern
		.compile("から(?:の)?電話|電話が(?:あり|あった|かかって|来)|着信|(?i:caller|calls? from|called from|called me|rang me)");

	/** A person's word close after the number, in its sentence. */
	private static final Pattern PERSON_AFTER = Pattern.compile(
			"私|携帯|自宅|本人|(?i:\\bmy\\b|(?<!told |asked |sent |directed |referred )\\bme\\b|\\bmum\\b|\\bmom\\b|\\bdad\\b|\\bi'm\\b)");

	/** A bracket right after the number, saying whose line it is. */
	private static final Pattern BRACKET_AFTER = Pattern.compile("[ 　]*[（(]([^（()）\\n]{1,24})[）)]");

	/**
	 * What such a bracket says for an organisation: its main line, a shop's, a firm's or
	 * a school's (an office or reception bracket is as often a person's work line).
	 */
	private static final Pattern BRACKET_ORGANISATION = Pattern
		.compile("代表|^代$|店|会社|学校|(?i:shop|store|main line|school|city hall)");

	/**
	 * What such a bracket says for a public office, centre, clinic or hotline (介護保険課, 市役所
	 * 環境局, city call center): a landline so labelled is that body's, while a workplace's
	 * own words (事務所, 事業所, office, reception, work) stay a person's line.
	 */
	private static final Pattern BRACKET_OFFICE = Pattern.compile("役所|役場|課|局(?!番)|センター|協会|病院|クリニック|医院|内科|保健所|"
			+ "(?i:city (?:hall|office|call|line)|ward office|bureau|call cent|cent(?:er|re)\\b|hotline|helpline|"
			+ "waterworks|association|clinic|hospital|council|official)|(?-i:[a-z]+ line\\b)");

	/**
	 * A reference number's label right before it (被保険者番号, 納税者番号, 受付番号 R, receipt no.,
	 * confirmation no.): such a number is no phone, whatever its shape.
	 */
	private static final Pattern REFERENCE_LABEL = Pattern
		.compile("(?:被保険者(?:証)?|保険証|納税者|納税義務者|受付|レシート|領収書?|貸出カード|カード|会員|申込|申請|整理|管理|"
				+ "お客様|顧客|契約|利用者|登録|通知書|宛名|証書|問い?合わせ|お問い?合わせ)番号[\\s　:：]*[A-Za-zＡ-Ｚ]?$|"
				+ "(?i:(?:confirmation|application|reference|receipt|case|order|booking|member(?:ship)?|ticket|invoice|"
				+ "customer|policy|insurance|taxpayer|library card|registration)\\s?(?:no\\.?|number|#|id)[\\s:#.]*[a-z]?$)");

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

	/** A number one rang and could not reach is an office's line (つながらない, 話し中). */
	private static final Pattern UNREACHED = Pattern
		.compile("つながら|繋がら|話し中|(?i:no answer|nobody answer|always busy|dead line|disconnected)");

	/**
	 * A firm's or office's word that owns the bare number lines of its signature block.
	 */
	private static final Pattern FIRM = Pattern
		.compile("株式会社|有限会社|合同会社|[（(][株有][）)]|法人|事務所|組合|協会|(?i:\\bco\\.|\\bltd\\b|\\binc\\b|\\bcorp|company)");

	/**
	 * What a bare number line holds besides its numbers: labels, extensions, punctuation.
	 */
	private static final Pattern LINE_LABELS = Pattern
		.compile("(?i:tel|fax|phone|電話番号|電話|℡|☎|連絡先|代表|代|内線|ext\\.?|extension|[0-9#]|[\\s　:：./／|、,()（）\\-])+");

	/**
	 * A fax label right before a number, which then shares the owner of the line before.
	 */
	private static final Pattern FAX_BEFORE = Pattern.compile("(?i:fax)[\\s　:：.]*$");

	/**
	 * Between two numbers offered as alternatives (… 093-… or 093-…?, …か…): the second is
	 * the same body's line as the first.
	 */
	private static final Pattern OR_GAP = Pattern.compile("[\\s　?？、,]*(?:(?i:or)|か|または|もしくは|/|／)[\\s　]*");

	/** A work word right before a number's label: the writer's own work line. */
	private static final Pattern WORK_LABEL = Pattern.compile("(?:(?i:office|work)|会社|勤務先|職場)[\\s　:：]*$");

	/** A phone label the phone rule took in with the number. */
	private static final Pattern LABEL_PREFIX = Pattern.compile("^(?:(?i:tel|phone)|ＴＥＬ|ｔｅｌ|電話|℡|☎)[.．:：\\s　]*");

	/**
	 * A short line that ends with an office's or section's name (八幡西区役所 保険年金課, Parks
	 * Division): a heading or signature line, not a sentence.
	 */
	private static final Pattern OFFICE_HEADING = Pattern.compile("(?:役所|役場|支所|課|局|センター|事務所|協会|組合|病院|クリニック|医院|"
			+ "(?i:city hall|ward office|cent(?:er|re)|division|department|bureau|section|association|clinic|hospital))[\\s　]*$");

	/**
	 * A form's line about a person: their name, home, address, birth date, guardian or
	 * workplace, labelled with a colon.
	 */
	private static final Pattern PERSON_FIELD = Pattern
		.compile("[\\s　・･*＊-]*(?:氏名|お名前|名前|保護者|申請者|申込者|本人|自宅|住所|現住所|生年月日|勤務先|勤め先|職場|"
				+ "(?i:name|address|home|date of birth|d\\.?o\\.?b\\.?|employer|workplace))[\\s　]*[:：]");

	/** How far before the number an organisation's word may stand. */
	private static final int REACH_BEFORE = 26;

	/** How far after the number an organisation's word may stand (…は市の代表番号ですか). */
	private static final int REACH_AFTER = 16;

	private OrganisationPhones() {
	}

	static void remove(String folded, List<Finding> candidates) {
		// A reference number is no phone even in a scam post: its label says what it is.
		candidates.removeIf(found -> found.kind() == PersonalDataKind.PHONE && referenceNumber(folded, found));
		if (SCAM.matcher(folded).find()) {
			return;
		}
		List<Finding> names = new ArrayList<>();
		List<Finding> phones = new ArrayList<>();
		char[] plain = folded.toCharArray();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME) {
				names.add(found);
			}
			if (found.kind() == PersonalDataKind.PHONE) {
				phones.add(found);
			}
			if (found.kind() == PersonalDataKind.EMAIL) {
				// An address's words (council@, .co.jp) name no organisation.
				Arrays.fill(plain, found.start(), found.end(), ' ');
			}
		}
		String text = new String(plain);
		phones.sort((a, b) -> Integer.compare(a.start(), b.start()));
		List<Finding> kept = new ArrayList<>();
		Finding last = null;
		for (Finding phone : phones) {
			boolean organisation;
			if (last != null && kept.contains(last) && phone.start() - last.end() <= 3) {
				// An extension written after an organisation's number is part of it.
				organisation = true;
			}
			else if (last != null && kept.contains(last) && sameLine(text, last.end(), phone.start())
					&& FAX_BEFORE.matcher(text.substring(last.end(), phone.start())).find()) {
				organisation = true;
			}
			else {
				organisation = organisations(text, phone, names, phones);
			}
			if (organisation) {
				kept.add(phone);
			}
			last = phone;
		}
		// An alternative written beside a kept line (… or …) is the same body's, either
		// way round; a mobile never is.
		for (int i = 0; i + 1 < phones.size(); i++) {
			Finding first = phones.get(i);
			Finding second = phones.get(i + 1);
			if (kept.contains(first) == kept.contains(second) || first.end() > second.start()
					|| !OR_GAP.matcher(text.substring(first.end(), second.start())).matches()) {
				continue;
			}
			Finding other = kept.contains(first) ? second : first;
			if (!MOBILE.matcher(other.in(text)).lookingAt()) {
				kept.add(other);
			}
		}
		candidates.removeAll(kept);
	}

	/**
	 * Whether a reference number's label stands right before the number (a My Number's
	 * twelve digits excepted: those are personal data under any label).
	 */
	private static boolean referenceNumber(String text, Finding phone) {
		String before = text.substring(Math.max(0, phone.start() - 14), phone.start());
		if (!REFERENCE_LABEL.matcher(before).find()) {
			return false;
		}
		int digits = 0;
		for (int i = phone.start(); i < phone.end(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				digits++;
			}
		}
		return digits >= 6 && digits != 12;
	}

	private static boolean sameLine(String text, int from, int to) {
		return text.substring(from, to).indexOf('\n') < 0;
	}

	private static boolean organisations(String text, Finding phone, List<Finding> names, List<Finding> phones) {
		// The phone rule may take the number's label with it (TEL：093…, tel.093…): the
		// number's own shape is read after it.
		String number = LABEL_PREFIX.matcher(phone.in(text)).replaceFirst("");
		if (number.length() < phone.end() - phone.start()
				&& WORK_LABEL.matcher(text.substring(Math.max(0, phone.start() - 10), phone.start())).find()) {
			// "Office tel." / "会社TEL" labels the writer's own work line, not an office's.
			return false;
		}
		if (number.isEmpty() || !(Character.isDigit(number.charAt(0)) || "+(（".indexOf(number.charAt(0)) >= 0)) {
			// Spelled or kanji numbers are dictated by people, not published by offices.
			return false;
		}
		if (!phoneShaped(number)) {
			// A Japan Post account or a reference number the phone rule took.
			return false;
		}
		int from = sentenceStart(text, phone.start());
		int to = sentenceEnd(text, phone.end());
		String before = text.substring(Math.max(from, phone.start() - 16), phone.start());
		String after = text.substring(phone.end(), Math.min(to, phone.end() + 30)).split("[,、/／;]", 2)[0];
		if (PERSON_BEFORE.matcher(before).find() || PERSON_AFTER.matcher(after).find()
				|| callerOf(text, from, to, phone, phones)) {
			return false;
		}
		Matcher bracket = BRACKET_AFTER.matcher(text).region(phone.end(), text.length());
		int afterFrom = phone.end();
		if (bracket.lookingAt()) {
			// What the bracket says is read here, not again as the words after the
			// number.
			afterFrom = bracket.end();
			String said = bracket.group(1);
			if (BRACKET_PERSON.matcher(said).find()) {
				return false;
			}
			if (BRACKET_ORGANISATION.matcher(said).find()) {
				return true;
			}
			if (!MOBILE.matcher(number).lookingAt() && BRACKET_OFFICE.matcher(said).find()
					&& !nameBeside(text, phone, names)) {
				return true;
			}
		}
		if (!MOBILE.matcher(number).lookingAt() && bareLine(text, phone, phones)
				&& (firmInBlock(text, phone, names) || officeHeadingBeside(text, phone, names))) {
			return true;
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
		int reach = Math.max(afterFrom, Math.min(to, phone.end() + REACH_AFTER));
		return ORGANISATION.matcher(text).region(afterFrom, reach).find()
				|| UNREACHED.matcher(text).region(afterFrom, reach).find();
	}

	/**
	 * Whether a caller's cue in the sentence (からの電話, calls from) stands nearer this
	 * number than any other number of the sentence: 消費生活センター（…）に相談したけど、業者からの電話 … makes
	 * the second number the caller's, not the centre's.
	 */
	private static boolean callerOf(String text, int from, int to, Finding phone, List<Finding> phones) {
		Matcher cue = CALLER.matcher(text).region(from, to);
		while (cue.find()) {
			int own = distance(cue, phone);
			boolean nearest = true;
			for (Finding other : phones) {
				if (other != phone && other.start() >= from && other.end() <= to && distance(cue, other) < own) {
					nearest = false;
					break;
				}
			}
			if (nearest) {
				return true;
			}
		}
		return false;
	}

	private static int distance(Matcher cue, Finding phone) {
		return (cue.end() <= phone.start()) ? phone.start() - cue.end() : Math.abs(cue.start() - phone.end());
	}

	/** Nine to eleven digits before any extension, as a phone number has. */
	private static boolean phoneShaped(String number) {
		int digits = 0;
		for (char c : number.toCharArray()) {
			if (Character.isDigit(c)) {
				digits++;
			}
			else if (" -.()（）+".indexOf(c) < 0) {
				break;
			}
		}
		if (number.startsWith("+")) {
			digits -= 2;
		}
		return digits >= 9 && digits <= 11;
	}

	/** Whether the number's line holds nothing but numbers and their labels. */
	private static boolean bareLine(String text, Finding phone, List<Finding> phones) {
		int start = text.lastIndexOf('\n', phone.start() - 1) + 1;
		int end = text.indexOf('\n', phone.end());
		end = (end < 0) ? text.length() : end;
		char[] line = text.substring(start, end).toCharArray();
		for (Finding other : phones) {
			if (other.start() >= start && other.end() <= end) {
				Arrays.fill(line, other.start() - start, other.end() - start, '#');
			}
		}
		return LINE_LABELS.matcher(new String(line)).matches();
	}

	/**
	 * Whether a firm's or office's word stands in the lines of the number's block: up to
	 * four lines before it or the one after it, short of a blank line. A firm's line that
	 * also holds a person's name (株式会社… 山田) signs that person, whose line it is.
	 */
	private static boolean firmInBlock(String text, Finding phone, List<Finding> names) {
		int start = text.lastIndexOf('\n', phone.start() - 1);
		for (int i = 0; i < 4 && start > 0; i++) {
			int previous = text.lastIndexOf('\n', start - 1);
			String line = text.substring(previous + 1, start);
			if (line.isBlank()) {
				break;
			}
			if (PERSON_FIELD.matcher(line).lookingAt()) {
				// A form about a person (氏名：, 自宅：, 勤務先：…): its bare number line is
				// theirs, and a firm on a workplace line is their employer.
				return false;
			}
			if (signatureFirm(line)) {
				return !nameBetween(names, previous + 1, start);
			}
			start = previous;
		}
		int end = text.indexOf('\n', phone.end());
		if (end >= 0) {
			int next = text.indexOf('\n', end + 1);
			String line = text.substring(end + 1, (next < 0) ? text.length() : next);
			return signatureFirm(line) && !nameBetween(names, end + 1, (next < 0) ? text.length() : next);
		}
		return false;
	}

	/**
	 * A short line naming a firm heads a signature; a sentence that names one (I work for
	 * … Co.) does not make the writer's number the firm's.
	 */
	private static boolean signatureFirm(String line) {
		return line.strip().length() <= 30 && FIRM.matcher(line).find();
	}

	/**
	 * Whether the line right before or right after the number's bare line is an office's
	 * heading with no person's name in it.
	 */
	private static boolean officeHeadingBeside(String text, Finding phone, List<Finding> names) {
		int lineStart = text.lastIndexOf('\n', phone.start() - 1);
		if (lineStart > 0) {
			int previous = text.lastIndexOf('\n', lineStart - 1) + 1;
			if (officeHeading(text, previous, lineStart, names)) {
				return true;
			}
		}
		int lineEnd = text.indexOf('\n', phone.end());
		if (lineEnd >= 0) {
			int next = text.indexOf('\n', lineEnd + 1);
			return officeHeading(text, lineEnd + 1, (next < 0) ? text.length() : next, names);
		}
		return false;
	}

	private static boolean officeHeading(String text, int start, int end, List<Finding> names) {
		String line = text.substring(start, end);
		return !line.isBlank() && line.strip().length() <= 30 && OFFICE_HEADING.matcher(line).find()
				&& !nameBetween(names, start, end);
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
		// Backwards from the number, the last BOUNDARY before it: a search forward from
		// the text's start read a long text again for each of its numbers.
		for (int i = at - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if ("。！？!?\n".indexOf(c) >= 0
					|| c == '.' && i + 1 < at && " \t\n\u000B\f\r".indexOf(text.charAt(i + 1)) >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

	private static int sentenceEnd(String text, int at) {
		Matcher boundary = BOUNDARY.matcher(text).region(at, text.length());
		return boundary.find() ? boundary.start() : text.length();
	}

}
