package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Finds Japanese vehicle number plates (北九州 500 あ 12-34, 北九州500さ1234, ・・12) and plate
 * numbers introduced by ナンバー or "licence plate".
 */
final class NumberPlateDetector implements Detector {

	/**
	 * Plate regions a Kitakyushu reader is likely to quote; any other region is still
	 * caught by the full four-part form.
	 */
	private static final List<String> REGIONS = List.of("北九州", "福岡", "筑豊", "久留米", "下関", "山口", "大分", "佐賀", "長崎", "熊本",
			"宮崎", "鹿児島", "沖縄", "広島", "福山", "岡山", "品川", "練馬", "足立", "多摩", "横浜", "川崎", "湘南", "大阪", "なにわ", "和泉", "神戸",
			"姫路", "京都", "名古屋", "札幌", "仙台", "千葉", "大宮", "静岡", "浜松", "金沢", "新潟", "きたきゅうしゅう", "ふくおか");

	/**
	 * The wards a moped's plate names instead of a region (小倉北区 あ 1234); they are trusted
	 * only in the form without a class number.
	 */
	private static final List<String> WARDS = List.of("門司区", "小倉北区", "小倉南区", "若松区", "八幡東区", "八幡西区", "戸畑区");

	private static final String REGION = "(?:" + String.join("|", REGIONS) + ")";

	private static final String KANA = "[あ-んア-ン]";

	/**
	 * 12-34, 1234, 9-9 as people type a short one, the dots that pad short numbers (・・12,
	 * ・123), or a number whose last or first digits the writer could not read (22-??,
	 * ○○-34): the rest still points at one car.
	 */
	private static final String SERIAL = "(?:\\d{1,2}-\\d{1,2}|\\d{4}|[・･.]{1,3} ?\\d{1,3}|\\d{1,2}-[?○×*]{2}|[?○×*]{2}-\\d{2})";

	/**
	 * The kana of a plate in romaji, as foreign residents write it: "ra 3-07", "wa
	 * 12-34".
	 */
	private static final String ROMAJI_KANA = "(?:[kstnhmyrw]?[aiueo]|shi|chi|tsu|fu)";

	private static final String NOT_AFTER = "(?![\\d\\-])";

	private static final PatternRule KNOWN_REGION = PatternRule
		.of("(?<v>" + REGION + " ?\\d{1,3} ?" + KANA + "(?: ?|・(?=\\d))" + SERIAL + ")" + NOT_AFTER)
		.startingAt(StartSet.firstCharsOf(REGIONS))
		.needingDigitWithin(10);

	/**
	 * The hiragana plates use, without を and the particles that also join a place to a
	 * number in prose (福岡の2024年, 北九州と1234人).
	 */
	private static final String PLATE_KANA = "[あいうえかきくけこさすせそたちつてなぬねはひふほまみむめもやゆよらりるれろわ]";

	/**
	 * 北九州 あ 12-34, 福岡市 さ 8812: people often leave out the class number. The kana stands
	 * alone, and the number is no quantity.
	 */
	private static final PatternRule KNOWN_REGION_WITHOUT_CLASS = PatternRule
		.of("(?<v>(?:" + REGION + "市?|" + String.join("|", WARDS) + ") ?(?<![ぁ-ゖ])" + PLATE_KANA
				+ "(?![ぁ-ゖ]) ?(?:\\d{1,2}-\\d{2}|\\d{4}))" + "(?![\\d\\-]|[年月日円人件号時分歳万%])")
		.startingAt(StartSet.firstCharsOf(REGIONS).or(StartSet.firstCharsOf(WARDS)))
		.needingDigitWithin(8);

	private static final PatternRule ANY_REGION = PatternRule
		.of("(?<![\\p{IsHan}])(?<v>\\p{IsHan}{2,4} ?\\d{3} ?" + KANA + " ?\\d{2}-\\d{2})" + NOT_AFTER)
		.startingAt(StartSet.runOf(StartSet.HAN))
		.needingDigitWithin(6);

	private static final PatternRule INTRODUCED = PatternRule
		.of("(?:(?<!マイ)ナンバー(?:プレート)?|車両番号" + "|(?i:licen[cs]e plate|number plate|plate number|plate no\\.?|plate))"
				+ "(?: ?(?:は|が|の|:|「|#|、|is|was|number|no\\.?|下 ?[4４四] ?桁|末尾|最後|ending(?: in| with)?"
				+ "|ends? (?:in|with)|starting with)){0,3} ?(?:\\.{2,3}|…)?(?<v>(?:" + REGION + " ?)?(?:\\d{1,3} ?"
				+ KANA + " ?|" + ROMAJI_KANA + " )?" + SERIAL + ")" + NOT_AFTER)
		.startingAt(StartSet.anyOf("ナ車lLnNpP"))
		.needingDigitWithin(20)
		.onlyWith("ナンバー", "車両番号", "plate", "Plate", "PLATE");

	/**
	 * Plates quoted in English, in any case: Kitakyushu 500 a 12-34, KITAKYUSHU 500 TA
	 * 88-01, Kitakyushu ku 1234.
	 */
	private static final PatternRule ROMANISED = PatternRule
		.of("\\b(?<v>(?i:Kitakyushu|Fukuoka|Chikuho|Kurume|Shimonoseki|Yamaguchi|Oita|Saga|Nagasaki|Kumamoto|Shinagawa)"
				+ "(?: ?\\d{1,3} ?(?i:[a-z]{1,3}) ?(?:\\d{1,2}-\\d{2}|\\d{4})"
				+ "| (?!(?i:in|on|at|to|of|or|is|as|by|no) )(?i:[a-z]{1,2}) (?:\\d{1,2}-\\d{2}|\\d{4})))" + NOT_AFTER
				+ "(?![年月日円人件号時分歳万%])")
		.startingAt(StartSet.anyOf("KFCSYONkfcsyon"))
		.needingDigitWithin(14);

	/**
	 * 北九州 5 0 0 さ 1 2-3 4: a plate read out digit by digit, spaces between the digits;
	 * the region and the kana still frame it.
	 */
	private static final PatternRule SPACED = PatternRule
		.of("(?<v>" + REGION + " ?\\d(?: ?\\d){0,2} ?" + KANA + " ?\\d(?: ?\\d)? ?-? ?\\d(?: ?\\d)?)" + NOT_AFTER,
				(match) -> match.group("v").matches(".*\\d \\d.*"))
		.startingAt(StartSet.firstCharsOf(REGIONS))
		.needingDigitWithin(6);

	private static final List<PatternRule> RULES = List.of(KNOWN_REGION, KNOWN_REGION_WITHOUT_CLASS, ANY_REGION,
			INTRODUCED, ROMANISED, SPACED);

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) < 1) {
			return;
		}
		for (PatternRule rule : RULES) {
			rule.findAll(folded, PersonalDataKind.NUMBER_PLATE, out);
		}
	}

}
