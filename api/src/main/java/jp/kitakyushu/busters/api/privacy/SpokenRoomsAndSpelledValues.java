package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values a post spells out or spreads over a sentence: an address read aloud in
 * kanji numerals with commas (…区…、三丁目の七の二十一、…棟一〇二号), the building before a room found,
 * the room after an address (、部屋は201; 2階奥の部屋), a postal code after an English address, a
 * room named in English (apartment is 401, Residence …; … dorm, building B, room 115), a
 * date of birth in words (born on the fifth of November 2019), an e-mail spelled with
 * "dot" and "at", a romanised plate and the region before a plate found, and an account
 * number after an English bank and branch.
 */
final class SpokenRoomsAndSpelledValues {

	private static final String KANJI_NUMBER = "[〇一二三四五六七八九十百]{1,4}";

	/** A ward, a town and a chōme, lot and house read aloud in kanji numerals. */
	private static final Pattern SPOKEN_ADDRESS = Pattern.compile(
			"(?<v>(?:門司|小倉北|小倉南|若松|八幡東|八幡西|戸畑)区" + "[一-龯々ヶヵノ]{1,6}[、 ]?" + KANJI_NUMBER + "丁目[のと、 ]{0,2}" + KANJI_NUMBER
					+ "(?:番地?)?[の、 ]{0,2}" + KANJI_NUMBER + "(?:号)?(?:[、 ]{0,2}[一-龯々ァ-ヺー]{1,10}[ ]?(?:[A-Z]棟|"
					+ KANJI_NUMBER + "棟)?[ ]?(?:" + KANJI_NUMBER + "|[0-9]{2,4})号室?)?)");

	/** A building's name right before a room found. */
	private static final Pattern BUILDING_BEFORE_ROOM = Pattern
		.compile("(?<v>(?:コーポ|ハイツ|メゾン|マンション|レジデンス|パレス|シャトー|ヴィラ|グラン|サン)[一-龯々ァ-ヺーヶ]{1,10}[ ]?"
				+ "|[一-龯々ァ-ヺーヶ]{1,10}(?:ハイツ|荘|コーポ|マンション|レジデンス|アパート|団地|寮)[ ]?)$");

	/** A room or the side of a floor after an address. */
	private static final Pattern ROOM_AFTER = Pattern
		.compile("\\G(?<v>[、, ]?部屋(?:番号)?は[ ]?[0-9]{2,4}(?:号室?)?|(?:奥|手前|角|東側|西側|南側|北側|右|左)の部屋)");

	/** An English ward and a postal code after an address. */
	private static final Pattern CODE_AFTER = Pattern.compile(
			"\\G(?<v>,? (?:Kokura[- ]?(?:[Kk]ita|[Mm]inami)|Yahata[- ]?(?:[Hh]igashi|[Nn]ishi)|Wakamatsu|Tobata|Moji)"
					+ "(?:-ku| [Ww]ard)?,? (?:〒 ?)?[0-9]{3}-[0-9]{4})");

	/** A flat's number and its building after "apartment is". */
	private static final Pattern ROOM_IS = Pattern
		.compile("\\b(?i:apartment|flat|room|unit|apt\\.?)(?: number)? (?:is|was|:) (?:No\\. ?)?"
				+ "(?<v>[0-9]{2,4}[A-Z]?,? (?:[A-Z][a-z]+[ -]){0,2}[A-Z][a-z]+)\\b");

	/** A dormitory or block, its building and its room. */
	private static final Pattern BUILDING_ROOM = Pattern.compile(
			"(?<v>(?:[A-Z][a-z]+ ){0,3}(?i:dorm|dormitory|apartments?|mansion|heights|residence|court|house|flats),? "
					+ "(?i:building|block|bldg\\.?|wing) [A-Z0-9]{1,2},? (?i:room|rm\\.?|unit|apt\\.?|flat) [0-9]{1,4}[A-Z]?)\\b");

	private static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
			+ "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
			+ "|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first"
			+ "|[0-9]{1,2}(?:st|nd|rd|th))";

	/** A date in words with its year, after a birth's cue. */
	private static final Pattern BIRTH_IN_WORDS = Pattern
		.compile("(?i:born|birthday|birth date|date of birth|DOB)(?: is| was)?(?: on)?,? (?<v>the " + ORDINAL
				+ " of (?:January|February|March|April|May|June|July|August|September|October|November|December),? "
				+ "(?:19|20)[0-9]{2})\\b");

	/** "the" before a date of birth found. */
	private static final Pattern THE_BEFORE = Pattern.compile("(?<v>\\bthe )$");

