package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds addresses in the looser forms people use: English flats after a floor and "no."
 * (5F no. 502, …), a building's name and its unit after a comma, a building with a dashed
 * room or a lettered floor (… Terrace 3-201, … Court 2F-A, … Court 5-C), a lot before a
 * town and a ward without "-ku"; in Japanese an address read out in hiragana (…く …ちょう
 * にちょうめ 三の八), a building with 棟 and a room, and the parts beside an address another rule
 * found: a chōme before it, a floor after its lot (…の2階), a postcode in brackets after
 * it.
 */
final class SpokenAddresses {

	/** A floor, "no." or "room" and a flat, with the building's name after a comma. */
	private static final Pattern FLOOR_NUMBER = Pattern
		.compile("(?<![\\w\\-])[1-9][0-9]?F,? (?i:no\\.?|number|#|room|rm\\.?) ?[1-9][0-9]{1,3}[A-Z]?"
				+ "(?:, (?:[A-Z][A-Za-z'\\-]+ ){0,3}[A-Z][A-Za-z'\\-]+)?(?![\\w\\-])");

	/** A building's name, a comma and its unit: Sea Breeze Kokura, unit 803. */
	private static final Pattern NAME_THEN_UNIT = Pattern
		.compile("(?<![\\w\\-])(?<name>(?:[A-Z][A-Za-z'\\-]+ ){1,3}[A-Z][A-Za-z'\\-]+), (?<unit>(?i:unit|apt\\.?|flat))"
				+ " ?#?[1-9][0-9]{1,3}[A-Z]?(?![\\w\\-])");

	/** Words of buildings nobody lives in: a unit there is no one's home. */
	private static final Set<String> PUBLIC = Set.of("Station", "Hall", "Office", "Center", "Centre", "Hospital",
			"School", "Library", "Hotel", "University", "College", "Museum", "Clinic", "City", "Ward", "Mall");

	/** A building's word, then a dashed room, a floor and letter, or a dashed letter. */
	private static final Pattern BUILDING_ROOM = Pattern.compile(
			"(?<![\\w\\-])(?:[A-Z][A-Za-z'\\-]+ ){0,3}(?:Terrace|Court|Mansion|Heights|Hills?|Residence|Villa|Haitsu|Corpo"
					+ "|Maison|Garden|Gardens|Tower|Plaza|Palace|Heim|Apartments?)(?: [A-Z][A-Za-z'\\-]+){0,2} "
					+ "(?:[1-9][0-9]?-[1-9][0-9]{2,3}|[1-9][0-9]?F-?[A-Z]|[1-9][0-9]{0,2}-[A-Z])(?![\\w\\-])");

	/**
	 * A lot, a town and a ward of the city written without -ku, as an address block's
	 * line (12-3 Kumade, Tobata⏎): in a sentence the ward after the town stays, as
	 * earlier rounds keep it.
	 */
	private static final List<String> WARDS = List.of("Moji", "Kokurakita", "Kokuraminami", "Wakamatsu",
			"Yahatahigashi", "Yahatanishi", "Tobata");

	private static final List<String> BUILDING_WORDS = List.of("Terrace", "Court", "Mansion", "Heights", "Hill",
			"Residence", "Villa", "Haitsu", "Corpo", "Maison", "Garden", "Tower", "Plaza", "Palace", "Heim",
			"Apartment");

	private static final Pattern LOT_TOWN_WARD = Pattern
		.compile("(?:^|(?<=\\n))[1-9][0-9]{0,3}-[0-9]{1,4}(?:-[0-9]{1,4})? [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?, "
				+ "(?:Moji|Kokurakita|Kokuraminami|Wakamatsu|Yahatahigashi|Yahatanishi|Tobata)(?:-ku| Ward)?"
				+ "(?= *(?:\\n|$))");

	private static final String KANJI_OR_DIGITS = "[0-9一二三四五六七八九十〇]{1,4}";

