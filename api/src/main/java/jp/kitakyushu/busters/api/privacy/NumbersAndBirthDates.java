package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and birth dates in the shapes the detectors miss: My Numbers after their cue
 * whatever their check digit, Japan Post symbol-numbers, bank accounts with their type in
 * brackets or slashes, phones with extensions, brackets or spoken digits, number plates
 * in every spelling, and birth dates by their era, cue or kin word.
 */
final class NumbersAndBirthDates {

	/** A digit as written in a number: ASCII (the fold made it so) or kanji. */
	private static final String D = "[0-9〇一二三四五六七八九]";

	/** A post that speaks of a My Number. */
	private static final Pattern MY_NUMBER_CUE = Pattern.compile("マイナンバ[ー-]|個人番号|(?i:my ?number)");

	/**
	 * Twelve digits in the three groups of four of the card, or run together: in a post
	 * that names a My Number it is one, whatever its check digit (people invent or
	 * mistype them, and the number is no less theirs).
	 */
	private static final Pattern TWELVE_DIGITS = Pattern
		.compile("(?<![0-9])(?<![0-9]-)(?:[0-9]{4}([ -])[0-9]{4}\\1[0-9]{4}|[0-9]{12})(?![0-9]|[- ][0-9])");

	/**
	 * A Japan Post symbol-number: a five-digit symbol starting with 1 (and its check
	 * digit at times), then the number, with or without the words 記号 and 番号 and the
	 * bank's name right before; kanji and full-width digits too.
	 */
	private static final Pattern JAPAN_POST = Pattern
		.compile("(?:(?:記号[・･]?番号|記号|(?i:symbol[- ]?(?:and[- ])?number))[ ]*[:：は]?[ ]*)?" + "(?<![0-9〇一二三四五六七八九])[1一]"
				+ D + "{4}" + "[ ]*(?:[-][ ]*" + D + "(?![0-9〇一二三四五六七八九]{2}))?" + "[ ]*-?[ ]*(?:番号[ ]*[:：]?[ ]*)?" + D
				+ "{6,9}(?!" + D + ")");

	/** Whether a symbol-number match has its words or its hyphen, not just 13 digits. */
	private static final Pattern JAPAN_POST_SHAPED = Pattern.compile("記号|番号|(?i:symbol)|" + D + "{5} ?-");

	/**
	 * A postal transfer account (振替口座): five digits starting with 0, one digit, then the
	 * number.
	 */
	private static final Pattern TRANSFER_ACCOUNT = Pattern.compile("(?<![0-9-])0[0-9]{4}-[0-9]-[0-9]{1,6}(?![0-9-])");

	/**
	 * A bank, its branch, the account type (in brackets, between slashes or as a word)
	 * and a seven-digit number, which may be in kanji.
	 */
	private static final Pattern BANK_BRANCH_TYPE_NUMBER = Pattern
		.compile("(?:ゆうちょ|[\\p{IsHan}\\p{IsKatakana}ー]{1,8}\\p{IsHiragana}{0,4})(?:銀行|信用金庫|信金|信用組合|労働金庫)[ ]*[／/]?[ ]*"
				+ "[^\\s／/（()）、。]{0,8}?[ ]*(?:支店|本店|出張所|営業部)[ ]*(?:[（(]店番号?[ ]*[0-9]{3}[）)][ ]*)?[／/]?[ ]*"
				+ "(?:[（(](?:当座|普通)(?:預金)?[）)]|(?:当座|普通)(?:預金)?(?:口座)?)[ ]*[／/]?[ ]*(?:No\\.?[ ]*)?" + D + "{7}(?!" + D
				+ ")");

