package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;

/**
 * Finds postal codes and street addresses precise enough to reach a door: a Japanese town
 * followed by 丁目/番地/号 or hyphenated block numbers, an optional building and room, and
 * English street addresses, both Western and romanised Japanese.
 *
 * <p>
 * A ward or town alone (小倉北区, 浅野1丁目付近) is where a problem is, not who reported it, so it
 * is left alone: an address needs at least a block and a house number.
 */
final class PostalAddressDetector implements Detector {

	/** の joins town names (春の町, 希望が丘 is written without it). */
	private static final IntPredicate NO = (c) -> c == 'の';

	/**
	 * Japanese addresses start a run of kanji and reach a digit within this many chars.
	 */
	/** A town, then its numbers: at once or after one space (小倉北区大手町 11-4). */
	private static final StartSet JAPANESE_START = StartSet
		.runThen(StartSet.HAN.or(StartSet.KATAKANA), 40, StartSet.where(StartSet.DIGIT).or(StartSet.anyOf(" ")))
		.or(StartSet.runThen(StartSet.HAN.or(StartSet.KATAKANA).or(NO), 40,
				StartSet.where(StartSet.DIGIT).or(StartSet.anyOf(" "))));

	private static final int JAPANESE_REACH = 32;

	private static final String PREFECTURE = "(?:\\p{IsHan}{2,3}[都道府県] ?)?";

	private static final String CITY = "(?:\\p{IsHan}{1,5}[市郡] ?)?";

	private static final String WARD = "(?<ward>\\p{IsHan}{1,4}区 ?)";

	/** Town and district names: kanji, often with ケ/ヶ/ノ or katakana. */
	private static final String TOWN = "(?<town>\\p{IsHan}[\\p{IsHan}々ヶケノの\\p{IsKatakana}ー]{0,9})";

	private static final String START = "(?<![\\p{IsHan}々ヶ\\p{IsKatakana}ー])";

