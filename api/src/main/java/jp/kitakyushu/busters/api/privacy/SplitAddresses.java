package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of an address that stand apart from the part another rule found: a
 * building and flat on the line or comma before the lot (Hill View 3C⏎…, Green Plaza 2F,
 * …), the ward on the line after it, the prefecture before it; rooms and lots spelled in
 * English words (room four-oh-one, number nine, Tobata two-chome); and in Japanese a room
 * in kanji numerals after a building (…の三〇二号室), a floor with a lettered room after a
 * building's word (コーポ○○ 3F-A) and a town written partly in kana before its lot.
 */
final class SplitAddresses {

	/** A flat or floor closing a building's name: 5B, 705, 3F, B-2. */
	private static final String FLAT = "(?:[0-9]{1,2}F|#?(?!(?:19|20)[0-9]{2}\\b)[0-9]{2,4}|[0-9]{1,3}[A-Z]|[A-Z]-?[0-9]{1,3})";

	/** Capitalised words (de, du, la and no may stand between) and a flat. */
	private static final String BUILDING = "(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? )[A-Z][A-Za-z']+(?: (?:(?:de|du|la|le|no) )?[A-Z][A-Za-z']+){0,4} "
			+ FLAT;

	/** A building and flat alone on the line before an address. */
	private static final Pattern BUILDING_LINE = Pattern.compile("(?:^|(?<=\\n))" + BUILDING + " ?\\n$");

	/** A building and flat, then a comma, right before an address on the same line. */
	private static final Pattern BUILDING_BEFORE = Pattern.compile("(?<![A-Za-z])" + BUILDING + ",? $");

	/**
	 * A building's name before an address that starts with the building's floor or flat.
	 */
	private static final Pattern NAME_BEFORE_FLAT = Pattern
		.compile("(?<![A-Za-z])[A-Z][A-Za-z']+(?: (?:(?:de|du|la|le|no) )?[A-Z][A-Za-z']+){0,4} $");

	private static final Pattern STARTS_WITH_FLAT = Pattern.compile("^" + FLAT + ",? ");

	/** The ward (and city, prefecture) alone on the line after an address. */
	private static final Pattern WARD_LINE = Pattern.compile(
			"^,? ?\\n[A-Z][a-z]+(?:-[a-z]+)?-ku(?:, ?Kitakyushu(?:-shi| City)?)?(?:, ?Fukuoka(?:-ken| Prefecture)?)?"
					+ "(?=\\s*(?:\\n|$))");

	/** A house's lot (2-8-3) or a chōme: an address the ward line belongs to. */
	private static final Pattern LOT = Pattern.compile("[0-9]-[0-9]|(?i:chome)");

	/** The prefecture written before an address that starts with the city. */
	private static final Pattern PREFECTURE_BEFORE = Pattern.compile("(?i:fukuoka)(?:-ken| Prefecture)?,? $");

	private static final String DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)";

	private static final String NUMBER_WORD = "(?:" + DIGIT_WORD
			+ "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
			+ "|fifty|hundred)";

	/**
	 * A room spelled in words, with the building after it: room three-oh-two, Sunny
	 * Heights.
	 */
	private static final Pattern ROOM_IN_WORDS = Pattern
		.compile("(?i:\\b(?:room|flat|apartment|apt\\.?|unit) (?:number )?)" + "(?i:" + NUMBER_WORD + "(?:[- ]"
				+ NUMBER_WORD + "){1,3})(?:, [A-Z][A-Za-z']+(?: [A-Z][A-Za-z']+){0,3})?");

	/**
	 * A house number in words before a town's chōme in words: number nine, Tobata
	 * two-chome.
	 */
	private static final Pattern LOT_IN_WORDS = Pattern.compile("(?i:\\b(?:number|no\\.) )(?i:" + NUMBER_WORD
			+ "(?:[- ]" + NUMBER_WORD + "){0,2}),? [A-Z][a-z]+(?:-[a-z]+)? (?i:" + NUMBER_WORD + ")-?chome");

	/** A building's name, の, and a room in kanji numerals: ロイヤル黒崎の四〇五号室. */
	private static final Pattern KANJI_ROOM = Pattern
		.compile("(?<![ァ-ヺー])[ァ-ヺー]{2,8}[一-龯々]{0,4}(?: |の)?[一二三四五六七八九〇十]{3,4}号室|(?<![一-龯〇])[一二三四五六七八九〇]{3,4}号室");

	/** A building's word, then a floor and a lettered room: ハイツ城野 2F-B. */
	private static final Pattern FLOOR_LETTER_ROOM = Pattern
		.compile("(?:[ァ-ヺー]{2,8})?(?:ハイツ|コーポ|メゾン|マンション|レジデンス|アパート|ハイム|パレス|コート|ヒルズ|ビル|荘)"
				+ "[一-龯々ァ-ヺー]{0,6} ?[0-9]{1,2}(?:F|階)[-‐]?[A-Z](?![A-Za-z])");

	/**
	 * A ward, then a town written partly in kana (小敷ひびきの北), then its lot with dashes.
	 */
	private static final Pattern KANA_TOWN_LOT = Pattern
		.compile("(?:門司|小倉北|小倉南|若松|八幡東|八幡西|戸畑)区[一-龯々ヶ]{0,4}[ぁ-ゖ]{2,6}[一-龯々]{0,2}[0-9]{1,4}(?:-[0-9]{1,4}){1,3}");

	private SplitAddresses() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		boolean japanese = TextFold.isJapanese(folded);
		// Each pattern only where its fixed word stands: they run on every post.
		if (japanese && folded.contains("号室")) {
			Found.all(KANJI_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		if (japanese && (folded.indexOf('F') >= 0 || folded.indexOf('階') >= 0)) {
			Found.all(FLOOR_LETTER_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		if (japanese && folded.indexOf('区') >= 0) {
			Found.all(KANA_TOWN_LOT, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		String lower = folded.toLowerCase(Locale.ROOT);
		if (lower.contains("room") || lower.contains("flat") || lower.contains("apartment") || lower.contains("apt")
				|| lower.contains("unit")) {
			Found.all(ROOM_IN_WORDS, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		if (lower.contains("chome")) {
			Found.all(LOT_IN_WORDS, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		for (Finding address : candidates) {
			if (address.kind() != PersonalDataKind.POSTAL_ADDRESS || address.flagged()) {
				continue;
			}
			String before = folded.substring(Math.max(0, address.start() - 60), address.start());
			int start = address.start();
			for (Pattern pattern : List.of(BUILDING_LINE, BUILDING_BEFORE, PREFECTURE_BEFORE, NAME_BEFORE_FLAT)) {
				Matcher matcher = pattern.matcher(before);
				if ((pattern != NAME_BEFORE_FLAT || STARTS_WITH_FLAT.matcher(address.in(folded)).find())
						&& matcher.find()) {
					start = Math.min(start, address.start() - before.length() + matcher.start());
				}
			}
			int end = address.end();
			Matcher ward = WARD_LINE.matcher(folded).region(address.end(), folded.length());
			if (LOT.matcher(address.in(folded)).find() && ward.lookingAt()) {
				end = ward.end();
			}
			if (start < address.start() || end > address.end()) {
				added.add(address.over(start, end));
			}
		}
		candidates.addAll(added);
	}

}