	/** A phone with its area code in brackets, dots, or the last four split in two. */
	private static final String NEW_PHONE_SHAPE = "(?:\\(0[0-9]{1,4}\\)[ ]?[0-9]{1,4}[-. ][0-9]{4}"
			+ "|0[0-9]{1,4}\\([0-9]{1,4}\\)[0-9]{4}" + "|0[0-9]{1,4}\\.[0-9]{1,4}\\.[0-9]{4}"
			+ "|0[0-9]{2,3}-[0-9]{2,4}-[0-9]{2}-[0-9]{2}" + "|\\+81[- ]?[1-9][0-9]{0,3}[- ][0-9]{1,4}[- ][0-9]{4})";

	/**
	 * An extension written right after a phone: （内線046）, ext. 385, (office, ext. 205).
	 */
	private static final String EXTENSION = "(?:[ ]*[（(](?:内線|(?i:ext|x)\\.?)[ ]*[0-9]{1,5}[）)]"
			+ "|[ ]*[（(](?i:(?:office|home|mobile|cell|work), ?ext\\.? ?[0-9]{1,5})[）)]"
			+ "|,? (?i:ext\\.?|extension|x) ?[0-9]{1,5}\\b)";

	/** A phone in a shape the phone detector misses, and its extension if any. */
	private static final Pattern NEW_SHAPED_PHONE = Pattern
		.compile("(?<p>(?<![0-9-])" + NEW_PHONE_SHAPE + "(?![0-9]))(?:" + EXTENSION + ")?");

	/** A phone in the common shape, with the extension the phone detector leaves out. */
	private static final Pattern PHONE_AND_EXTENSION = Pattern
		.compile("(?<p>(?<![0-9-])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{4}(?![0-9]))" + EXTENSION);

	/** Kanji digits in three groups (九三の六五一の二四四〇, 〇九〇ー一二三四ー五六七八). */
	private static final Pattern KANJI_PHONE = Pattern
		.compile("(?<![〇一二三四五六七八九十])[〇一二三四五六七八九]{2,5}(?:[のーｰ\\-・、 ]{1,2}[〇一二三四五六七八九]{2,4}){2}(?![〇一二三四五六七八九十])");

	/**
	 * The spoken names of digits, longest first, in hiragana, katakana and half-width.
	 */
	private static final String SPOKEN_DIGIT = "(?:ぜろ|ゼロ|ｾﾞﾛ|れい|まる|いち|イチ|ｲﾁ|にい(?!ち)|にー|ニイ(?!チ)|ニー|ﾆｲ(?!ﾁ)|ﾆｰ|さん|サン|ｻﾝ|よん|ヨン|ﾖﾝ|ごう|ごー|ゴウ|ゴー|ｺﾞｳ|ｺﾞｰ|ろく|ロク|ﾛｸ"
			+ "|なな|ナナ|ﾅﾅ|な|しち|はち|ハチ|ﾊﾁ|きゅう|キュウ|ｷｭｳ|きゅー|キュー|に|ニ|ﾆ|ご|ゴ|ｺﾞ)";

	/**
	 * A run of spoken digits, the groups split by の, commas, dots or spaces, starting
	 * with a digit of two kana or more (a name may end in に or ご).
	 */
	private static final Pattern SPOKEN_RUN = Pattern.compile("(?=" + SPOKEN_DIGIT + "(?<![にニﾆごゴ]|ｺﾞ))(?:"
			+ SPOKEN_DIGIT + "(?:[のノﾉ、,・･ ]{1,3}(?=" + SPOKEN_DIGIT + "))?)+");

	private static final Pattern ONE_SPOKEN_DIGIT = Pattern.compile(SPOKEN_DIGIT);

	/** A post that speaks of a vehicle. */
	private static final Pattern VEHICLE_CUE = Pattern.compile("ナンバー|車|バイク|スクーター|原付|(?i:\\b(?:car|van|plate|"
			+ "registration|vehicle|parking|pcn|lorry|truck|scooter|motorbike|bike|minivan|hatchback|prius)s?\\b)");

