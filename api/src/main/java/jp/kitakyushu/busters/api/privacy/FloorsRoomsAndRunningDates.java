package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of an address and the dates of birth that running text splits from
 * their cue: a building, its block and floor after an address (… ハイツ C棟 3階), the building
 * and floor after a town's chōme (…3丁目のマンション、… 7階), a flat or room a writer lives in (I'm
 * in Room 5B at … Tower; …, Room 204 after a name), a floor and building before an
 * English address (2F Casa …, 5-1 …) and a ward after it (…, Yahatahigashi); dates of
 * birth with の between their parts (2015年の3月3日), in kanji numerals, in brackets after a
 * birth (生まれました(…)), and the month and day after a date of birth found (… (1996) May 19);
 * an e-mail whose first part a symbol stands in for a dot (mai*…@…).
 */
final class FloorsRoomsAndRunningDates {

	/** After an address: a building's words, then its block, floor or room. */
	private static final Pattern FLOOR_AFTER = Pattern
		.compile("\\G(?<v>[ 　、の]{0,2}(?:[一-龯々ァ-ヺーA-Za-z・[ぁ-ゖ&&[^にでをがはてたますいっ]]]{1,14}[ 　]?){0,3}"
				+ "(?:(?:[A-Z]|[0-9]{1,2})棟(?:[ 　]?[0-9]{1,2}階|[ 　]?[0-9]{2,4}(?:号室)?)?|[0-9]{1,2}階|[0-9]{2,4}号室))");

	/** A chōme, the building on it and its floor or room. */
	private static final Pattern CHOME_BUILDING = Pattern
		.compile("(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})丁目の?" + "(?:マンション|アパート|団地|ハイツ|コーポ|寮)[、 　]?"
				+ "(?<v>[一-龯々ァ-ヺーA-Za-z]{1,12}[ 　]?(?:[0-9]{1,2}階|[0-9]{2,4}号室|(?:[A-Z]|[0-9]{1,2})棟))");

	/** A room or flat with a residence cue before it, and the building it is in. */
	private static final Pattern ROOM = Pattern.compile("\\b(?i:I'm in|I am in|I live in|we live in|we're in|living in|"
			+ "live in|my|our|his|her|their) (?<v>(?:Room|Rm\\.?|Apt\\.?|Apartment|Flat|Unit) ?(?:No\\. ?)?[0-9]{1,4}[A-Z]?"
			+ "(?: (?:at|of|in) (?:the )?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})?)");

	/** A room right after a name and a comma. */
	private static final Pattern ROOM_AFTER_NAME = Pattern
		.compile("\\G, (?<v>(?:Room|Rm\\.?|Apt\\.?|Apartment|Flat|Unit) ?(?:No\\. ?)?[0-9]{1,4}[A-Z]?)\\b");

	/** A floor or room and a building's name right before an English address. */
	private static final Pattern BUILDING_BEFORE = Pattern
		.compile("(?<v>(?:[0-9]{1,2}F|(?:Room|Apt\\.?|Flat|Unit) ?[0-9]{1,4}[A-Z]?),? (?:[A-Z][A-Za-z]+ ){0,3}"
				+ "[A-Z][A-Za-z]+,? )$");

	private static final Pattern WARD_AFTER = Pattern
		.compile("\\G,? (?<v>(?:Kokura(?:kita|minami)|Yahata(?:higashi|nishi)|"
				+ "Wakamatsu|Tobata|Moji)(?:-ku| Ward| ward))\\b");

	private static final Pattern LOT = Pattern.compile("[0-9]{1,4}-[0-9]{1,4}");

	private static final String KANJI_DIGITS = "[〇一二三四五六七八九十元]";

	/** A full date with の between year and month or month and day. */
	private static final Pattern DATE_WITH_NO = Pattern
		.compile("(?:(?:19|20)[0-9]{2}|(?:昭和|平成|令和|大正)(?:[0-9]{1,2}|元))年(?:の[0-9]{1,2}月の?|[0-9]{1,2}月の)[0-9]{1,2}日");

	/** A full date in kanji numerals, its era before it. */
	private static final Pattern KANJI_DATE = Pattern
		.compile("(?:昭和|平成|令和|大正)" + KANJI_DIGITS + "{1,3}年の?" + KANJI_DIGITS + "{1,3}月の?" + KANJI_DIGITS + "{1,3}日");

	/** What says a date is when someone was born. */
	private static final Pattern BIRTH_CUE = Pattern.compile("生まれ|生年月日|誕生日|うまれ");

	/** How far a birth's cue reaches for its date. */
	private static final int CUE_REACH = 20;