	private static final String CHOME = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})丁目";

	/**
	 * Block and house numbers never start with 0; a 0 starts a phone number (連絡先
	 * 093-000-8888).
	 */
	private static final String BLOCK_AND_HOUSE = "(?:" + CHOME + " ?\\d{1,4}(?:番地?(?: ?の(?=\\d))?|-)? ?(?:\\d{1,4}号?)?"
			+ "|\\d{1,4}番地(?: ?の?\\d{1,4}号?)?" + "|\\d{1,4}番 ?\\d{1,4}号?"
			+ "|[1-9]\\d{0,3}-\\d{1,4}-\\d{1,4}(?:-\\d{1,4})?)";

	private static final String BUILDING = "(?: ?[\\p{IsHan}\\p{IsKatakana}ぁ-ゖー○〇A-Za-z]{0,10}"
			+ "(?:マンション|ハイツ|アパート|コーポ|レジデンス|ハイム|メゾン|荘|ビル|団地|住宅|寮|タワー|コート|パレス|ヒルズ)"
			+ "[\\p{IsHan}\\p{IsKatakana}ー]{0,8}(?: ?[A-Z0-9]{1,2}(?:号棟|棟))? ?(?:\\d{1,4}(?:号室|号|階)?)?"
			+ "| ?\\d{1,4}(?:号室|階)| ?\\d{1,2}F(?![A-Za-z]))?";

	/** Numbers followed by a unit are counts, times or dates, not house numbers. */
	private static final String NOT_A_QUANTITY = "(?![\\d\\-]|[年月日時分秒人円%歳回件個台戸条項万億枚本名]|[kK]?m\\b)";

	private static final PatternRule JAPANESE = PatternRule
		.of(START + "(?<v>" + PREFECTURE + CITY + WARD + "?" + TOWN + " ?" + BLOCK_AND_HOUSE + NOT_A_QUANTITY + BUILDING
				+ ")", PostalAddressDetector::plausibleTown)
		.startingAt(JAPANESE_START)
		.needingDigitWithin(JAPANESE_REACH);

	/**
	 * 黒崎3-15 is too weak alone (it could be a score or a range), but fine after a ward.
	 */
	private static final PatternRule JAPANESE_TWO_PART = PatternRule
		.of(START + "(?<v>" + PREFECTURE + CITY + WARD + TOWN + " ?[1-9]\\d{0,3}-\\d{1,4}" + NOT_A_QUANTITY + BUILDING
				+ ")", PostalAddressDetector::plausibleTown)
		.startingAt(JAPANESE_START)
		.needingDigitWithin(JAPANESE_REACH);

	/** Hiragana town names (ひびきの) are only trusted right after a ward. */
	private static final PatternRule JAPANESE_KANA_TOWN = PatternRule
		.of(START + "(?<v>" + PREFECTURE + CITY + WARD + "(?<town>[ぁ-ゖ]{2,6}[\\p{IsHan}]{0,3}) ?(?:" + BLOCK_AND_HOUSE
				+ "|[1-9]\\d{0,3}-\\d{1,4})" + NOT_A_QUANTITY + BUILDING + ")")
		.startingAt(StartSet.runThen(StartSet.HAN, 20, StartSet.where(StartSet.HIRAGANA)))
		.onlyWith("区")
		.needingDigitWithin(JAPANESE_REACH);

	/** 徳力団地3棟205号室, ○○マンション203号室: a named building with a flat number. */
	private static final PatternRule BUILDING_AND_ROOM = PatternRule
		.of(START + "(?<v>" + PREFECTURE + CITY + WARD + "?"
				+ "(?:(?<![ぁ-ゖ])[ぁ-ゖ]{2,6}[\\p{IsHan}\\p{IsKatakana}ー]{0,4}|[\\p{IsHan}\\p{IsKatakana}ー○〇]{1,10})"
				+ "(?:マンション|ハイツ|アパート|コーポ|レジデンス|ハイム|メゾン|荘|団地|住宅|寮|タワー)" + "[\\p{IsHan}\\p{IsKatakana}ー]{0,6}"
				+ " ?(?:[A-Z0-9]{1,2}(?:号棟|棟|号館) ?\\d{1,4}(?:号室|号)?|\\d{1,4}号室))")
		.startingAt(StartSet
			.runThen(StartSet.HAN.or(StartSet.KATAKANA).or((c) -> c == '○' || c == '〇'), 40,
					StartSet.where(StartSet.DIGIT).or(StartSet.anyOf(" ")))
			.or(StartSet.runOf(StartSet.HIRAGANA)))
		.needingDigitWithin(JAPANESE_REACH);

	/**
	 * ライオンズマンション戸畑 8階 803, グランフォーレ小倉駅南 12階1204号室: a building, its floor and its flat;
	 * without 号室 the name must say it is a dwelling.
	 */
	private static final PatternRule FLOOR_AND_ROOM = PatternRule
		.of(START + "(?<v>[\\p{IsHan}\\p{IsKatakana}ー]{2,16} ?[1-9]\\d?階 ?[1-9]\\d{1,3}(?<room>号室|号)?)(?![\\d\\-])",
				(match) -> match.group("room") != null || match.group("v")
					.matches(".*(?:マンション|ハイツ|アパート|コーポ|レジデンス|ハイム|メゾン|荘|団地|住宅|寮|タワー|コート|パレス|ヒルズ).*"))
		.startingAt(StartSet.runThen(StartSet.HAN.or(StartSet.KATAKANA), 20,
				StartSet.where(StartSet.DIGIT).or(StartSet.anyOf(" "))))
		.onlyWith("階")
		.needingDigitWithin(20);

	private static final String KANJI_NUMBER = "[一二三四五六七八九十〇百]{1,5}";

	private static final String ANY_NUMBER = "(?:\\d{1,4}|" + KANJI_NUMBER + ")";

	/**
	 * 清水二丁目十番地, 北方四丁目十二の三, 東港町三番十五号: kanji numerals need the markers (丁目, 番地, 番…号) that
	 * digits can do without.
	 */
	private static final String KANJI_BLOCK_AND_HOUSE = "(?:" + ANY_NUMBER + "丁目 ?" + ANY_NUMBER + "(?:番地?|の|-) ?(?:"
			+ ANY_NUMBER + "(?:号|番地?)?(?: ?の ?" + ANY_NUMBER + "号?)?)?" + "|" + ANY_NUMBER + "番地(?: ?の ?" + ANY_NUMBER
			+ "号?)?" + "|" + ANY_NUMBER + "番 ?" + ANY_NUMBER + "号)";

	private static final PatternRule JAPANESE_KANJI_NUMERALS = PatternRule
		.of(START + "(?<v>" + PREFECTURE + CITY + WARD + "?" + TOWN + " ?" + KANJI_BLOCK_AND_HOUSE + NOT_A_QUANTITY
				+ BUILDING + ")", PostalAddressDetector::plausibleTown)
		.startingAt(StartSet.runThen(StartSet.HAN.or(StartSet.KATAKANA), 40, StartSet.startsWith("丁目", "番"))
			.or(StartSet.runThen(StartSet.HAN.or(StartSet.KATAKANA).or(NO), 40, StartSet.startsWith("丁目", "番"))))
		.onlyWith("丁目", "番");

	/**
	 * 黄金二丁目 コーポ黄金 2階: a 丁目 alone is where something is, but a dwelling with its floor or
	 * flat after it is where someone lives.
	 */
	private static final PatternRule CHOME_AND_DWELLING = PatternRule
		.of(START + "(?<v>" + PREFECTURE + CITY + WARD + "?" + TOWN + " ?" + ANY_NUMBER
				+ "丁目 ?[\\p{IsHan}\\p{IsKatakana}ー]{0,8}"
				+ "(?:マンション|ハイツ|アパート|コーポ|レジデンス|ハイム|メゾン|荘|団地|住宅|寮|タワー|コート|パレス|ヒルズ)"
				+ "[\\p{IsHan}\\p{IsKatakana}ー]{0,8} ?[1-9]\\d{0,3}(?:号室|号|階|F))(?![\\d\\-])",
				PostalAddressDetector::plausibleTown)
		.startingAt(StartSet.runThen(StartSet.HAN.or(StartSet.KATAKANA), 40, StartSet.startsWith("丁目")))
		.onlyWith("丁目");

	private static final PatternRule POSTAL_MARK = PatternRule.of("(?<v>〒 ?\\d{3}-?\\d{4})(?!\\d)")
		.startingAt(StartSet.anyOf("〒"));

	private static final PatternRule POSTAL_WORD = PatternRule
		.of("(?:郵便番号|(?i:zip(?: code)?|postal code|postcode|post code))(?: ?[:は])? ?(?<v>\\d{3}-?\\d{4})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("郵zZpP"));

	/** A bare 802-0001 counts only next to a place name. */
	private static final PatternRule POSTAL_BEFORE_PLACE = PatternRule
		.of("(?<![\\d\\-])\\d{3}-\\d{4}(?![\\d\\-])"
				+ "(?= ?(?:\\p{IsHan}{2,3}[都道府県]|\\p{IsHan}{1,5}[市区]|(?i:Kitakyushu|Fukuoka|Japan)))")
		.startingAt(StartSet.runThen(StartSet.DIGIT, 3, StartSet.anyOf("-")));

	private static final PatternRule POSTAL_AFTER_PLACE = PatternRule
		.of("(?<=(?i:Kitakyushu|Fukuoka|Japan),? ?)\\d{3}-\\d{4}(?![\\d\\-])")
		.startingAt(StartSet.runOf(StartSet.DIGIT))
		.onlyWith("Kitakyushu", "Fukuoka", "Japan", "KITAKYUSHU", "FUKUOKA", "JAPAN");

	private static final String STREET = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way"
			+ "|Place|Pl|Terrace|Crescent|Parkway|Highway|Hwy)";

	private static final PatternRule WESTERN = PatternRule
		.of("(?<![\\w\\-])(?<v>\\d{1,5}[A-Za-z]? (?:[NSEW]\\.? )?" + "(?:[A-Z][a-z]{1,20}+ ){1,3}" + STREET + "\\b\\.?"
				+ "(?:,? (?:Apt|Apartment|Suite|Unit|Flat|Room|#)\\.? ?#?[0-9A-Z]{1,5})?)")
		.startingAt(StartSet.runThen(StartSet.DIGIT, 5,
				StartSet.anyOf(" ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")));

	private static final String ROMAJI_PLACES = "(?:, ?(?:[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?(?:-(?:ku|shi|ken|machi|cho)| City| Ward)"
			+ "|Kitakyushu|Fukuoka|Japan)){0,3}(?:,? \\d{3}-\\d{4}(?![\\d\\-]))?"
			+ "(?:,? (?:Apt|Apartment|Suite|Unit|Flat|Room|#)\\.? ?#?[0-9]{1,4}[A-Z]?)?";

	/** Kyomachi, Ozato-Honmachi, Nakahara-higashi, Takasu-minami. */
	private static final String ROMAJI_TOWN = "[A-Z][a-z]{1,20}(?:-[A-Za-z][a-z]{1,20}){0,2}";

	private static final PatternRule ROMAJI = PatternRule
		.of("(?<![\\w\\-])(?<v>" + "\\d{1,4}-\\d{1,4}-\\d{1,4} " + ROMAJI_TOWN + ROMAJI_PLACES + "|\\d{1,4}-\\d{1,4} "
				+ ROMAJI_TOWN + ", ?[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?-ku" + ROMAJI_PLACES + ")")
		.startingAt(StartSet.runThen(StartSet.DIGIT, 4, StartSet.anyOf("-")));

	private static final PatternRule ROMAJI_CHOME = PatternRule
		.of("(?<![\\w\\-])(?<v>[A-Z][a-z]{1,20} \\d{1,2}-chome[ ,\\-]{1,2}\\d{1,4}(?:-\\d{1,4})?" + ROMAJI_PLACES + ")")
		.startingAt(StartSet.runOf(StartSet.LATIN))
		.onlyWith("-chome");

	/**
	 * 号室は 5-503, 部屋番号：1204: a flat's number given after the word for it, with its
	 * building's number when it has one.
	 */
	private static final PatternRule FLAT_NUMBER = PatternRule
		.of("(?:号室|部屋番号)(?:は|が)? ?[:：]? ?(?<v>(?:[1-9]\\d?[-－])?[1-9]\\d{2,3})(?![\\d\\-－]|[円人件回分時日年月])")
		.startingAt(StartSet.anyOf("号部"))
		.needingDigitWithin(10)
		.onlyWith("号室", "部屋番号");

	private static final List<PatternRule> RULES = List.of(JAPANESE, JAPANESE_KANJI_NUMERALS, JAPANESE_TWO_PART,
			JAPANESE_KANA_TOWN, BUILDING_AND_ROOM, FLOOR_AND_ROOM, CHOME_AND_DWELLING, POSTAL_MARK, POSTAL_WORD,
			POSTAL_BEFORE_PLACE, POSTAL_AFTER_PLACE, WESTERN, ROMAJI, ROMAJI_CHOME, FLAT_NUMBER);

	/**
	 * Words that, ending the "town", show the numbers are not a house number: 令和6-7-8,
	 * 国道3-1-2, 第1-2-3.
	 */
	private static final Set<String> NOT_A_TOWN_ENDING = Set.of("第", "約", "計", "全", "各", "令和", "平成", "昭和", "大正", "明治",
			"国道", "県道", "市道", "路線", "系統", "番号", "電話", "携帯", "午前", "午後", "毎週", "毎月", "期間", "年度", "図", "表", "条", "版", "型",
			"式", "号", "番", "線", "便", "口座", "普通", "当座", "支店");

	private static boolean plausibleTown(MatchResult match) {
		String town = match.group("town");
		for (String ending : NOT_A_TOWN_ENDING) {
			if (town.endsWith(ending)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) == 0 && folded.indexOf('丁') < 0 && folded.indexOf('番') < 0) {
			return;
		}
		int from = out.size();
		for (PatternRule rule : RULES) {
			rule.findAll(folded, PersonalDataKind.POSTAL_ADDRESS, out);
		}
		AddressEdges.widen(folded, out, from);
	}

}
