package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 33: the address shapes earlier rounds leave visible — lots in kanji numerals
 * joined by ノ, rural lots after 字 or a town's reading, a housing block's room, a postcode
 * on the line before an address, romanised chome with a house number, and a flat's room
 * with the building's name after it.
 */
final class LotsFlatsAndRomajiChome {

	private static final String KANJI_NUMBER = "[一二三四五六七八九十百〇]{1,4}";

	/** A number in kanji or digits, no longer than a lot's. */
	private static final String LOT_NUMBER = "(?:" + KANJI_NUMBER + "|[0-9]{1,4})";

	/** Units and words after a number that make it a count, a price, a date or a time. */
	private static final String NOT_A_LOT_AFTER = "(?![0-9一二三四五六七八九十百〇]|[円年月日時分秒人件個台回本枚万歳%才度])";

	/**
	 * 大里本町三ノ二ノ十一: a town and three numbers joined by ノ or の is the old way of writing a
	 * chome, block and house; two joins, so 一の橋 or 三の丸 (a place) never match.
	 */
	private static final Pattern KANJI_NO_LOT = Pattern.compile("(?:\\p{IsHan}{1,4}区 ?)?"
			+ "[\\p{IsHan}ヶケ&&[^一二三四五六七八九十百〇第]]{2,6}" + LOT_NUMBER + "(?:[ノの]" + LOT_NUMBER + "){2}" + NOT_A_LOT_AFTER);

	/**
	 * 新道寺字大原1123番, 大字白野江 582: a rural lot after 大字 or 字 (the parish of a village), with
	 * its number; 大字 with no number is a town alone and stays.
	 */
	private static final Pattern AZA_LOT = Pattern.compile("(?:\\p{IsHan}{1,4}[市区郡] ?)?"
			+ "(?:大字 ?\\p{IsHan}{1,5}(?: ?字 ?\\p{IsHan}{1,5})?|(?<=[市区郡町村] ?)\\p{IsHan}{1,5}字\\p{IsHan}{1,5}) ?"
			+ "[0-9]{1,5}(?:(?:-|番地?の?|の)[0-9]{1,4}){0,2}(?:番地?|号)?" + NOT_A_LOT_AFTER);

	/** 合馬（おうま）1287番地: a ward's town with its reading in brackets, then the lot. */
	private static final Pattern READING_LOT = Pattern
		.compile("\\p{IsHan}{1,4}区 ?\\p{IsHan}{1,6}\\([ぁ-ゖァ-ヺー]{2,12}\\) ?"
				+ "[0-9]{1,5}(?:(?:-|番地?の?)[0-9]{1,4}){0,2}(?:番地?|号)?" + NOT_A_LOT_AFTER);

	/**
	 * 志井団地3-105, 7棟204号, 1号棟406: a housing block and its room; a school's or hall's rooms
	 * (教室, 会議室) are no home.
	 */
	private static final Pattern BLOCK_ROOM = Pattern
		.compile("(?:\\p{IsHan}{1,4}区 ?)?(?:\\p{IsHan}[\\p{IsHan}ヶケ]{0,4}[0-9]{1,2}丁目 ?)?"
				+ "(?:[\\p{IsHan}ァ-ヺーヶケ]{1,10}(?:団地|住宅|社宅|寮) ?)[0-9]{1,2}-[0-9]{2,4}(?![0-9-])"
				+ "|(?<![0-9])[0-9]{1,2}号?棟 ?[0-9]{3,4}(?:号室?)?(?![0-9]|教室|会議室|講義室|研究室|号館|室)");

	/** A postcode after an address label (住所：800-0521), written apart from the rest. */
	private static final Pattern LABELLED_POSTCODE = Pattern
		.compile("(?:住所|現住所|送付先|所在地|住まい|連絡先)[ ]*[:]?[ ]*〒? ?(?<v>[0-9]{3}-[0-9]{4})(?![0-9])");

