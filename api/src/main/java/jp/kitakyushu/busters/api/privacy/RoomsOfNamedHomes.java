package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the building-and-room forms no other rule reads: a room "of" a building, a room
 * word in lower case after one, a romanised town with its block, a bare lot beside a
 * house, a building and room in brackets after one's home, and a room in kanji numerals
 * after a found address.
 *
 * <p>
 * "2A of Maple Heights", "room 5-12 of the Sone city housing", "Sunny Court, unit 4",
 * "Kokura Kyomachi-cho 3-7", "the house behind us (2-8-11)", うち（ラベンダー大手町 ３０２）, ［住所］
 * グリーン中井 三〇二. A building needs one of {@link BuildingAddressDetector}'s building words or
 * a lower-case housing word, and never names a public place.
 */
final class RoomsOfNamedHomes {

	private static final String ROOM_NUMBER = "[0-9]{1,2}F-[0-9]{1,4}|[0-9]{1,2}-[0-9]{1,4}|[0-9]{1,4}[A-Z]?";

	/** Cheap look-ups before the room-word pattern runs. */
	private static final List<String> ROOM_WORDS = List.of("unit", "Unit", "room", "Room", "apt", "Apt", "flat", "Flat",
			"partment");

	private static final String ROOM_WORD = "(?i:room|rm|unit|apt|apartment|flat|no)\\.? ?#?|#";

	private static final String CAPITALISED = "[A-Z][A-Za-z'\\-]{1,20}(?: [A-Z][A-Za-z'\\-]{1,20}){0,3}";

	private static final String HOUSING = "(?: (?:municipal|city|prefectural|public|company|staff|student|council))?"
			+ " (?:housing|apartments|flats|dormitory|dorm|mansion|estate)";

	/** 2A of Palace Kokura; room 5-203 of the Tokuriki municipal housing. */
	private static final Pattern ROOM_OF = Pattern.compile("(?<![A-Za-z0-9\\-])(?<v>(?<word>" + ROOM_WORD + ")?(?<n>"
			+ ROOM_NUMBER + ") of (?:the )?(?<b>" + CAPITALISED + "(?<housing>" + HOUSING + ")?))(?![A-Za-z])");

	/**
	 * Terrace Ume, unit 3: a room word the building-first rule only reads capitalised.
	 */
	private static final Pattern ROOM_AFTER = Pattern.compile("(?<![A-Za-z])(?<v>(?<b>" + CAPITALISED
			+ "),? (?i:unit|room|apt|apartment|flat)\\.? ?#?[0-9]{1,4}[A-Z]?)(?![0-9A-Za-z]|[-.][0-9])");

	/** Moji Oimatsu-machi 4-12: a romanised town and its block, the ward before it. */
	private static final Pattern TOWN_BLOCK = Pattern.compile("(?<![A-Za-z\\-])(?<v>(?<lead>[A-Z][a-z]+ )?[A-Z][a-z]+"
			+ "-(?:machi|cho|chou|chō|mura|chome) [0-9]{1,3}(?:-[0-9]{1,4}){1,2})(?![0-9]|-[0-9])");

	/** A bare lot, 1-14-9, with a house, a home or a door before it in the sentence. */
	private static final Pattern BARE_LOT = Pattern
		.compile("(?<![0-9\\-.:/])(?<v>[1-9][0-9]?-[0-9]{1,2}-[0-9]{1,2})(?![0-9]|-[0-9]|[.:/][0-9])");

	private static final Pattern HOUSE_BEFORE = Pattern
		.compile("\\b(?:house|home|door|lot|lives?|living|address)\\b|家|宅|隣|住所");

	/** うち（コスモ元町 ２０５）: a building and room right after one's home. */
	private static final Pattern HOME_ROOM = Pattern.compile(
			"(?:うち|ウチ|自宅|我が家|わが家|住まい|実家|私の家|僕の家)(?:は|の住所は|：|:)?[（(]? ?(?<v>(?<b>[\\p{IsKatakana}\\p{IsHan}ー・ヶ々]{2,16})"
					+ " ?(?:の ?)?[0-9]{3,4}(?:号室|号)?)(?![0-9])");

	/** ［住所］ コスモ中井 四〇一: a building and a room in kanji numerals after an address. */
	private static final Pattern KANJI_ROOM_AFTER = Pattern
		.compile("^ ?(?<v>[\\p{IsKatakana}][\\p{IsKatakana}\\p{IsHan}ー・ヶ々]{1,15} ?(?:の ?)?[〇一二三四五六七八九]{3,4}(?:号室|号)?)"
				+ "(?![〇一二三四五六七八九十百千万年月日時分人円歳回件個台階])");

