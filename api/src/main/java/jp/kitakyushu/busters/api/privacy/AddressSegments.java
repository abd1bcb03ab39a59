package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes addresses and phone numbers over the pieces people write around them,
 * whatever the words: a lot after の (…3丁目12の14), a building with its floor after a space
 * (… 第2金田ビル 5F), the comma-separated parts of a romanised address (a floor, an apartment
 * or room, a postal code) before or after it, and a phone's extension (…, ext. 2, 内線 21).
 * Also finds two romanised forms no other rule reads: a house number and a town followed
 * by such a part (8-3 Nakai-machi, apartment 12, …) and capitalised words with a room in
 * brackets (Guest House Sakura (room 4)).
 */
final class AddressSegments {

	/** 12の14: the lot written with の. */
	private static final Pattern LOT = Pattern.compile("の\\d{1,4}(?![\\d]|[年月日時分円人回件個台歳%万])");

	/**
	 * A building whose name ends in a building word, after a space, with its floor or
	 * flat if any.
	 */
	private static final Pattern BUILDING = Pattern
		.compile(" ?(?:第\\d{1,2})?[\\p{IsKatakana}\\p{IsHan}ー・A-Za-z\\d]{0,12}"
				+ "(?:ビル|マンション|ハイツ|コーポ|荘|アパート|レジデンス|タワー|ハウス|プラザ|コート|パレス|メゾン|団地)"
				+ "(?: ?\\d{1,2}(?:F|階)| ?\\d{1,4}号室?)?");

	/** A floor or a flat, in the ways English writes them. */
	private static final String EN_FLAT = "(?:\\d{1,2}(?:st|nd|rd|th) (?i:floor)|(?i:floor) \\d{1,2}|\\d{1,2}F"
			+ "|(?i:apartment|apt\\.?|room|rm\\.?|unit|flat|suite|#) ?[A-Za-z]?\\d{1,4}[A-Za-z]?)";

	/**
	 * One comma-separated part of a romanised address: a floor, a flat or a postal code
	 * (a ward alone is no personal data, and the corpora keep it visible).
	 */
	private static final String EN_PART = "(?:" + EN_FLAT + "|\\d{3}-\\d{4})";

	/** A ward inside the address, with another part after it, belongs to it. */
	private static final Pattern EN_AFTER = Pattern
		.compile(",? (?:" + EN_PART + "|[A-Z][a-z]+-ku(?=, " + EN_PART + "))(?![\\w-])");

	/** A floor or flat first, then a building's name if any, then the address. */
	private static final Pattern EN_BEFORE = Pattern
		.compile("\\b" + EN_FLAT + ", (?:(?:[A-Z][\\w'&.-]* ){0,4}[A-Z][\\w'&.-]*, )?$");

	private static final Pattern PHONE_EXTENSION = Pattern
		.compile(",? ?(?:(?i:ext\\.?|extension|x) ?\\d{1,5}|\\(?内線 ?\\d{1,5}\\)?)(?!\\d)");

	/** A house number and a town, then a part only an address has. */
	private static final Pattern EN_TOWN = Pattern.compile("\\b\\d{1,4}-\\d{1,4}(?:-\\d{1,4})? [A-Z][a-z]+"
			+ "(?:-(?:machi|cho|chome|dori|mura|Machi|Cho))?(?=,? (?:" + EN_PART + "|[A-Z][a-z]+-ku)(?![\\w-]))");

	/** Capitalised words with a room in brackets. */
	private static final Pattern EN_ROOM_IN_BRACKETS = Pattern
		.compile("\\b(?:[A-Z][\\w'&-]* ){1,4}\\((?i:room|rm\\.?|apt\\.?|apartment|unit|flat|#) ?\\d{1,4}[A-Za-z]?\\)");

	/** A ward, a town and a lot written 2の5の18, which no other rule reads. */
	private static final Pattern LOT_WITH_NO = Pattern
		.compile("(?<![\\p{IsHan}])\\p{IsHan}{1,4}区 ?\\p{IsHan}[\\p{IsHan}ヶケ]{0,6}"
				+ "\\d{1,4}の\\d{1,4}の\\d{1,4}(?![\\d]|[年月日時分秒円人回件個台歳%万])");

	/**
	 * A ward first, then the town and its numbers, in whatever case: kokurakita-ku,
	 * kiyomizu 3-9-2 (with the city before it if written).
	 */
	private static final Pattern EN_WARD_FIRST = Pattern
		.compile("(?i:(?:\\bkitakyushu(?:-shi| city)?,? )?\\b[a-z]{2,12}-ku,? [a-z]{2,16}(?:-(?:machi|cho|shinmachi))?"
				+ "(?: \\d{1,2}-chome)? \\d{1,4}-\\d{1,4}(?:-\\d{1,4})?)(?![\\d-])");