	/**
	 * The writer's own town and chome after a form's or signature's label (投稿者：小倉北区金田1丁目,
	 * 住所 若松区浜町2丁目): a chome alone is a town, but under this label it is a home's.
	 */
	private static final Pattern LABELLED_CHOME = Pattern
		.compile("(?:投稿者|申出人|申請者|申込者|住所|現住所|住まい)[ ]*[:]?[ ]*(?<v>\\p{IsHan}{1,4}区 ?\\p{IsHan}[\\p{IsHan}ヶケ]{0,4}"
				+ "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})丁目)(?![0-9一二三四五六七八九十])");

	/** A ward's town and chome number cut before a found address that starts at 丁目. */
	private static final Pattern TOWN_BEFORE_CHOME = Pattern
		.compile("(?:\\p{IsHan}{1,4}区 ?)?\\p{IsHan}[\\p{IsHan}ヶケ]{0,4}(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})$");

	/**
	 * A postcode alone, to be taken when the address follows on the same or next line.
	 */
	private static final Pattern POSTCODE = Pattern.compile("(?<![0-9-])(?:〒 ?)?[0-9]{3}-[0-9]{4}(?![0-9-])");

	/**
	 * A romanised word of a place, in any case, with a hyphened suffix: shin-ike,
	 * Hinode-machi.
	 */
	private static final String ROMAJI_WORD = "(?!(?:at|in|on|near|to|of|from|the|is|and|by|live|lives|house|home)\\b)"
			+ "[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?";

	/** Chome, however it is spelled and joined: 3 chome, 3-chome, 3chome, 3-chou-me. */
	private static final String CHOME = "[0-9]{1,2}[- ]?cho-?u?-?me";

	/** A house number after the chome: 5-2, 14, no. 8-14, 9-ban 4-go. */
	private static final String HOUSE = "(?:(?:no\\.? ?|number )?[0-9]{1,3}(?:-[0-9]{1,3}){0,2}(?:-ban(?:-?chi)?(?: [0-9]{1,3}(?:-go)?)?)?(?! ?(?:min|minute|hour|hr|yen|people|person|times|am|pm|years?|km|m)\\b))";

	/**
	 * A chome with a house number on one side: shimoitozu 3 chome 5-2, 7-3 shin-ike 1
	 * chome, 1-chome 6-14 Uomachi, No. 14, 3-chome, Takami; a chome alone is a town and
	 * stays.
	 */
	private static final Pattern ROMAJI_CHOME = Pattern.compile("(?i)(?<![A-Za-z0-9-])(?:" + ROMAJI_WORD + ",? " + CHOME
			+ ",? " + HOUSE + "|" + HOUSE + ",? " + ROMAJI_WORD + ",? " + CHOME + "|" + CHOME + ",? " + HOUSE + ",? "
			+ ROMAJI_WORD + "|(?:no\\.? ?|number )[0-9]{1,4},? " + CHOME + ",? " + ROMAJI_WORD + ")(?![A-Za-z0-9])");

	/**
	 * Sakurabashi-cho 3-3, 3-5 Nishikojimachi: a town named as a town, with its block and
	 * house.
	 */
	private static final Pattern ROMAJI_TOWN_LOT = Pattern
		.compile("(?<![A-Za-z0-9-])(?:[A-Z][a-z]+(?:-?(?:cho|machi|guchi)) [0-9]{1,3}-[0-9]{1,3}(?:-[0-9]{1,3})?"
				+ "|[0-9]{1,3}-[0-9]{1,3}(?:-[0-9]{1,3})? (?:[A-Z][a-z]+ )?[A-Z][a-z]+(?:-?(?:cho|machi)))(?![A-Za-z0-9-])");

	/** A ward or town after the chome: ", tobata", ", Kokurakita", " (Moji-ku)". */
	private static final Pattern WARD_AFTER = Pattern
		.compile("\\G(?:, ?| )(?<v>[A-Za-z][a-z]+(?:[- ](?:ku|Ku|shi|machi|cho))?)(?=[ ]*(?:[.,;:)!?\\n]|$))");

	/** Words after a chome that are no ward. */
	private static final Set<String> NOT_WARDS = Set.of("please", "thanks", "thank", "help", "again", "too", "now",
			"there", "here", "sorry", "right", "today", "yesterday", "tonight", "street", "road", "area", "side");