	/**
	 * A Japanese plate: the place, the class number (which a bike's plate lacks), one
	 * kana and the serial, whose parts a writer may split by a hyphen or a dot.
	 */
	private static final Pattern JAPANESE_PLATE = Pattern
		.compile("(?<![\\p{IsHan}])[\\p{IsHan}]{2,4}[ ]*(?:(?<c>[0-9]{2,3})[ ]*)?"
				+ "(?<k>[\\p{IsHiragana}])[ ]*(?:[0-9]{1,2}[-・･][0-9]{1,3}|[・･]{1,3}[0-9]{1,3}|[0-9]{4})(?![0-9年月日円時分人件個回歳%])");

	/** A plate read out in kanji: 北九州ナンバーの三〇〇のめの二二の四四. */
	private static final Pattern KANJI_PLATE = Pattern.compile("[\\p{IsHan}&&[^〇一二三四五六七八九]]{2,4}(?:ナンバー)?の?"
			+ "[〇一二三四五六七八九]{2,3}の?[\\p{IsHiragana}]の?[〇一二三四五六七八九]{1,2}[のー・-]?[〇一二三四五六七八九]{2}");

	/**
	 * A plate in romaji: the place, the class number (a bike's lacks it), the kana in
	 * romaji or as written, the serial.
	 */
	private static final Pattern ROMAJI_PLATE = Pattern
		.compile("\\b[A-Z][a-z]{2,12}(?:-(?:shi|ku))?[ ]+(?:(?<c>[0-9]{3})[ ]+)?"
				+ "(?!(?:at|to|on|in|an|am|pm|or|as|is|it|by|of)\\b)(?:[a-z]{1,3}(?:-[a-z]{1,3})?|\\p{IsHiragana})[ ]+(?:[0-9]{1,2}-[0-9]{2}|・?[0-9]{3})\\b");

	/** A British plate (AB12 CDE). */
	private static final Pattern BRITISH_PLATE = Pattern.compile("\\b[A-Z]{2}[0-9]{2} ?[A-Z]{3}\\b");

	/** A post that speaks of a birth. */
	private static final Pattern BIRTH_CUE = Pattern
		.compile("生年月日|生まれ|うまれ|誕生|たんじょう|出生|[0-9一二三四五六七八九十]生|" + "(?i:\\b(?:born|birth|birthday|DOB|d\\.o\\.b)\\b)");

	private static final String MONTH = "(?:0?[1-9]|1[0-2])";

	private static final String DAY = "(?:0?[1-9]|[12][0-9]|3[01])";

	private static final String ENGLISH_MONTH = "(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

	/**
	 * A full date of a past era written short (S4.1.30, 大正14.3.30, Showa 16.9.8, Showa 22
	 * (1947) 8/15, Meiji 44 (1911), 11 February): Meiji, Taisho and Showa ended long ago,
	 * and people write such a date for when someone was born; Heisei and Reiwa ones only
	 * in a post about a birth.
	 */
	private static final Pattern ERA_DATE = Pattern
		.compile("(?<![A-Za-z0-9])(?:(?<old>[MTS]|明治|大正|昭和)|[HR]|平成|令和)" + "[0-9]{1,2}[.・/]" + MONTH + "[.・/]" + DAY
				+ "(?![0-9])" + "|\\b(?i:(?<oldw>Meiji|Taisho|Showa)|Heisei|Reiwa) [0-9]{1,2}"
				+ "(?:\\.[0-9]{1,2}\\.[0-9]{1,2}\\b" + "|(?: \\([0-9]{4}\\),?)? (?:" + MONTH + "/" + DAY + "\\b|"
				+ ENGLISH_MONTH + " " + DAY + "\\b|" + DAY + " " + ENGLISH_MONTH + "))");

	/** 1981（昭和56）年6月19日: the western year with the era's in brackets. */
	private static final Pattern YEAR_WITH_ERA = Pattern
		.compile("(?:19|20)[0-9]{2}[（(](?:明治|大正|昭和|平成|令和)[0-9]{1,2}[）)]年" + MONTH + "月" + DAY + "日");