	/** An e-mail read aloud: words joined by "dot", "at", a provider and its domain. */
	private static final Pattern SPOKEN_EMAIL = Pattern
		.compile("(?i)(?<v>\\b[a-z0-9]{2,20}(?: (?:dot|period|underscore) "
				+ "[a-z0-9]{1,20}){1,3} (?:at|@) [a-z0-9\\-]{2,20}(?: dot [a-z]{2,6}){1,3})\\b");

	/** A plate in romaji: region, office, class, kana and number. */
	private static final Pattern ROMAN_PLATE = Pattern
		.compile("(?<v>\\b(?:Kita-?[Kk]yushu|Fukuoka|Chikuho|Kurume|Shimonoseki|Yamaguchi|Oita|Saga|Kumamoto)"
				+ "(?<office> [A-Z][a-z]+(?:-[a-z]+)?)?(?<class> [0-9]{2,3})? "
				+ "(?:[kstnhmyrwgzdbp]|sh|ch|ts)?[aiueo]" + " [0-9]{1,2}(?<dash>-)?[0-9]{2}\\b)");

	/** The first half of a region split by a dash before a plate found. */
	private static final Pattern REGION_BEFORE = Pattern.compile("(?<v>\\b[A-Z][a-z]{2,6}-)$");

	/** A bank, its branch, then an account number. */
	private static final Pattern BANK_BRANCH_NUMBER = Pattern.compile("\\b(?:Bank|bank|Shinkin|JA Bank),? (?:the )?"
			+ "(?:[A-Z][a-z]+(?:-[a-z]+)? )?(?i:branch),? (?:(?i:ordinary|savings|checking|current)(?: account)?,? )?"
			+ "(?:(?i:account )?(?:no\\.?|number) )?(?<v>[0-9]{7})\\b");

	private SpokenRoomsAndSpelledValues() {
	}

	static void add(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		if (japanese) {
			if (folded.contains("丁目")) {
				Found.all(SPOKEN_ADDRESS, folded, PersonalDataKind.POSTAL_ADDRESS, candidates);
			}
		}
		else {
			if (folded.contains(" dot ")) {
				Found.all(SPOKEN_EMAIL, folded, PersonalDataKind.EMAIL, candidates);
			}
			if (folded.contains(" of ")) {
				value(BIRTH_IN_WORDS, folded, PersonalDataKind.DATE_OF_BIRTH, candidates);
			}
			value(ROOM_IS, folded, PersonalDataKind.POSTAL_ADDRESS, candidates);
			value(BUILDING_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, candidates);
			plates(folded, candidates);
			if (folded.contains("ranch")) {
				value(BANK_BRANCH_NUMBER, folded, PersonalDataKind.BANK_ACCOUNT, candidates);
			}
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			switch (finding.kind()) {
				case POSTAL_ADDRESS -> {
					if (japanese && Character.isDigit(folded.charAt(finding.start()))) {
						// A room alone: the building named right before it is part of it.
						before(BUILDING_BEFORE_ROOM, folded, i, candidates);
					}
					if (japanese) {
						after(ROOM_AFTER, folded, i, candidates);
					}
					else {
						after(CODE_AFTER, folded, i, candidates);
					}
				}
				case DATE_OF_BIRTH -> {
					if (!japanese) {
						before(THE_BEFORE, folded, i, candidates);
					}
				}
				case NUMBER_PLATE -> {
					if (!japanese) {
						before(REGION_BEFORE, folded, i, candidates);
					}
				}
				default -> {
				}
			}
		}
	}

	/**
	 * A romanised plate needs its office, its class or the dash of its number: "Fukuoka
	 * in 2024" and "Kitakyushu to 1234" are a place and a year or a count.
	 */
	private static void plates(String folded, List<Finding> candidates) {
		Matcher plate = ROMAN_PLATE.matcher(folded);
		while (plate.find()) {
			if (plate.group("office") != null || plate.group("class") != null || plate.group("dash") != null) {
				candidates.add(Found.value(PersonalDataKind.NUMBER_PLATE, plate));
			}
		}
	}

	private static void value(Pattern pattern, String folded, PersonalDataKind kind, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			candidates.add(Found.value(kind, matcher));
		}
	}

	private static void before(Pattern pattern, String folded, int i, List<Finding> candidates) {
		Finding finding = candidates.get(i);
		Matcher matcher = pattern.matcher(folded).region(Math.max(0, finding.start() - 16), finding.start());
		if (matcher.find()) {
			candidates.set(i, finding.over(matcher.start("v"), finding.end()));
		}
	}

	private static void after(Pattern pattern, String folded, int i, List<Finding> candidates) {
		Finding finding = candidates.get(i);
		Matcher matcher = pattern.matcher(folded).region(finding.end(), folded.length());
		if (matcher.lookingAt()) {
			candidates.set(i, finding.over(finding.start(), matcher.end("v")));
		}
	}

}
