package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grows every Japanese address found back over the prefecture, city and ward written
 * before it and forward over the lot, building and room written after it, and finds the
 * lots written with の between kanji numerals, so no part of one address stays visible
 * beside the marker of the rest.
 */
final class AddressPrefixesAndBuildingTails {

	/** The 47 prefectures' names, without their suffix. */
	private static final String PREFECTURE_NAMES = Prefectures.alternatives();

	/**
	 * Cities with wards, whose name is seldom written with its prefecture; prefectural
	 * capitals that share their prefecture's name are covered by the names above.
	 */
	private static final String WARD_CITY_NAMES = "札幌|仙台|さいたま|千葉|横浜|川崎|相模原|新潟|静岡|浜松|名古屋|京都|大阪|堺|神戸|岡山|広島|北九州|福岡|熊本";

	/**
	 * A prefecture, a city named above, or both: a gazetteer of the country's top-level
	 * names, not of any text's places, since a label glued before them (旧住所, 送付先) makes
	 * the address detector start its town after them or in the middle of them.
	 */
	private static final Pattern PLACE_PREFIX = Pattern
		.compile("(?:(?:北海道|東京都|京都府|大阪府|(?:" + PREFECTURE_NAMES + ")県)[ 　]?(?:\\p{IsHan}{1,4}[市郡][ 　]?)?|(?:"
				+ WARD_CITY_NAMES + "|" + PREFECTURE_NAMES + ")市[ 　]?)(?:\\p{IsHan}{1,3}区[ 　]?)?");

	/** How far back a prefix may start: a prefecture, a city and a ward. */
	private static final int PREFIX_REACH = 18;

	/** 札幌市中央区南3|条西7丁目: a Hokkaido town's 条 number cut from its name. */
	private static final Pattern JO_TOWN_BEFORE = Pattern
		.compile("(?:\\p{IsHan}{1,3}区[ 　]?)?\\p{IsHan}{1,2}[0-9]{1,2}$");

	/**
	 * A building's name with no building word, right after a lot with its house number
	 * and a space (…2-6-9 ロイヤル竪町): katakana first, then katakana or kanji, ending at a
	 * space, punctuation, a particle or a floor or room.
	 */
	private static final Pattern NAME_AFTER_LOT = Pattern.compile("\\G[ 　](?<v>[ァ-ヺｦ-ﾟ][ァ-ヺーｦ-ﾟ]{2,10}[一-龯々ヶ]{0,4}"
			+ "|[ぁ-ゖ]{2,6}(?:タワー|マンション|ハイツ|コーポ|ハイム|メゾン|レジデンス|荘|寮|団地)[ァ-ヺー]{0,6})"
			+ "(?=$|[ 　、。,.（）()！!？?\\n]|[のにへでがをはと]|[0-9]{1,4}(?:階|F|号室?)?(?![0-9]))");

	/** A floor or room after a building's name: 3F, 9階, 502, B号, B-2, B棟 2-1, 2-06. */
	private static final Pattern ROOM_AFTER_NAME = Pattern
		.compile("\\G[ 　]?(?<v>(?:[A-Z]棟 ?)?(?:[1-9][0-9]?(?:階|F(?![A-Za-z])) ?)?(?:[A-Z](?:号室?|-[0-9]{1,3})"
				+ "|[0-9]{1,2}-[0-9]{1,3}|[0-9]{1,4}(?:号室?)?)"
				+ "|[1-9][0-9]?(?:階|F(?![A-Za-z])))(?![0-9A-Za-z\\-.:/年月日時分秒円人歳%件個台回本枚])");

	/** The rest of a room or lot cut after a hyphen or a letter: …第二寮 2|-06, …寮2階|B号室. */
	private static final Pattern ROOM_REST = Pattern
		.compile("\\G(?<v>-[0-9A-Z]{1,3}|[A-Z](?:号室|号|-[0-9]{1,3}))(?![0-9A-Za-z\\-])");

	private static final String KANJI_DIGITS = "[一二三四五六七八九十〇百]{1,4}";

	/** …四丁目二|ノ十五: the house number written after ノ or の in kanji or digits. */
	private static final Pattern HOUSE_AFTER_NO = Pattern
		.compile("\\G(?<v>[ノの](?:" + KANJI_DIGITS + "|[0-9]{1,4})(?![0-9一二三四五六七八九十〇百]))");

	/** 本城東５丁目の２の２５: a block and house joined by の after a 丁目 joined by の. */
	private static final Pattern CHOME_NO_LOTS = Pattern
		.compile("(?<![\\p{IsHan}ァ-ヺー])(?:\\p{IsHan}{1,4}区[ 　]?)?\\p{IsHan}[\\p{IsHan}ヶケノ]{0,6}(?:[0-9]{1,2}|"
				+ KANJI_DIGITS + ")丁目の(?:[0-9]{1,4}|" + KANJI_DIGITS + ")[のノ](?:[0-9]{1,4}|" + KANJI_DIGITS
				+ ")(?![0-9一二三四五六七八九十〇百]|[年月日時分秒人円件個台回本枚])");