	/**
	 * A dwelling's room with a block: apt 2-408, room 5-203, Unit 2-108; the hyphen
	 * between block and room is a housing estate's numbering.
	 */
	private static final Pattern DWELLING_BLOCK_ROOM = Pattern
		.compile("(?i)(?<![A-Za-z])(?:apt|apartment|unit|flat|room|rm)\\.? ?#?[0-9]{1,2}-[0-9]{2,4}(?![0-9-])");

	/**
	 * The building's name after a dwelling's room: "of The Tower Kokura", ", UR Danchi
	 * Shii", ", Corpo Hinode": up to four capitalised words.
	 */
	private static final Pattern BUILDING_AFTER_ROOM = Pattern
		.compile("\\G(?:,| of| in| at) (?<v>(?:The )?[A-Z][A-Za-z'-]*(?: (?:[A-Z][A-Za-z'-]*|and|of|de"
				+ "|city|municipal|public|company|housing|estate|apartments?|danchi|dorm|house|mansion|heights|flats))"
				+ "{0,4})(?![A-Za-z0-9])");

	/** A found address that is, or ends in, a dwelling's room. */
	private static final Pattern ENDS_IN_ROOM = Pattern
		.compile("(?i)(?:^|[ ,])(?:apt|apartment|unit|flat|room|rm|#)\\.? ?#?[0-9A-Z]{1,4}(?:-[0-9]{1,4})?$");

	/** Words of a public place or a firm, whose rooms are no one's home. */
	private static final Pattern PUBLIC = Pattern.compile(
			"(?i)\\b(?:station|hall|office|library|school|hospital|clinic|cent(?:re|er)|museum|association|community"
					+ "|university|college|hotel|inn|mall|plaza|shop|store|mart|bank|ward|city hall|police|church|temple"
					+ "|shrine|gym|stadium|airport|terminal|theat(?:re|er)|cinema|gallery|ltd|inc|co|corp|company|restaurant"
					+ "|cafe|bar|class|meeting|seminar|lesson|course|exam|floor|level|exit|gate|platform|bus|route|line)\\b");

	/** A dwelling's word: a room with one of these after it is someone's home. */
	private static final Pattern HOME_WORD = Pattern
		.compile("(?i)\\b(?:heights|haitsu|haim|heim|maison|mezon|corpo|kopo|casa|residence|court|tower|mansion|house"
				+ "|danchi|housing|apartments?|villa|ville|manor|dorm|dormitory|hostel|terrace|garden|estate|home)\\b");