	/** A ward, a town, a house number and a block letter: …本城東5-2-14-B棟. */
	private static final Pattern LOT_WITH_BLOCK = Pattern
		.compile("(?<![\\p{IsHan}])\\p{IsHan}{1,4}区 ?\\p{IsHan}[\\p{IsHan}ヶケ]{0,6}"
				+ "\\d{1,4}-\\d{1,4}(?:-\\d{1,4})?[- ]?[A-Z][A-Z0-9]?棟");

	/** A building word that ends a found address: a flat may follow it. */
	private static final Pattern BUILDING_END = Pattern
		.compile("(?:ビル|マンション|ハイツ|コーポ|荘|アパート|レジデンス|タワー|ハウス|プラザ|コート|パレス|メゾン|団地|ハイム)$");

	/** A block letter after the house number: …5-2-14-B棟, …14 B棟. */
	private static final Pattern BLOCK_LETTER = Pattern.compile("[- ]?[A-Z]?[A-Z0-9]?棟");

	/**
	 * A flat after a building written after the address: … 高須団地A-312; a building in
	 * brackets right after the address: …10-1-802（レジデンス…）.
	 */
	private static final Pattern FLAT_AFTER_BUILDING = Pattern.compile("[A-Z]?-?\\d{1,4}(?:号室|号)?(?![\\d\\-])");

	private static final Pattern BUILDING_IN_BRACKETS = Pattern.compile("\\([\\p{IsKatakana}\\p{IsHan}ー・]{0,10}"
			+ "(?:ビル|マンション|ハイツ|コーポ|荘|アパート|レジデンス|タワー|ハウス|プラザ|コート|パレス|メゾン|団地|ハイム)[\\p{IsKatakana}\\p{IsHan}ー]{0,8}"
			+ "(?: ?\\d{1,4}(?:号室|号)?)?\\)");

	/**
	 * A building's name after a flat and a comma, to the clause's end: unit 4B, Corpo
	 * Edamitsu.
	 */
	private static final Pattern EN_BUILDING_AFTER_FLAT = Pattern
		.compile(", (?:[A-Z][\\w'&-]* ){0,3}[A-Z][\\w'&-]*(?=[.;:)\\n]|, |$)");

	private static final Pattern EN_FLAT_ALONE = Pattern.compile(EN_FLAT);

	private AddressSegments() {
	}

	/** Adds the romanised forms this class finds alone. */
	static void find(String folded, List<Finding> candidates) {
		if (PatternRule.digitCount(folded) < 1) {
			return;
		}
		List<Pattern> patterns = new ArrayList<>(List.of(EN_TOWN, EN_ROOM_IN_BRACKETS));
		// The new forms each need a word of their own: skip their scans without it.
		if (folded.indexOf('区') >= 0) {
			patterns.add(LOT_WITH_NO);
			if (folded.indexOf('棟') >= 0) {
				patterns.add(LOT_WITH_BLOCK);
			}
		}
		if (folded.toLowerCase(Locale.ROOT).contains("-ku")) {
			patterns.add(EN_WARD_FIRST);
		}
		for (Pattern pattern : patterns) {
			Found.all(pattern, folded, PersonalDataKind.POSTAL_ADDRESS, candidates);
		}
	}

	/** Widens address and phone findings over the pieces around them. */
	static void widen(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding finding = candidates.get(i);
			int start = finding.start();
			int end = finding.end();
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS) {
				end = MatchEnds.after(folded, end, LOT);
				end = MatchEnds.after(folded, end, BLOCK_LETTER);
				int building = MatchEnds.after(folded, end, BUILDING);
				if (building > end || BUILDING_END.matcher(folded).region(Math.max(0, end - 6), end).find()) {
					end = MatchEnds.after(folded, Math.max(building, end), FLAT_AFTER_BUILDING);
				}
				end = MatchEnds.after(folded, end, BUILDING_IN_BRACKETS);
				if (EN_FLAT_ALONE.matcher(finding.in(folded)).matches()) {
					end = MatchEnds.after(folded, end, EN_BUILDING_AFTER_FLAT);
				}
				for (int next = MatchEnds.after(folded, end, EN_AFTER); next > end; next = MatchEnds.after(folded, end,
						EN_AFTER)) {
					end = next;
				}
				// Only where a comma and a space stand right before it, as they do after
				// a floor.
				if (start >= 2 && folded.charAt(start - 1) == ' ' && folded.charAt(start - 2) == ',') {
					Matcher before = EN_BEFORE.matcher(folded).region(Math.max(0, start - 80), start);
					if (before.find()) {
						start = before.start();
					}
				}
			}
			else if (finding.kind() == PersonalDataKind.PHONE) {
				end = MatchEnds.after(folded, end, PHONE_EXTENSION);
			}
			if (start != finding.start() || end != finding.end()) {
				candidates.set(i, finding.over(start, end));
			}
		}
	}

}
