package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the building, block and room that finish an address, and rooms with their
 * building in romanised posts: a building name with の in it or after a space (コーポ岸の浦2F,
 * …１５号 パークハイツ今町 二〇一号室), a block before a room (３号棟 ４０５号室, Ｂ棟の２０１), the city written apart
 * before its ward, "Rm 507, … House", "Room 3-2, … Housing … Block 3", and a lot before a
 * romanised town after "lives at".
 */
final class BuildingRooms {

	/** Words that make a run of katakana or kanji a building's name. */
	private static final Pattern BUILDING_WORD = Pattern
		.compile("コーポ|ハイツ|マンション|アパート|レジデンス|メゾン|ハウス|ビル|荘|団地|住宅|コート|ヒルズ|タワー|プラザ|エステート|パレス|シャトー"
				+ "|カーサ|ヴィラ|ドミール|グラン|ガーデン|テラス|ハイム|コーポラス|シティ|寮|棟");

	private static final String BUILDING = "[ァ-ヺー一-龯々ヶ]{1,14}(?:の[ァ-ヺー一-龯々ヶ]{1,8})?";

	private static final String KANJI_DIGITS = "[一二三四五六七八九〇]";

	/** A building, then its block, floor or room, after an address. */
	private static final Pattern TAIL = Pattern
		.compile("^(?:[ 、,]{0,2}(?<b>" + BUILDING + "))? ?(?<blk>(?:[A-Z]|[0-9]{1,2}号)棟 ?の? ?)?"
				+ "(?<room>[0-9]{1,2}(?:F|階)(?: ?[0-9]{2,4}(?:号室)?)?|[0-9]{2,4}(?<sfx>号室|号(?!棟))?|" + KANJI_DIGITS
				+ "{3,4}(?<ksfx>号室))(?![0-9])");

	/** A block, then a room: ３号棟 ４０５号室, B棟の201. */
	private static final Pattern BLOCK_ROOM = Pattern
		.compile("(?<![0-9A-Za-z])(?:[0-9]{1,2}号|[A-Z])棟 ?の? ?[0-9]{3,4}(?:号室)?(?![0-9])");

	/** The city, or prefecture and city, written apart before an address. */
	private static final Pattern CITY_BEFORE = Pattern.compile("(?:福岡県 ?)?(?:北九州市|福岡市|[一-龯]{1,3}市) ?$");

	/** A room, then a building named by its kind, in a romanised post. */
	private static final Pattern ROOM_BUILDING = Pattern
		.compile("(?<![A-Za-z])(?:Rm|Room|Apt|Apartment|Flat|Unit)\\.? ?#?"
				+ "[0-9]{1,4}[A-Z]?(?:-[0-9]{1,4})?,? (?:(?:[A-Z][A-Za-z'-]+|of|the) ){0,5}"
				+ "(?:House|Heights|Mansion|Mansions|Residence|Residences|Court|Housing|Apartments|Building|Bldg\\.?|Tower|Villa"
				+ "|Palace|Corpo|Haitsu|Haimu|Dormitory|Dorm|Manor|Flats|Lodge|Terrace|Plaza)\\b"
				+ "(?: [A-Z][a-z]+)?(?: (?:Block|Bldg\\.?|Building|Wing|Tower|No\\.?) ?[0-9A-Z]{1,3}\\b)?");

	/** Rooms of public buildings: a meeting room is no one's home. */
	private static final Pattern PUBLIC_ROOM = Pattern
		.compile("(?i:meeting|waiting|conference|class|tatami|rest|common|study) $");

	/** A lot, then a romanised town, after "lives at". */
	private static final Pattern LIVES_AT = Pattern.compile(
			"\\b(?:[Ll]ive|[Ll]ives|[Ll]ived|[Ll]iving|[Ss]tay|[Ss]tays|[Ss]taying|[Mm]oved|address is)(?: to| at| in)? (?<v>"
					+ "[0-9]{1,4}(?:-[0-9]{1,4}){1,2},? [A-Z][a-z]+(?:-[A-Za-z]+){0,2}(?:,? [0-9](?:-| )?chome)?)");

	private BuildingRooms() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			for (Finding finding : candidates) {
				if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged()) {
					addTail(folded, finding, added);
					Matcher city = CITY_BEFORE.matcher(folded)
						.region(Math.max(0, finding.start() - 10), finding.start());
					if (city.find()) {
						added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, city.start(), finding.end()));
					}
				}
			}
			Found.all(BLOCK_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		else {
			Matcher room = ROOM_BUILDING.matcher(folded);
			while (room.find()) {
				String before = folded.substring(Math.max(0, room.start() - 12), room.start());
				if (!PUBLIC_ROOM.matcher(before).find()) {
					added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, room.start(), room.end()));
				}
			}
			Matcher lives = LIVES_AT.matcher(folded);
			while (lives.find()) {
				added.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, lives));
			}
		}
		candidates.addAll(added);
	}

	/**
	 * Tries the tail at the address's end and, when the address stops inside a building's
	 * name (コーポ岸|の浦2F), at the start of that name.
	 */
	private static void addTail(String folded, Finding address, List<Finding> added) {
		int inside = address.end();
		while (inside > address.start() && isBuildingChar(folded.charAt(inside - 1))) {
			inside--;
		}
		for (int from : new int[] { address.end(), inside }) {
			Matcher tail = TAIL.matcher(folded).region(from, folded.length());
			if (tail.lookingAt() && tail.end() > address.end() && sure(tail)) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, address.start(), tail.end()));
				return;
			}
		}
	}

	/**
	 * A room number alone could be a count: a building's word, a block or 号室 makes it a
	 * room.
	 */
	private static boolean sure(Matcher tail) {
		String building = tail.group("b");
		boolean named = building != null && BUILDING_WORD.matcher(building).find();
		String room = tail.group("room");
		boolean marked = tail.group("sfx") != null || tail.group("ksfx") != null || room.contains("F")
				|| room.contains("階");
		return named || tail.group("blk") != null || (marked && building == null) || (marked && named);
	}

	private static boolean isBuildingChar(char c) {
		return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || (c >= '一' && c <= '龯') || c == '々' || c == 'ヶ';
	}

}