	/** An era date in kanji numerals (平成四年十二月二十日). */
	private static final Pattern KANJI_ERA_DATE = Pattern
		.compile("(?:明治|大正|昭和|平成|令和)[元一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日");

	/** A full date in digits. */
	private static final String FULL_DATE = "(?:(?:19|20)[0-9]{2}[-/.年]" + MONTH + "[-/.月]" + DAY + "日?"
			+ "|(?:明治|大正|昭和|平成|令和|[MTSHR])(?:[0-9]{1,2}|元)[./年]" + MONTH + "[./月]" + DAY + "日?)";

	/** A kin word and a full date in one bracket: （夫、1982年4月6日）. */
	private static final Pattern KIN_AND_DATE = Pattern
		.compile("[（(](?:夫|妻|長男|長女|次男|次女|三男|三女|父|母|息子|娘|子|祖父|祖母|本人|世帯主|配偶者)" + "[、,][ ]*(?<v>" + FULL_DATE + ")[）)]");

	/** A full date with its year, day first or in kanji numerals, as well. */
	private static final String ANY_FULL_DATE = "(?:" + FULL_DATE + "|" + DAY + "[./-]" + MONTH
			+ "[./-](?:19|20)[0-9]{2}" + "|(?:明治|大正|昭和|平成|令和)[元一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
			+ "|" + DAY + "(?:st|nd|rd|th)?(?: of)? " + ENGLISH_MONTH + ",? (?:19|20)[0-9]{2}" + "|" + ENGLISH_MONTH
			+ " " + DAY + "(?:st|nd|rd|th)?,? (?:19|20)[0-9]{2})(?![0-9])";

	/**
	 * A date right after the words that say it is a birth date (生年月日：, 生まれは, 誕生日, born
	 * on): a birthday without its year too.
	 */
	private static final Pattern DATE_AFTER_BIRTH_WORD = Pattern.compile(
			"(?:生年月日|生まれた日|生まれは|誕生日|(?i:date of birth|birth ?date|born(?: here)?(?: on)?|DOB))" + "[ ]*[:：は]?[ ]*(?<v>"
					+ ANY_FULL_DATE + "|" + MONTH + "/" + DAY + "(?![0-9/])" + "|" + MONTH + "月" + DAY + "日)");

	/**
	 * A full date right before which a name may end (after a bracket, comma or colon).
	 */
	private static final Pattern FULL_DATE_ANYWHERE = Pattern
		.compile("(?<![0-9])" + ANY_FULL_DATE + "(?![ ]*(?:まで|迄|から|より|に|付|頃|締)|日)");

	/** A post about a pet, whose birthday is no person's. */
	private static final Pattern PET = Pattern
		.compile("犬|猫|ペット|(?i:\\b(?:dog|cat|puppy|kitten|pet|shiba|corgi|rabbit|hamster)s?\\b)");

	/** A western year in a date. */
	private static final Pattern WESTERN_YEAR = Pattern.compile("(?:19|20)[0-9]{2}");

	/** An era's name or letter heading a date. */
	private static final Pattern ERA_FIRST = Pattern.compile("明治|大正|昭和|平成|令和|[MTSHR]");

	/** A Reiwa year heading a date. */
	private static final Pattern REIWA_YEAR = Pattern.compile("^(?:令和|R)([0-9]{1,2})");

	/**
	 * What may stand between a name and its birth date: brackets, commas, an honorific.
	 */
	private static final Pattern NAME_GAP = Pattern.compile("[ （()）、,：:]*(?:さん|様|さま)?[ （()）、,：:]*");

	/** The rest of a Japanese date after its year (1999 in "1999年7月30日"). */
	private static final Pattern REST_OF_DATE = Pattern.compile("年" + MONTH + "月(?:" + DAY + "日)?");