	/** An address read out in hiragana: ward, town, chōme, then its lot. */
	private static final Pattern HIRAGANA_ADDRESS = Pattern
		.compile("(?<![ぁ-ゖ])(?:(?:もじ|こくらきた|こくらみなみ|わかまつ|やはたひがし|はちまんひがし|やはたにし|はちまんにし|とばた)く[ ]?)?"
				+ "(?:[ぁ-ゖ]{2,8}[ ])?[ぁ-ゖ]{1,4}ちょうめ[ ]?" + KANJI_OR_DIGITS + "(?:の|ばんち?の?|-)" + KANJI_OR_DIGITS);

	/** A building, its block (B棟, 3号棟) and a room, with the chōme before it. */
	private static final Pattern BLOCK_ROOM = Pattern
		.compile("(?:[一-龯ぁ-ゖァ-ヺヶ]{1,6}[0-9一二三四五六七八九十]{1,2}丁目 ?)?[一-龯ァ-ヺー々ヶ]{2,12} ?(?:[A-Z]|[0-9]{1,2}号?)棟 ?"
				+ "[0-9]{2,4}(?:号室?)?(?![0-9])");

	/** A chōme right before an address another rule found: 上野3丁目 (building …). */
	private static final Pattern CHOME_BEFORE = Pattern.compile("[一-龯ぁ-ゖァ-ヺヶ]{1,6}[0-9一二三四五六七八九十]{1,2}丁目 ?$");

	/** A floor after a lot: …2-3-9 の2階. */
	private static final Pattern FLOOR_AFTER = Pattern.compile("^ ?の ?[0-9一二三四五六七八九十]{1,2}(?:階|F)");

	/** A postcode in brackets after an address: (postcode 802-0001). */
	private static final Pattern POSTCODE_AFTER = Pattern
		.compile("^ ?\\((?i:postcode|post code|postal code|zip(?: code)?|〒) ?:? ?[0-9]{3}-?[0-9]{4}\\)");

	private SpokenAddresses() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		boolean japanese = TextFold.isJapanese(folded);
		// Each pattern only where its fixed word stands: they run on every post.
		if (!japanese && folded.indexOf('F') >= 0) {
			Found.all(FLOOR_NUMBER, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		String lower = japanese ? "" : folded.toLowerCase(java.util.Locale.ROOT);
		if (!japanese && folded.indexOf(',') >= 0
				&& (lower.contains("unit") || lower.contains("apt") || lower.contains("flat"))) {
			Matcher unit = NAME_THEN_UNIT.matcher(folded);
			while (unit.find()) {
				if (!publicBuilding(unit.group("name"))) {
					added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, unit.start(), unit.end()));
				}
			}
		}
		if (!japanese && WARDS.stream().anyMatch(folded::contains)) {
			Found.all(LOT_TOWN_WARD, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		if (!japanese && PatternRule.digitCount(folded) > 0 && BUILDING_WORDS.stream().anyMatch(folded::contains)) {
			Found.all(BUILDING_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		if (japanese && folded.contains("ちょうめ")) {
			Found.all(HIRAGANA_ADDRESS, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		if (japanese && folded.indexOf('棟') >= 0) {
			Found.all(BLOCK_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		boolean chome = japanese && folded.contains("丁目");
		boolean floor = japanese && folded.indexOf('階') >= 0;
		boolean postcode = folded.indexOf('(') >= 0;
		if (chome || floor || postcode) {
			for (Finding address : candidates) {
				if (address.kind() != PersonalDataKind.POSTAL_ADDRESS || address.flagged()) {
					continue;
				}
				int start = address.start();
				int end = address.end();
				Matcher before = CHOME_BEFORE.matcher(folded).region(Math.max(0, start - 12), start);
				if (chome && before.find()) {
					start = before.start();
				}
				Matcher after = FLOOR_AFTER.matcher(folded).region(end, folded.length());
				if (floor && after.lookingAt()) {
					end = after.end();
				}
				Matcher code = POSTCODE_AFTER.matcher(folded).region(end, folded.length());
				if (postcode && code.lookingAt()) {
					end = code.end();
				}
				if (start < address.start() || end > address.end()) {
					added.add(address.over(start, end));
				}
			}
		}
		candidates.addAll(added);
	}

	private static boolean publicBuilding(String name) {
		for (String word : name.split(" ")) {
			if (PUBLIC.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
