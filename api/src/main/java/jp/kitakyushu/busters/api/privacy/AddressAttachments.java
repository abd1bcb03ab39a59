package jp.kitakyushu.busters.api.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Grows every address or room found over what is attached to it: the building's name
 * beside it, the floor or room after it and a household's 方 after it, so no part of one
 * dwelling stays visible next to the marker of the rest.
 */
final class AddressAttachments {

	/** Words that make a run of katakana, kanji or Latin letters a building's name. */
	private static final String JA_BUILDING_WORD = "(?:"
			+ String.join("|", BuildingAddressDetector.JAPANESE_BUILDING_WORDS) + "|荘|寮|団地|住宅|ハイム)";

	/**
	 * Latin building words: the shared list and the words of rented flats and dorms, one
	 * list for the pattern and for the word test, so the two cannot drift apart.
	 */
	private static final Set<String> EN_BUILDING_WORD_SET = WordLists
		.of(String.join(" ", BuildingAddressDetector.ENGLISH_BUILDING_WORDS)
				+ " Apartment Apt Kopo Haimu Leopalace Ryo");

	/** Any of them, longest first, "Apt." with its dot. */
	private static final String EN_BUILDING_WORD = EN_BUILDING_WORD_SET.stream()
		.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
		.collect(Collectors.joining("|", "(?:", ")(?:(?<=Apt)\\.)?"));

	private static final String GAP = "(?:[ 　]{0,2}[,、]?[ 　]{0,2})";

	/**
	 * A Japanese building's name: a run with a building word in it, ending before a
	 * position word (前, 裏, 隣) that says where something is in relation to it.
	 */
	private static final Pattern JA_BUILDING_AFTER = Pattern.compile("\\G" + GAP + "(?<v>「?[ァ-ヺー一-龯々ヶ・]{0,10}"
			+ JA_BUILDING_WORD + "[ァ-ヺー]{0,8}(?:[一-龯々ヶ]{1,4}(?<![前裏横隣側内外奥角脇近先]))?(?:第?[0-9]{1,2}(?![0-9]))?」?)");

	/**
	 * A katakana or kanji run with no building word, counted only when a room follows it.
	 */
	private static final Pattern JA_NAMED_BEFORE_ROOM = Pattern
		.compile("\\G" + GAP + "(?<v>「?[ァ-ヺー][ァ-ヺー一-龯々ヶ・]{1,14}」?)(?=(?:の|[ 　]{0,2})[0-9]{2,4}(?:号室?)?(?![0-9]))");

	/** A Latin building's name, its building word first or last. */
	private static final Pattern EN_BUILDING_AFTER = Pattern
		.compile("\\G" + GAP + "(?<v>(?:the )?(?:[A-Z][A-Za-z'-]+ ){0,3}" + EN_BUILDING_WORD
				+ "(?![A-Za-z])(?: [A-Z][a-z]+(?:-[a-z]+)?){0,2})");

	/** A floor, block or room after an address or building. */
	private static final Pattern ROOM_AFTER = Pattern.compile("\\G(?:の|" + GAP
			+ ")(?<v>(?:[A-Z]|[0-9]{1,2}号?)棟 ?の? ?[0-9]{2,4}(?:号室|号)?"
			+ "|[0-9]{1,2}(?:階|F(?![A-Za-z]))|[0-9]{1,2}(?:st|nd|rd|th) (?i:floor)|[0-9]{1,4}(?:号室|号(?![線機車]))"
			+ "|(?i:room|rm\\.?|apt\\.?|apartment|unit|flat|no\\.) ?#?[0-9]{1,4}[A-Z]?(?![0-9A-Za-z])|#[0-9]{1,4}[A-Z]?(?![0-9A-Za-z])"
			+ "|(?:理事長|管理人|社長|院長|応接|事務)室)");

	/** A room number written bare after a building's name. */
	private static final Pattern BARE_ROOM_AFTER = Pattern
		.compile("\\G(?:の|" + GAP + ")(?<v>[0-9]{2,4}[A-Z]?)(?![0-9.:/年月日時分秒円人歳%件個台回本枚]|-[0-9])");

	/** A counter right after a finding that ends in a digit: …の２|階. */
	private static final Pattern COUNTER_AFTER = Pattern.compile("\\G(?<v>階|号室|号(?![線機車])|F(?![A-Za-z]))");

	/** A romanised town in lower case after a lot: 5-6-1 nishi-koyanose. */
	private static final Pattern TOWN_AFTER = Pattern.compile("\\G,? (?<v>[a-z]{3,}(?:-[a-z]{3,}){0,2})(?![A-Za-z])");

	/** A room, alone: what a building's name before or after belongs to. */
	private static final Pattern ROOM_ONLY = Pattern
		.compile("(?:(?i:room|rm|apt|apartment|unit|flat)\\.? ?#?|#)?[0-9]{1,4}[A-Z]?(?:号室|号)?");

	/** A Japanese building's name right before a room found. */
	private static final Pattern JA_BUILDING_BEFORE = Pattern
		.compile("(?<![ァ-ヺー一-龯々ヶ・A-Za-z])(?<v>「?[ァ-ヺー一-龯々ヶ・A-Za-z]{0,10}" + JA_BUILDING_WORD
				+ "[ァ-ヺー一-龯々ヶぁ-ゖA-Za-z]{0,8}(?:第?[0-9]{1,2})?」?)[ 　]?の?$");