	/** A full date in brackets right after a birth. */
	private static final Pattern BRACKETED_BIRTH = Pattern
		.compile("生まれ(?:ました|た|てきました)[。!！]?[ ]?[(（](?<v>(?:19|20)[0-9]{2}[年/.\\-][0-9]{1,2}[月/.\\-][0-9]{1,2}日?)[)）]");

	private static final Pattern MONTH_DAY_AFTER = Pattern
		.compile("\\G,? (?<v>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
				+ "Oct|Nov|Dec)[a-z]*\\.? [0-9]{1,2}(?:st|nd|rd|th)?)\\b");

	/** The first part of an e-mail, up to a symbol standing in for a dot. */
	private static final Pattern SYMBOL_DOT = Pattern.compile("(?<v>[A-Za-z0-9_]{1,20}[*＊☆★#])$");

	private FloorsRoomsAndRunningDates() {
	}

	static void add(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS) {
				if (japanese) {
					widenAfter(FLOOR_AFTER, folded, i, candidates);
				}
				else {
					widenBefore(BUILDING_BEFORE, folded, i, candidates);
					if (LOT.matcher(finding.in(folded)).find()) {
						// A ward closes an address with a lot; after a building alone the
						// posts keep it visible.
						widenAfter(WARD_AFTER, folded, i, candidates);
					}
				}
			}
			else if (finding.kind() == PersonalDataKind.PERSON_NAME && !japanese) {
				after(ROOM_AFTER_NAME, folded, finding, PersonalDataKind.POSTAL_ADDRESS, candidates);
			}
			else if (finding.kind() == PersonalDataKind.DATE_OF_BIRTH && !japanese) {
				widenAfter(MONTH_DAY_AFTER, folded, i, candidates);
			}
			else if (finding.kind() == PersonalDataKind.EMAIL) {
				widenBefore(SYMBOL_DOT, folded, i, candidates);
			}
		}
		if (japanese) {
			if (folded.contains("丁目")) {
				// The building and its floor: the town and chōme before it stay, as an
				// address without a lot does.
				Matcher building = CHOME_BUILDING.matcher(folded);
				while (building.find()) {
					candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, building));
				}
			}
			if (folded.indexOf('生') >= 0 || folded.contains("うまれ") || folded.contains("誕生")) {
				nearCue(DATE_WITH_NO, folded, candidates);
				nearCue(KANJI_DATE, folded, candidates);
				Matcher bracketed = BRACKETED_BIRTH.matcher(folded);
				while (bracketed.find()) {
					candidates.add(Found.value(PersonalDataKind.DATE_OF_BIRTH, bracketed));
				}
			}
		}
		if (folded.contains("Room") || folded.contains("Apt") || folded.contains("Flat") || folded.contains("Unit")
				|| folded.contains("Rm")) {
			Matcher room = ROOM.matcher(folded);
			while (room.find()) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, room));
			}
		}
	}

	/** Dates of one shape within a short reach of a birth's cue, before or after. */
	private static void nearCue(Pattern date, String folded, List<Finding> candidates) {
		Matcher matcher = date.matcher(folded);
		while (matcher.find()) {
			int from = Math.max(0, matcher.start() - CUE_REACH);
			int to = Math.min(folded.length(), matcher.end() + CUE_REACH);
			Matcher cue = BIRTH_CUE.matcher(folded);
			cue.region(from, to);
			// The cue in the same sentence, and no birthday party (誕生日会).
			if (cue.find()
					&& folded.substring(Math.min(cue.end(), matcher.start()), Math.max(cue.start(), matcher.end()))
						.indexOf('。') < 0
					&& !folded.startsWith("会", cue.end())) {
				candidates.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, matcher.start(), matcher.end()));
			}
		}
	}

	private static void widenAfter(Pattern pattern, String folded, int index, List<Finding> candidates) {
		Finding finding = candidates.get(index);
		if (finding.end() >= folded.length()) {
			return;
		}
		Matcher matcher = pattern.matcher(folded);
		matcher.region(finding.end(), folded.length());
		if (matcher.lookingAt()) {
			candidates.set(index, finding.over(finding.start(), matcher.end("v")));
		}
	}

	private static void widenBefore(Pattern pattern, String folded, int index, List<Finding> candidates) {
		Finding finding = candidates.get(index);
		Matcher matcher = pattern.matcher(folded);
		matcher.region(Math.max(0, finding.start() - 60), finding.start());
		if (matcher.find()) {
			candidates.set(index, finding.over(matcher.start("v"), finding.end()));
		}
	}

	private static void after(Pattern pattern, String folded, Finding finding, PersonalDataKind kind,
			List<Finding> candidates) {
		if (finding.end() >= folded.length()) {
			return;
		}
		Matcher matcher = pattern.matcher(folded);
		matcher.region(finding.end(), folded.length());
		if (matcher.lookingAt()) {
			candidates.add(Found.value(kind, matcher));
		}
	}

}