	private LotsFlatsAndRomajiChome() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		addAll(KANJI_NO_LOT, folded, added);
		if (folded.indexOf('字') >= 0) {
			addAll(AZA_LOT, folded, added);
		}
		if (folded.indexOf('(') >= 0) {
			addAll(READING_LOT, folded, added);
		}
		addAll(BLOCK_ROOM, folded, added);
		Matcher labelled = LABELLED_POSTCODE.matcher(folded);
		while (labelled.find()) {
			added.add(address(labelled.start("v"), labelled.end("v")));
		}
		Matcher labelledChome = LABELLED_CHOME.matcher(folded);
		while (labelledChome.find()) {
			added.add(address(labelledChome.start("v"), labelledChome.end("v")));
		}
		String lower = folded.toLowerCase(Locale.ROOT);
		if (lower.contains("chome") || lower.contains("choume") || lower.contains("cho-me")) {
			Matcher chome = ROMAJI_CHOME.matcher(folded);
			while (chome.find()) {
				added.add(address(chome.start(), growOverWard(folded, chome.end())));
			}
		}
		Matcher town = ROMAJI_TOWN_LOT.matcher(folded);
		while (town.find()) {
			if (!afterPublicWord(folded, town.start())) {
				added.add(address(town.start(), growOverWard(folded, town.end())));
			}
		}
		Matcher room = DWELLING_BLOCK_ROOM.matcher(folded);
		while (room.find()) {
			if (!PUBLIC.matcher(sentenceAround(folded, room.start(), room.end())).find()) {
				added.add(address(room.start(), room.end()));
			}
		}
		candidates.addAll(added);
		List<Finding> postcodes = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Finding found = candidates.get(i);
			if (found.kind() != PersonalDataKind.POSTAL_ADDRESS) {
				continue;
			}
			Finding postcode = postcodeBefore(folded, found.start());
			if (postcode != null) {
				postcodes.add(postcode);
			}
			int end = buildingAfterRoom(folded, found);
			int start = found.start();
			if (folded.startsWith("丁目", start)) {
				Matcher cut = TOWN_BEFORE_CHOME.matcher(folded).region(Math.max(0, start - 12), start);
				if (cut.find()) {
					start = cut.start();
				}
			}
			if (start != found.start() || end != found.end()) {
				candidates.set(i, found.over(start, end));
			}
		}
		candidates.addAll(postcodes);
	}

	private static void addAll(Pattern pattern, String folded, List<Finding> added) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			added.add(address(m.start(), m.end()));
		}
	}

	private static Finding address(int start, int end) {
		return new Finding(PersonalDataKind.POSTAL_ADDRESS, start, end);
	}

	/** Over the ward or town named right after a chome and its house, up to a stop. */
	private static int growOverWard(String folded, int end) {
		Matcher ward = WARD_AFTER.matcher(folded).region(end, folded.length());
		if (ward.lookingAt() && !NOT_WARDS.contains(ward.group("v").toLowerCase(Locale.ROOT))) {
			return ward.end("v");
		}
		return end;
	}

	/** Route 3-5 Kyomachi or Exit 1-2: a number a public word owns is no lot. */
	private static boolean afterPublicWord(String folded, int start) {
		String before = folded.substring(Math.max(0, start - 12), start);
		return PUBLIC.matcher(before).find() || before.matches("(?s).*(?i:no\\.|#)\\s*$");
	}

	/** The text of the sentence a match sits in, to see whose room it is. */
	private static String sentenceAround(String folded, int start, int end) {
		int from = start;
		while (from > 0 && ".!?\n".indexOf(folded.charAt(from - 1)) < 0) {
			from--;
		}
		int to = end;
		while (to < folded.length() && ".!?\n".indexOf(folded.charAt(to)) < 0) {
			to++;
		}
		return folded.substring(from, to);
	}

	/**
	 * The end of an address grown over the building's name after its room (unit 2304 of
	 * The Tower Kokura); a room with no dwelling's word (apt, unit, flat) needs a home's
	 * word in the name, and a public place's name is never taken.
	 */
	private static int buildingAfterRoom(String folded, Finding found) {
		String text = found.in(folded);
		Matcher room = ENDS_IN_ROOM.matcher(text);
		if (!room.find()) {
			return found.end();
		}
		Matcher name = BUILDING_AFTER_ROOM.matcher(folded).region(found.end(), folded.length());
		if (!name.lookingAt()) {
			return found.end();
		}
		String building = name.group("v");
		if (PUBLIC.matcher(building).find()) {
			return found.end();
		}
		boolean dwellingWord = room.group().toLowerCase(Locale.ROOT).matches("[ ,]?(?:apt|apartment|unit|flat).*");
		if (!dwellingWord && !HOME_WORD.matcher(building).find()) {
			return found.end();
		}
		return name.end("v");
	}

	/**
	 * The postcode written apart before an address, on its line or the line before
	 * (800-0521⏎ 小倉…), found on its own so the line break between stays; null if none.
	 */
	private static Finding postcodeBefore(String folded, int start) {
		int from = Math.max(0, start - 16);
		Matcher post = POSTCODE.matcher(folded).region(from, start);
		Finding last = null;
		while (post.find()) {
			String between = folded.substring(post.end(), start);
			if (!between.isEmpty() && between.matches("[ \\n,]*")
					&& between.indexOf('\n') == between.lastIndexOf('\n')) {
				last = address(post.start(), post.end());
			}
		}
		return last;
	}

}