	/**
	 * A Japanese building's name and a room, alone (メゾンさくら302): its name may end in
	 * hiragana after the building word.
	 */
	private static final Pattern JA_BUILDING_ROOM = Pattern
		.compile("(?<![ァ-ヺー一-龯々ヶ・ぁ-ゖ])(?<v>[ァ-ヺー一-龯々ヶ・]{0,10}" + JA_BUILDING_WORD
				+ "[ァ-ヺー一-龯々ヶぁ-ゖ]{0,8}[ 　]?の?[0-9]{3,4}(?:号室|号)?)" + "(?![0-9]|[-年月日時分秒人円%歳回件個台戸条項万億枚本名階mF])");

	/** A household the post is to be sent to: …方. */
	private static final Pattern CARE_OF_AFTER = Pattern.compile("\\G[ 　]{0,2}(?<v>[一-龯々]{1,4}方)(?![向面法針式角言々])");

	/** A Latin building's name written right before an address, joined by a comma. */
	private static final Pattern EN_BUILDING_BEFORE = Pattern
		.compile("(?<![A-Za-z])(?<v>(?:[A-Z][A-Za-z'-]+ ){0,3}[A-Z][A-Za-z'-]+\\.?),? ?$");

	/** What says the capitalised words before an address are where someone lives. */
	private static final Pattern LIVING_BEFORE = Pattern
		.compile("(?:\\b(?i:at|in|live|lives|is|address)|[:\\n]) ?$|^$");

	private AddressAttachments() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			Matcher building = JA_BUILDING_ROOM.matcher(folded);
			while (building.find()) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, building));
			}
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.POSTAL_ADDRESS) {
				continue;
			}
			boolean room = ROOM_ONLY.matcher(finding.in(folded)).matches();
			int end = grow(folded, finding.end(), room);
			int start = growBefore(folded, finding.start(), room);
			if (end > finding.end() || start < finding.start()) {
				candidates.add(finding.over(start, end));
			}
		}
	}

	/**
	 * Where the dwelling ends: past a counter, its building (when a room follows, or the
	 * finding is a room), its floor or room, its ward, then 方.
	 */
	private static int grow(String folded, int from, boolean room) {
		int end = from;
		if (end > 0 && Character.isDigit(folded.charAt(end - 1))) {
			end = after(folded, end, COUNTER_AFTER);
		}
		int building = after(folded, end, JA_BUILDING_AFTER);
		if (building == end) {
			building = after(folded, end, EN_BUILDING_AFTER);
		}
		if (building == end) {
			building = after(folded, end, JA_NAMED_BEFORE_ROOM);
		}
		int rooms = rooms(folded, building, building > end);
		if (rooms > building || (room && building > end)) {
			end = rooms;
		}
		else {
			end = rooms(folded, end, false);
			if (end > from) {
				// A building after its room: "Apt 12, Heights Kiyomizu".
				end = after(folded, end, EN_BUILDING_AFTER);
			}
		}
		if (end > 0 && Character.isDigit(folded.charAt(end - 1))) {
			int town = after(folded, end, TOWN_AFTER);
			if (town > end && romaji(folded.substring(end, town))) {
				end = town;
			}
		}
		return after(folded, end, CARE_OF_AFTER);
	}

	/** Past up to two floors or rooms; a bare number counts only after a building. */
	private static int rooms(String folded, int from, boolean afterBuilding) {
		int end = from;
		for (int step = 0; step < 2; step++) {
			int next = after(folded, end, ROOM_AFTER);
			if (next == end && afterBuilding) {
				next = after(folded, end, BARE_ROOM_AFTER);
			}
			if (next == end) {
				break;
			}
			end = next;
		}
		return end;
	}

	private static int growBefore(String folded, int start, boolean room) {
		int from = Math.max(0, start - 48);
		if (room) {
			Matcher japanese = JA_BUILDING_BEFORE.matcher(folded).region(from, start);
			if (japanese.find()) {
				return japanese.start("v");
			}
		}
		Matcher before = EN_BUILDING_BEFORE.matcher(folded).region(from, start);
		if (!before.find()) {
			return start;
		}
		String name = before.group("v");
		String[] words = name.replace(".", "").split(" ");
		boolean building = false;
		for (String word : words) {
			if (EN_BUILDING_WORD_SET.contains(word)) {
				building = true;
			}
			else if ((LatinWords.notLast(word) && !Places.isRomajiPlace(word)) || NameLexicon.GENERIC.contains(word)
					|| LatinWords.isGiven(word) || LatinWords.isSurname(word)) {
				// A station's or park's name, or a person's, is not the building.
				return start;
			}
		}
		if (!building && java.util.Arrays.stream(words).allMatch(Places::isRomajiPlace)) {
			// A ward or town before the address: the address's own words.
			return start;
		}
		if (!building) {
			Matcher cue = LIVING_BEFORE.matcher(folded).region(Math.max(0, before.start("v") - 10), before.start("v"));
			if (!cue.find() || words.length < 2) {
				return start;
			}
		}
		return before.start("v");
	}

	/** Whether every part of a lower-case word is shaped like romaji (nishi-koyanose). */
	private static boolean romaji(String words) {
		for (String part : words.replace(",", " ").trim().split("[- ]")) {
			if (!LatinWords.romajiShaped(part) && !Places.isRomajiPlace(part)) {
				return false;
			}
		}
		return true;
	}

	private static int after(String folded, int at, Pattern pattern) {
		if (at >= folded.length()) {
			return at;
		}
		Matcher matcher = pattern.matcher(folded).region(at, folded.length());
		return matcher.lookingAt() ? matcher.end("v") : at;
	}

}
