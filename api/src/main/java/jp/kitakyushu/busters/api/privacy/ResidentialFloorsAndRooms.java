package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a residential building's name followed by a room or a floor, with no street
 * address around it, and masks the two as one address: 平和通レジデンス402, メゾン北方の1F-3, コーポ緑ヶ丘 3階
 * 305, ハイツ旦過 #12, "Sunny Heights Tobata 3F", "Maple Court (No. 306)".
 *
 * <p>
 * The name is a run of katakana and kanji, or of capitalised Latin words, containing a
 * word of {@link BuildingAddressDetector}'s building words. A room number (402, #12, No.
 * 306, 3-B, 2F-201, 3階 305) makes any such name an address; a floor alone (3F, 5階) only a
 * name with a word that names homes and nothing else (ハイツ, メゾン, Heights), since shops,
 * hotels and offices have floors too (アミュプラザ 5F, an office 3階). A name naming a public
 * place or a shop (ホテル, 病院, 市役所, 店) is never one, and the number must not be a quantity
 * or a year.
 */
final class ResidentialFloorsAndRooms {

	private static final String FLOOR = "[0-9]{1,2}(?:階|F|f)";

	private static final String NUMBER = "(?:[0-9]{1,2}F-[0-9]{1,4}|[0-9]{1,2}-[0-9A-Z]{1,4}|[0-9]{2,4}[A-Z]?)";

	/**
	 * A room, or a floor and a room: 402, 402号室, #405, No. 805, (No. 805), 6階 601. A
	 * closing bracket belongs to the room only when the room opened it: in 母（コーポ守恒103）が
	 * the bracket closes the sentence's aside and stays.
	 */
	private static final String ROOM = "(?:(?:" + FLOOR + " ?)?(?:[(（](?:No\\.? ?|#)?" + NUMBER
			+ "(?:号室|号)?[)）]|(?:#|No\\.? ?)?" + NUMBER + "(?:号室|号)?)|(?:#|No\\.? ?)[0-9]{1,4}|[0-9]{1,4}号室)";

	private static final String NOT_A_QUANTITY = "(?![0-9\\-]|[.:][0-9]|[年月日時分秒人円%歳回件個台戸条項万億枚本名基席建代番点面位型線便系]|[kK]?m\\b"
			+ "|(?: ?(?i:years?|yrs?|yen|people|persons?|min|minutes?|hours?|days?|am|pm|percent|times|cars|units|m)\\b))";

	private static final Pattern JAPANESE = Pattern.compile("(?<![\\p{IsKatakana}\\p{IsHan}ー・ヶ々A-Za-z])"
			+ "(?<v>(?<name>[\\p{IsKatakana}\\p{IsHan}ー・ヶ々]{2,20})(?:(?: ?の)? ?(?<room>" + ROOM + ")| ?(?<floor>"
			+ FLOOR + ")))" + NOT_A_QUANTITY);

	private static final Pattern ENGLISH = Pattern.compile(
			"(?<![A-Za-z0-9'\\-])(?<v>(?<name>[A-Z][A-Za-z'\\-]{1,20}(?: [A-Z][A-Za-z'\\-]{1,20}){0,4}),? (?:(?<room>"
					+ ROOM + ")|(?<floor>" + FLOOR + "))(?![A-Za-z0-9]|[ -][0-9]))" + NOT_A_QUANTITY);

	/**
	 * Names of public places, shops and offices, whose rooms and floors are nobody's
	 * home.
	 */
	static final Pattern PUBLIC = Pattern.compile(
			"ホテル|病院|医院|クリニック|センター|会館|役所|庁舎|学校|大学|図書館|店|駅ビル|百貨店|モール|オフィス|事務所|(?i:hotel|hospital|clinic|centre|center|office|school|station|mall|store|shop|city hall)");

	/** Latin words that start a sentence or a clause and never a building's name. */
	static final Pattern ENGLISH_LEAD = Pattern
		.compile("^(?:(?:The|At|In|On|Of|From|To|My|Our|We|I|It|Its|Is|Near|Behind|Outside|And|But|Hi|Hello|Dear) )+");

	/** The English word パーク translates, part of a flat's name (Park Side, Park Hills). */
	private static final String ENGLISH_PARK = "Park";

	private ResidentialFloorsAndRooms() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (PatternRule.digitCount(folded) == 0) {
			return;
		}
		Matcher ja = JAPANESE.matcher(folded);
		while (ja.find()) {
			String name = ja.group("name");
			boolean room = ja.group("room") != null;
			if (!PUBLIC.matcher(name).find() && japaneseHome(name, room) && !(room && isYear(ja.group("room")))) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, ja));
			}
		}
		Matcher en = ENGLISH.matcher(folded);
		while (en.find()) {
			String name = en.group("name");
			Matcher lead = ENGLISH_LEAD.matcher(name);
			int skip = lead.find() ? lead.end() : 0;
			String building = name.substring(skip);
			boolean room = en.group("room") != null;
			if (!building.isEmpty() && !PUBLIC.matcher(building).find() && englishHome(building, room)
					&& !(room && isYear(en.group("room")))) {
				candidates.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, en.start("v") + skip, en.end("v")));
			}
		}
	}

	private static boolean isYear(String room) {
		return room.matches("(?:19|20)[0-9]{2}");
	}

	private static boolean japaneseHome(String name, boolean room) {
		for (String word : room ? BuildingAddressDetector.JAPANESE_BUILDING_WORDS
				: BuildingAddressDetector.JAPANESE_RESIDENTIAL_WORDS) {
			int at = name.indexOf(word);
			// The word and something of the building's own: not マンション or 当マンション alone.
			if (at >= 0 && name.length() - word.length() >= 2) {
				return true;
			}
		}
		return false;
	}

	private static boolean englishHome(String name, boolean room) {
		String[] words = name.split(" ");
		if (words.length < 2) {
			return false;
		}
		for (String word : words) {
			if (BuildingAddressDetector.ENGLISH_RESIDENTIAL_WORDS.contains(word) || (room
					&& (BuildingAddressDetector.ENGLISH_BUILDING_WORDS.contains(word) || ENGLISH_PARK.equals(word)))) {
				return true;
			}
		}
		return false;
	}

}
