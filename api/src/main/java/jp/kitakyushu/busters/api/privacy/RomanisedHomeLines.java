package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the romanised home lines around a street address: a room number before a
 * residential building's name, a house or room beside an address, two parts of one
 * address a word apart, a ward after one, a postcode a postcode word announces, and an
 * account number after a bank's branch.
 *
 * <p>
 * "405 Villa Moriyama", "house 3, 2-7 Tokuriki", "[room 2C] at [Sunny Heights, 1-2 Ono]",
 * "[1-2 Ono], room C-12", "[3-4 Hino-machi], Yahata", "zip is ... 802-0001", "Shinwa
 * Bank, Kokura branch, #1234567".
 */
final class RomanisedHomeLines {

	/**
	 * Residential words the shared lists lack (Casa), with theirs; halls and towers name
	 * public places as often.
	 */
	private static final Set<String> RESIDENTIAL = WordLists
		.of(String.join(" ", BuildingAddressDetector.ENGLISH_RESIDENTIAL_WORDS) + " Casa Coop Kopo Haitsu Terrace");

	/**
	 * A room number, then up to four capitalised words: a building's name and its town.
	 */
	private static final Pattern ROOM_FIRST = Pattern.compile("(?<![A-Za-z0-9\\-#.,])(?<v>[0-9]{3,4}[A-Z]?"
			+ "(?<words>(?: [A-Z][A-Za-z'\\-]{1,20}){1,4})(?:, [A-Z][a-z]+-(?:ku|shi|machi|cho))?)(?![A-Za-z0-9])");

	/** A house or room right before an address: "house 8, " ahead of the lot. */
	private static final Pattern HOME_BEFORE = Pattern.compile(
			"(?<![A-Za-z])(?i:house|home|room|rm|unit|apt|flat|no)\\.? ?#?[0-9]{1,4}[A-Z]?(?:-[0-9A-Z]{1,4})?, ?$");

	/** A room right after an address: ", room B-312", "-B" of Room 12-B. */
	private static final Pattern ROOM_AFTER = Pattern.compile("^(?:,? ?(?i:room|rm|unit|apt|flat|no)\\.? ?#?"
			+ "(?:[A-Z]-?)?[0-9]{1,4}[A-Z]?(?:-[0-9A-Z]{1,4})?|-[A-Z])(?![A-Za-z0-9])");

	/** A romanised ward of the city after an address, without -ku: it ends the line. */
	private static final Pattern WARD_AFTER = Pattern.compile("^, (?<w>[A-Z][a-z]+)(?![A-Za-z\\-]| [A-Z])");

	/**
	 * A street line's end, a town (Hino-machi) or a lot: the ward after it is the line's
	 * last part. After a building's name (Sunny Court, Tobata) the ward only says the
	 * area, which people keep.
	 */
	private static final Pattern TOWN_OR_LOT_LAST = Pattern.compile("(?:-[a-z]{2,}|[0-9])$");

	private static final Set<String> WARDS = Set.of("Moji", "Kokura", "Kokurakita", "Kokuraminami", "Wakamatsu",
			"Yahata", "Yahatahigashi", "Yahatanishi", "Tobata");

	/**
	 * What may stand between two parts of one address: "at", a comma, a room's letter.
	 */
	private static final Pattern JOIN = Pattern.compile("(?:-[A-Z0-9]{1,3})?,? ?(?:(?:at|in|of) )?");

	/** A postcode word: the postcodes in the clause after it. */
	private static final Pattern POSTCODE_WORD = Pattern
		.compile("\\b(?i:postcode|post code|postal code|zip code|zip)\\b");

	private static final Pattern POSTCODE = Pattern.compile("(?<![0-9\\-])(?<v>[0-9]{3}-[0-9]{4})(?![0-9\\-])");

	/** An account number after a bank's branch, written with # or No. */
	private static final Pattern BRANCH_NUMBER = Pattern.compile(
			"(?i:branch|bank)\\b[,:]? ?(?:(?i:account|acct|a/c)\\.? ?)?(?:#|(?i:no)\\. ?)(?<v>[0-9]{6,8})(?![0-9\\-])");