	private static final String NOT_A_QUANTITY = "(?: ?(?i:years?|yrs?|yen|people|persons?|min|minutes?|hours?|days?|am|pm|percent|times|cars|units|m|km)\\b"
			+ "|[年月日時分秒人円%歳回件個台戸万])";

	/**
	 * Building words that name halls, offices and shops as often as homes: a room in one
	 * is no address.
	 */
	private static final java.util.Set<String> SHARED_WITH_PUBLIC = java.util.Set.of("Hall", "Plaza", "Tower", "Towers",
			"Building", "Bldg", "Annex", "Place", "View", "Lodge", "Gardens", "Hills");

	private static final Pattern QUANTITY_AFTER = Pattern.compile("^" + NOT_A_QUANTITY);

	private RoomsOfNamedHomes() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (PatternRule.digitCount(folded) == 0) {
			addKanjiRooms(folded, candidates);
			return;
		}
		if (folded.contains(" of ")) {
			Matcher of = ROOM_OF.matcher(folded);
			while (of.find()) {
				boolean word = of.group("word") != null;
				String number = of.group("n");
				boolean roomLike = word || !number.matches("[0-9]{1,2}");
				if (roomLike && home(of.group("b"), of.group("housing") != null, word)
						&& !quantity(folded, of.end("n"))) {
					candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, of));
				}
			}
		}
		if (ROOM_WORDS.stream().anyMatch(folded::contains)) {
			Matcher after = ROOM_AFTER.matcher(folded);
			while (after.find()) {
				String name = after.group("b");
				Matcher lead = ResidentialFloorsAndRooms.ENGLISH_LEAD.matcher(name);
				int skip = lead.find() ? lead.end() : 0;
				if (skip < name.length() && home(name.substring(skip), false, true)) {
					candidates
						.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, after.start("v") + skip, after.end("v")));
				}
			}
		}
		if (folded.contains("-machi") || folded.contains("-cho") || folded.contains("-mura")) {
			Matcher town = TOWN_BLOCK.matcher(folded);
			while (town.find()) {
				String lead = town.group("lead");
				int start = (lead != null && ResidentialFloorsAndRooms.ENGLISH_LEAD.matcher(lead).find())
						? town.end("lead") : town.start("v");
				candidates.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, start, town.end("v")));
			}
		}
		if (folded.indexOf('-') >= 0) {
			Matcher lot = BARE_LOT.matcher(folded);
			while (lot.find()) {
				if (houseBefore(folded, lot.start("v"))) {
					candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, lot));
				}
			}
		}
		if (folded.contains("うち") || folded.contains("ウチ") || folded.contains("自宅") || folded.contains("家")
				|| folded.contains("住まい")) {
			Matcher home = HOME_ROOM.matcher(folded);
			while (home.find()) {
				String name = home.group("b");
				if (!ResidentialFloorsAndRooms.PUBLIC.matcher(name).find() && hasKatakana(name)
						&& !quantity(folded, home.end("v"))) {
					candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, home));
				}
			}
		}
		addKanjiRooms(folded, candidates);
	}

	private static void addKanjiRooms(String folded, List<Finding> candidates) {
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding address = candidates.get(i);
			if (address.kind() != PersonalDataKind.POSTAL_ADDRESS || address.end() >= folded.length()) {
				continue;
			}
			Matcher room = KANJI_ROOM_AFTER.matcher(folded)
				.region(address.end(), Math.min(folded.length(), address.end() + 30));
			room.useAnchoringBounds(true);
			if (room.find() && !ResidentialFloorsAndRooms.PUBLIC.matcher(room.group("v")).find()) {
				candidates.add(address.over(address.start(), room.end("v")));
			}
		}
	}

	private static boolean home(String building, boolean housing, boolean roomWord) {
		if (ResidentialFloorsAndRooms.PUBLIC.matcher(building).find()) {
			return false;
		}
		if (housing) {
			return true;
		}
		for (String word : building.split(" ")) {
			if (BuildingAddressDetector.ENGLISH_RESIDENTIAL_WORDS.contains(word)
					|| roomWord && BuildingAddressDetector.ENGLISH_BUILDING_WORDS.contains(word)
							&& !SHARED_WITH_PUBLIC.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean houseBefore(String folded, int at) {
		int from = at;
		while (from > 0 && at - from < 60 && ".!?。！？\n".indexOf(folded.charAt(from - 1)) < 0) {
			from--;
		}
		return HOUSE_BEFORE.matcher(folded).region(from, at).find();
	}

	private static boolean quantity(String folded, int end) {
		return QUANTITY_AFTER.matcher(folded).region(end, folded.length()).lookingAt();
	}

	private static boolean hasKatakana(String name) {
		return name.codePoints().anyMatch((c) -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA);
	}

}