	private NumbersAndBirthDates() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		myNumbers(folded, added);
		bankAccounts(folded, added);
		phones(folded, added);
		plates(folded, added);
		birthDates(folded, candidates, added);
		candidates.addAll(added);
	}

	private static void myNumbers(String folded, List<Finding> added) {
		if (!MY_NUMBER_CUE.matcher(folded).find()) {
			return;
		}
		addAll(TWELVE_DIGITS.matcher(folded), PersonalDataKind.MY_NUMBER, added);
	}

	private static void bankAccounts(String folded, List<Finding> added) {
		Matcher post = JAPAN_POST.matcher(folded);
		while (post.find()) {
			if (JAPAN_POST_SHAPED.matcher(post.group()).find()) {
				added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, post.start(), post.end()));
			}
		}
		if (folded.contains("口座") || folded.contains("振替") || folded.contains("振込")) {
			addAll(TRANSFER_ACCOUNT.matcher(folded), PersonalDataKind.BANK_ACCOUNT, added);
		}
		addAll(BANK_BRANCH_TYPE_NUMBER.matcher(folded), PersonalDataKind.BANK_ACCOUNT, added);
	}

	private static void phones(String folded, List<Finding> added) {
		for (Pattern pattern : List.of(NEW_SHAPED_PHONE, PHONE_AND_EXTENSION)) {
			Matcher phone = pattern.matcher(folded);
			while (phone.find()) {
				if (phoneDigits(phone.group("p"))) {
					// The phone and its extension apart: where the phone lies inside a
					// longer finding (an address line), the extension is still hidden.
					added.add(new Finding(PersonalDataKind.PHONE, phone.start(), phone.end("p")));
					if (phone.end() > phone.end("p")) {
						added.add(new Finding(PersonalDataKind.PHONE, phone.end("p"), phone.end()));
					}
				}
			}
		}
		addAll(KANJI_PHONE.matcher(folded), PersonalDataKind.PHONE, added);
		Matcher run = SPOKEN_RUN.matcher(folded);
		while (run.find()) {
			// Nine digits at least, most of them words of two kana or more: ordinary kana
			// text holds short runs of に, し, ご and く, never nine digit names in a row.
			int digits = 0;
			int longOnes = 0;
			Matcher digit = ONE_SPOKEN_DIGIT.matcher(run.group());
			while (digit.find()) {
				digits++;
				longOnes += (digit.group().length() > 1 && !digit.group().startsWith("ｺﾞ")
						&& !digit.group().equals("ﾆ")) ? 1 : 0;
			}
			if (digits >= 9 && longOnes >= 5) {
				added.add(new Finding(PersonalDataKind.PHONE, run.start(), run.end()));
			}
		}
	}

	private static void plates(String folded, List<Finding> added) {
		boolean vehicle = VEHICLE_CUE.matcher(folded).find();
		Matcher plate = JAPANESE_PLATE.matcher(folded);
		while (plate.find()) {
			// Without the class number the shape is loose (北九州 と 5678): only where the
			// post speaks of a vehicle, with the kana standing apart.
			if (plate.group("c") != null || (vehicle && plate.group().matches(".*[ ]\\p{IsHiragana}[ ].*"))) {
				added.add(new Finding(PersonalDataKind.NUMBER_PLATE, plate.start(), plate.end()));
			}
		}
		addAll(KANJI_PLATE.matcher(folded), PersonalDataKind.NUMBER_PLATE, added);
		Matcher romaji = ROMAJI_PLATE.matcher(folded);
		while (romaji.find()) {
			if (romaji.group("c") != null || vehicle) {
				added.add(new Finding(PersonalDataKind.NUMBER_PLATE, romaji.start(), romaji.end()));
			}
		}
		if (vehicle) {
			addAll(BRITISH_PLATE.matcher(folded), PersonalDataKind.NUMBER_PLATE, added);
		}
	}

	private static void birthDates(String folded, List<Finding> candidates, List<Finding> added) {
		boolean birth = BIRTH_CUE.matcher(folded).find();
		Matcher era = ERA_DATE.matcher(folded);
		while (era.find()) {
			if (birth || era.group("old") != null || era.group("oldw") != null) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, era.start(), era.end()));
			}
		}
		if (birth) {
			addAll(YEAR_WITH_ERA.matcher(folded), PersonalDataKind.DATE_OF_BIRTH, added);
		}
		Matcher kin = KIN_AND_DATE.matcher(folded);
		while (kin.find()) {
			added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, kin.start("v"), kin.end("v")));
		}
		Matcher cued = DATE_AFTER_BIRTH_WORD.matcher(folded);
		boolean pet = PET.matcher(folded).find();
		while (!pet && cued.find()) {
			added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, cued.start("v"), cued.end("v")));
		}
		// A full past date right after a name, in the shapes DatesAfterNames leaves out
		// (day first, kanji numerals, after the name's reading in brackets or 様).
		// Tried only where a name ends rather than searched for over the whole post (the
		// same dates: every labelled file's report is unchanged).
		Matcher full = FULL_DATE_ANYWHERE.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
		for (int start : startsAfterNames(folded, candidates)) {
			if (full.region(start, folded.length()).lookingAt() && past(full.group())) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, full.start(), full.end()));
			}
		}
		Matcher kanji = KANJI_ERA_DATE.matcher(folded);
		while (kanji.find()) {
			if (birth || afterName(folded, kanji.start(), candidates)) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, kanji.start(), kanji.end()));
			}
		}
		// A birth date found by its year alone where the month and day follow in
		// Japanese.
		Matcher rest = REST_OF_DATE.matcher(folded);
		for (Finding found : candidates) {
			if (found.kind() != PersonalDataKind.DATE_OF_BIRTH) {
				continue;
			}
			rest.region(found.end(), folded.length());
			if (rest.lookingAt()) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, found.start(), rest.end()));
			}
		}
	}

	/**
	 * Whether a phone has the digits of a Japanese number before its extension: ten, or
	 * eleven for a mobile or IP phone (0X0); reference numbers shaped like phones have
	 * others.
	 */
	private static boolean phoneDigits(String phone) {
		String digits = phone.replaceAll("[^0-9]", "").replaceFirst("^81", "0");
		return digits.length() == 10 && digits.charAt(1) != '0'
				|| digits.length() == 11 && digits.matches("0[5789]0[0-9]+");
	}

	/**
	 * Whether a date is before this year: a western year before it, or any era but Reiwa
	 * from its eighth year (2026) on.
	 */
	private static boolean past(String date) {
		Matcher year = WESTERN_YEAR.matcher(date);
		int latest = java.time.Year.now(java.time.ZoneId.of("Asia/Tokyo")).getValue() - 1;
		if (!ERA_FIRST.matcher(date).lookingAt() && year.find()) {
			return Integer.parseInt(year.group()) <= latest;
		}
		Matcher reiwa = REIWA_YEAR.matcher(date);
		return !reiwa.find() || 2018 + Integer.parseInt(reiwa.group(1)) <= latest;
	}

	/**
	 * Whether a name found ends right before, across a bracket, comma, colon, spaces or
	 * an honorific.
	 */
	private static boolean afterName(String folded, int at, List<Finding> candidates) {
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME && found.end() <= at && found.end() >= at - 5
					&& NAME_GAP.matcher(folded).region(found.end(), at).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where a date right after a name may start, in the text's order: each place
	 * {@link #afterName} accepts.
	 */
	private static SortedSet<Integer> startsAfterNames(String folded, List<Finding> candidates) {
		SortedSet<Integer> starts = new TreeSet<>();
		for (Finding found : candidates) {
			if (found.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			for (int at = found.end(); at <= Math.min(found.end() + 5, folded.length() - 1); at++) {
				if (NAME_GAP.matcher(folded).region(found.end(), at).matches()) {
					starts.add(at);
				}
			}
		}
		return starts;
	}

	private static void addAll(Matcher matcher, PersonalDataKind kind, List<Finding> added) {
		while (matcher.find()) {
			added.add(new Finding(kind, matcher.start(), matcher.end()));
		}
	}

}