	private RomanisedHomeLines() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (PatternRule.digitCount(folded) == 0 || TextFold.isJapanese(folded)) {
			return;
		}
		// Cheap look-ups before each pattern runs: a building word, a postcode word, a #.
		Matcher room = ROOM_FIRST.matcher(folded);
		boolean building = RESIDENTIAL.stream().anyMatch(folded::contains);
		while (building && room.find()) {
			// A year before a building's name (2019 Maison Kokura opened) is no room.
			boolean year = room.group("v").matches("(?:19|20)[0-9]{2}\\b.*");
			if (!year && residential(room.group("words")) && !quantityBefore(folded, room.start("v"))) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, room));
			}
		}
		Matcher cue = POSTCODE_WORD.matcher(folded);
		boolean postcodeWord = folded.contains("ost") || folded.contains("OST") || folded.contains("zip")
				|| folded.contains("Zip") || folded.contains("ZIP");
		while (postcodeWord && cue.find()) {
			// Every postcode in the clause: an unsure writer may give two.
			int end = cue.end();
			while (end < folded.length() && end - cue.end() < 60 && "\n)）。".indexOf(folded.charAt(end)) < 0) {
				end++;
			}
			Matcher postcode = POSTCODE.matcher(folded).region(cue.end(), end);
			while (postcode.find()) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, postcode));
			}
		}
		Matcher account = BRANCH_NUMBER.matcher(folded);
		boolean numberSign = folded.indexOf('#') >= 0 || folded.contains("o.");
		while (numberSign && account.find()) {
			candidates.add(Found.value(PersonalDataKind.BANK_ACCOUNT, account));
		}
		grow(folded, candidates);
	}

	/**
	 * Grows each address over a house or room before it, a room or ward after it, and
	 * joins two addresses that only a room's letter, a comma or "at" separates.
	 */
	private static void grow(String folded, List<Finding> candidates) {
		List<Finding> addresses = new ArrayList<>(
				candidates.stream().filter((finding) -> finding.kind() == PersonalDataKind.POSTAL_ADDRESS).toList());
		if (addresses.isEmpty()) {
			return;
		}
		addresses.sort(Comparator.comparingInt(Finding::start));
		for (int i = 0; i < addresses.size(); i++) {
			Finding address = addresses.get(i);
			int start = address.start();
			int end = address.end();
			Matcher before = HOME_BEFORE.matcher(folded).region(Math.max(0, start - 24), start);
			if (before.find()) {
				start = before.start();
			}
			Matcher after = ROOM_AFTER.matcher(folded).region(end, Math.min(folded.length(), end + 24));
			if (after.lookingAt()) {
				end = after.end();
			}
			Matcher ward = WARD_AFTER.matcher(folded).region(end, Math.min(folded.length(), end + 24));
			if (ward.lookingAt() && WARDS.contains(ward.group("w"))
					&& TOWN_OR_LOT_LAST.matcher(folded).region(Math.max(start, end - 24), end).find()) {
				end = ward.end();
			}
			for (int j = i + 1; j < addresses.size(); j++) {
				Finding next = addresses.get(j);
				// Sorted by start, one join each (the resolver unites overlapping pairs):
				// a long list of addresses costs a linear scan.
				if (next.start() > end + 8) {
					break;
				}
				if (next.start() >= end && JOIN.matcher(folded).region(end, next.start()).matches()) {
					end = next.end();
					break;
				}
			}
			if (start < address.start() || end > address.end()) {
				candidates.add(address.over(start, end));
			}
		}
	}

	private static boolean residential(String words) {
		for (String word : words.strip().split(" ")) {
			if (RESIDENTIAL.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** "took 300 Heights residents": a count before people is no room. */
	private static boolean quantityBefore(String folded, int at) {
		int from = Math.max(0, at - 12);
		String before = folded.substring(from, at).toLowerCase(java.util.Locale.ROOT);
		return before.endsWith("about ") || before.endsWith("over ") || before.endsWith("than ");
	}

}