	/**
	 * コーポ到津 502, グリーン八幡 5階の503: a katakana name with a kanji place after it, then a flat
	 * (a floor alone is as often a mall's: アミュプラザ小倉 5F), is how dwellings are named; a
	 * shop's or station's word ends its kanji instead, and counts, prices, years and the
	 * digits of a longer number (マイナンバー 1234 5678) follow no flat.
	 */
	private static final Pattern NAMED_FLAT = Pattern
		.compile("(?<![ァ-ヺー一-龯々])(?!マイナンバー|ナンバー|タクシー)[ァ-ヺ][ァ-ヺー]{2,9}(?<!ナンバー)[一-龯々ヶ]{1,4}"
				+ "(?<![店駅館堂院所局場園会社署線口前横裏隣側内外])[ 　]?(?:[1-9][0-9]?(?:階|F)の? ?[0-9]{3,4}(?:号室?)?"
				+ "|[1-9][0-9]{2,3}(?:号室?)?|[0-9]{1,2}-[A-Z0-9]{1,2})"
				+ "(?![0-9A-Za-z]|[ 　\\-][0-9]|[円年月日時分人歳個件回本枚台])");

	private AddressPrefixesAndBuildingTails() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (folded.indexOf('丁') >= 0) {
			Matcher lots = CHOME_NO_LOTS.matcher(folded);
			while (lots.find()) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, lots.start(), lots.end()));
			}
		}
		Matcher flats = NAMED_FLAT.matcher(folded);
		while (flats.find()) {
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, flats.start(), flats.end()));
		}
		candidates.addAll(added);
		for (int i = 0; i < candidates.size(); i++) {
			Finding found = candidates.get(i);
			if (found.kind() != PersonalDataKind.POSTAL_ADDRESS) {
				continue;
			}
			int start = growBack(folded, found.start());
			int end = growForward(folded, found.end());
			// A name found there is a person's, not a building's or place's: the
			// household
			// after its lot (…2-1-3 ｵｵﾂｶ ﾏｻｺ) stays a name.
			if (end != found.end() && nameStartsIn(folded, candidates, found.end(), end)) {
				end = found.end();
			}
			if (start != found.start() && overlapsName(candidates, start, found.start())) {
				start = found.start();
			}
			if (start != found.start() || end != found.end()) {
				candidates.set(i, found.over(start, end));
			}
		}
	}

	/**
	 * Whether a name found begins in the tail's first word (…2-1-3 ｵｵﾂｶ ﾏｻｺ); one inside
	 * a building's name (フラット大蔵) is the place the building is named after.
	 */
	private static boolean nameStartsIn(String folded, List<Finding> candidates, int start, int end) {
		int word = start;
		while (word < end && Character.isWhitespace(folded.charAt(word))) {
			word++;
		}
		for (Finding other : candidates) {
			if (other.kind() == PersonalDataKind.PERSON_NAME && other.overlaps(start, end) && other.start() <= word) {
				return true;
			}
		}
		return false;
	}

	private static boolean overlapsName(List<Finding> candidates, int start, int end) {
		for (Finding other : candidates) {
			if (other.kind() == PersonalDataKind.PERSON_NAME && other.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	/** Back over a prefecture, city or 条 town the address began after or inside. */
	private static int growBack(String folded, int start) {
		int at = start;
		if (folded.startsWith("条", at)) {
			Matcher jo = JO_TOWN_BEFORE.matcher(folded).region(Math.max(0, at - 8), at);
			if (jo.find()) {
				at = jo.start();
			}
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			Matcher place = PLACE_PREFIX.matcher(folded)
				.region(Math.max(0, at - PREFIX_REACH), Math.min(folded.length(), at + 4));
			while (place.find()) {
				// A name before the start, touching it or cut by it.
				if (place.start() < at && place.end() >= at) {
					at = place.start();
					grew = true;
					break;
				}
			}
		}
		return at;
	}

	/**
	 * Forward over the house number, building's name and room the address was cut before.
	 */
	private static int growForward(String folded, int end) {
		int at = end;
		Matcher m = HOUSE_AFTER_NO.matcher(folded);
		char last = folded.charAt(at - 1);
		if (at < folded.length() && (Character.isDigit(last) || KANJI_DIGITS.indexOf(last) >= 0)
				&& m.region(at, folded.length()).lookingAt() && precededByBlock(folded, at)) {
			at = m.end("v");
		}
		m = ROOM_REST.matcher(folded);
		if (at < folded.length() && (Character.isDigit(folded.charAt(at - 1)) || endsWithFloor(folded, at))) {
			if (m.region(at, folded.length()).lookingAt()) {
				at = m.end("v");
			}
		}
		m = NAME_AFTER_LOT.matcher(folded);
		if (at < folded.length() && Character.isDigit(folded.charAt(at - 1))
				&& m.region(at, folded.length()).lookingAt()) {
			at = m.end("v");
			Matcher room = ROOM_AFTER_NAME.matcher(folded).region(at, folded.length());
			if (room.lookingAt()) {
				at = room.end("v");
			}
		}
		return at;
	}

	/** 丁目 or a hyphenated block before the number the address ends in. */
	private static boolean precededByBlock(String folded, int end) {
		String before = folded.substring(Math.max(0, end - 8), end);
		return before.contains("丁目") || before.matches(".*[0-9]-[0-9]{1,4}$") || before.matches(".*[番の][0-9]{1,4}$");
	}

	private static boolean endsWithFloor(String folded, int end) {
		return end < folded.length() && (folded.charAt(end - 1) == '階' || folded.charAt(end - 1) == 'F');
	}

}
