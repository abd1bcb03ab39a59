package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 35: English values still shown — a town's chome, a ward and town, a floor or a
 * flat's room written just before a found address, account numbers after "acct" or "#"
 * near a bank, plates in romaji, children listed with their ages beside a found child,
 * chat speakers after a bracketed time, and a name after "sent by" or "posted by".
 */
final class EnglishHomesKidsPlatesAndAccounts {

	/** A capitalised word of a name (O'Connor, Hye-jin). */
	private static final String CAP = "[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)?";

	/** A romanised town word, accents allowed (Nishikōji, Higashi-Shinozaki). */
	private static final String TOWN = "[A-Z][\\p{Ll}]+(?:-[A-Za-z][\\p{Ll}]+)?";

	/** A dwelling's or building's word closing a building's name. */
	private static final String BUILDING = "(?:Bldg\\.?|Building|Heights|Haitsu|Corpo|Kopo|Court|Mansion|Residence"
			+ "|Tower|Villa|Maison|Palace|Terrace|Apartments|Flats)";

	/**
	 * What a writer puts just before a found address and counts as part of it: a town and
	 * its chome ("Kurosaki 3-chome, "), a ward and town ("Wakamatsu-ku Hamacho "), a town
	 * and a short lot ("Hibikino 1-1, "), a floor ("2nd floor of ", "ground floor, ") or
	 * a flat's number ("Apt 12, ", "Room 3B, "). Read backwards from the address, so
	 * anchored at the text's end.
	 */
	private static final Pattern HEAD_BEFORE_ADDRESS = Pattern.compile("(?:(?<![A-Za-z])" + TOWN
			+ " [1-9]-?(?i:chome|choume)(?:,|;)? |(?<![A-Za-z])" + TOWN + "-(?:ku|Ku) " + TOWN + " |(?<![A-Za-z0-9-])"
			+ TOWN + " [0-9]{1,2}-[0-9]{1,2}, |(?<![A-Za-z])(?:(?i:the )?(?:[0-9]{1,2}(?:st|nd|rd|th)|[Gg]round|[Tt]op)"
			+ " floor(?: of|,) |(?i:room|rm\\.?|apt\\.?|apartment|unit|flat) ?#?[0-9]{1,4}[A-Z]?, |(?<![A-Za-z0-9])"
			+ "(?:[0-9]{1,2}F,? )?(?:" + TOWN + " ){1,3}" + BUILDING + "(?: [0-9]{1,2}| [A-Z])?, ))\\z");

	/**
	 * A building's name before a found address that starts with its room ("Sunny Town
	 * Kurosaki Room 1507"), or a found town's name before one that starts with a town.
	 */
	private static final Pattern NAME_BEFORE_ROOM = Pattern.compile("(?<![A-Za-z])(?:" + TOWN + " ){1,3}\\z");

	/** What a found address starts with when it is a flat's room. */
	private static final Pattern ROOM_START = Pattern.compile("^(?i:room|rm\\.?|apt\\.?|unit|flat|no\\.) ?#?[0-9]");

	/**
	 * A bracket after a found address that names its housing block: "(city housing block
	 * C)", "(Building 3)".
	 */
	private static final Pattern HOUSING_BRACKET = Pattern.compile("^ \\((?=[^()\\n]{0,30}\\))[^()\\n]{0,30}?"
			+ "(?i:housing|block|building|bldg|danchi|estate|apartments?|flats?)[^()\\n]{0,12}\\)");

	/** Words between two found addresses that join them as one: a building's name. */
	private static final Pattern JOINING_NAME = Pattern.compile("^ (?:" + TOWN + " ){0,2}" + TOWN + ", $");

	/**
	 * An account number after its short cue: "acct 1049-338", "a/c no. 4471203",
	 * "#2209481".
	 */
	private static final Pattern ACCOUNT_AFTER_CUE = Pattern
		.compile("(?:(?i:acct|a/c|account)(?:\\.)?(?: ?(?i:no\\.?|number|#))?:? ?|(?<![A-Za-z0-9])#)"
				+ "(?<v>[0-9]{3,4}-[0-9]{3,4}|[0-9]{7,8})(?![0-9-]|\\.[0-9]| ?(?i:yen|%|kg|km))");

	/** A bank or branch near an account cue. */
	private static final Pattern BANK_WORD = Pattern.compile(
			"(?i)\\b(?:bank|branch|futsu|futsuu|ordinary|savings" + "|yucho|shinkin|touza|toza|current account)\\b");

	/**
	 * A plate in romaji: a city or ward written with -shi or -ku, a kana letter spelled
	 * out or one capital letter, and four digits ("Tobata-ku sa 1207", "Kokura-shi B
	 * 22-61").
	 */
	private static final Pattern ROMAJI_PLATE = Pattern.compile("(?<![A-Za-z])(?<v>(?:" + TOWN
			+ "-(?:shi|Shi|ku|Ku) ){1,2}(?:[0-9]{2,3} )?(?:[kstnhmyrw]?[aiueo]|[A-Z]) (?:[0-9]{4}|[0-9]{2}-[0-9]{2}))"
			+ "(?![0-9A-Za-z-])");

	/** Words that make a romaji plate a vehicle's. */
	private static final Pattern VEHICLE_WORD = Pattern
		.compile("(?i)\\b(?:plate|plates|scooter|moped|motorbike|car|van|truck|vehicle|bike|licen[cs]e)\\b");

	/** A child and its age in a list: "Mia 7", "Mia (7)", "Mia, 7". */
	private static final Pattern CHILD_AGE = Pattern.compile("(?:(?<=\\()|(?<=, )|(?<=and )|(?<=& ))(?<name>" + CAP
			+ ")(?:,? \\(?| \\()[0-9]{1,2}\\)?" + "(?=[,;)]| and | &|$)(?! ?(?i:yen|am|pm|%|min|years? old))");

	/** A found child with its age, as the masked text shows it. */
	private static final Pattern FOUND_CHILD_AGE = Pattern
		.compile("\\[name\\](?:,? \\(?| \\()[0-9]{1,2}\\)?(?=[,;)]| and | &|$)");

	/** Words that say the listed people are children. */
	private static final Pattern KIDS_WORD = Pattern.compile("(?i)\\b(?:kids?|children|child|sons?|daughters?"
			+ "|grandchildren|grandkids|twins|boys|girls|siblings|brothers?|sisters?)\\b");

	/** A chat line led by a bracketed time and a speaker: "[10:03] Mo: …". */
	private static final Pattern TIMED_SPEAKER = Pattern
		.compile("(?m)^\\[[0-9]{1,2}:[0-9]{2}(?: ?[AaPp][Mm])?\\] (?<name>" + CAP + "|\\[name\\]): ");

	/** A sender named after "sent by" or "posted by". */
	private static final Pattern SENT_BY = Pattern
		.compile("(?i:sent|posted|written|submitted|reported|signed) by (?<name>" + CAP + "(?: " + CAP + ")?)"
				+ "(?=[,.;!?\\n]| for | on |$)");

	/** A full date with a four-digit year, numeric or with an English month. */
	private static final String FULL_DATE = "(?:(?:19|20)[0-9]{2}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12][0-9]|3[01])"
			+ "|(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}|[0-9]{1,2}(?:st|nd|rd|th)? "
			+ "(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (?:19|20)[0-9]{2})(?![0-9])";

	/**
	 * A person's full name with a full date in brackets after it: "Tomasz Nowak
	 * (1984.07.19)" names a person and their birth date.
	 */
	private static final Pattern NAME_WITH_DATE = Pattern
		.compile("(?<![A-Za-z])(?<name>" + CAP + "(?: " + CAP + "){1,2}) \\((?<d>" + FULL_DATE + ")\\)");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");

	/** A birth cue with its date in brackets: "my birthday (04/09/1977)". */
	private static final Pattern CUE_BRACKET_DATE = Pattern
		.compile("(?i:birthday|birth date|date of birth|DOB|D\\.O\\.B\\.?) \\((?<d>" + FULL_DATE + ")\\)");

	private EnglishHomesKidsPlatesAndAccounts() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.mostlyLatin(folded, 400, 3)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		Masked masked = Masked.of(folded, candidates);
		accounts(folded, candidates, added);
		plates(folded, candidates, added);
		if (masked.text.contains("[name]")) {
			children(folded, masked, candidates, added);
			speakers(folded, masked, candidates, added);
		}
		if (folded.contains(" by ")) {
			for (Matcher m = SENT_BY.matcher(folded); m.find();) {
				addName(folded, candidates, added, m.start("name"), m.end("name"));
			}
		}
		if (folded.indexOf('(') >= 0) {
			dates(folded, candidates, added);
		}
		candidates.addAll(added);
		widenAddresses(folded, candidates);
		joinAddresses(folded, candidates);
	}

	/**
	 * Two found addresses with only a building's name between them ("Rm 8 Kita Ryokuen,
	 * 2-3-4 Nakabaru") are one address.
	 */
	private static void joinAddresses(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding a = candidates.get(i);
			if (a.kind() != PersonalDataKind.POSTAL_ADDRESS || a.flagged()) {
				continue;
			}
			for (int j = 0; j < candidates.size(); j++) {
				Finding b = candidates.get(j);
				if (j == i || b.kind() != PersonalDataKind.POSTAL_ADDRESS || b.flagged() || b.start() <= a.end()
						|| b.start() - a.end() > 40) {
					continue;
				}
				if (JOINING_NAME.matcher(folded.substring(a.end(), b.start())).find()
						&& !overlapsOther(candidates, i, a.end(), b.start())) {
					candidates.set(i, a.over(a.start(), b.end()));
					candidates.remove(j);
					return;
				}
			}
		}
	}

	/**
	 * Grows a found address back over a chome, ward and town, floor or flat before it,
	 * and a found account over the "#" glued to it.
	 */
	private static void widenAddresses(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding found = candidates.get(i);
			if (found.kind() == PersonalDataKind.BANK_ACCOUNT && found.start() > 0
					&& folded.charAt(found.start() - 1) == '#' && !afterAccountWord(folded, found.start() - 1)
					&& !overlapsOther(candidates, i, found.start() - 1, found.start())) {
				candidates.set(i, found.over(found.start() - 1, found.end()));
				continue;
			}
			if (found.kind() != PersonalDataKind.POSTAL_ADDRESS || found.flagged() || found.start() < 4) {
				continue;
			}
			int start = found.start();
			char before = folded.charAt(start - 1);
			if (before != ' ') {
				continue;
			}
			String head = folded.substring(Math.max(0, start - 40), start);
			Matcher m = HEAD_BEFORE_ADDRESS.matcher(head);
			int from = start;
			if (m.find()) {
				from = start - (head.length() - m.start());
			}
			else {
				// A building's or town's name glued before a room or a town: only when
				// the
				// address itself starts with a room, or the word before is a known town.
				Matcher name = NAME_BEFORE_ROOM.matcher(head);
				if (name.find()) {
					String inner = folded.substring(start, found.end());
					String first = head.substring(name.start()).trim();
					if (ROOM_START.matcher(inner).find() || first.indexOf(' ') < 0 && Places.isRomajiPlace(first)
							&& Character.isUpperCase(inner.charAt(0))) {
						from = start - (head.length() - name.start());
					}
				}
			}
			if (from < start && !overlapsOther(candidates, i, from, start)) {
				found = found.over(from, found.end());
				candidates.set(i, found);
			}
			int end = found.end();
			Matcher bracket = HOUSING_BRACKET.matcher(folded.substring(end, Math.min(folded.length(), end + 50)));
			if (bracket.find() && !overlapsOther(candidates, i, end, end + bracket.end())) {
				candidates.set(i, found.over(found.start(), end + bracket.end()));
			}
		}
	}

	/**
	 * Whether an account word stands right before this "#" ("account #…"): then the "#"
	 * is the cue's, not the number's; a bare "#" after a branch is written as the
	 * number's own.
	 */
	private static boolean afterAccountWord(String folded, int hash) {
		String before = folded.substring(Math.max(0, hash - 12), hash).toLowerCase(Locale.ROOT).stripTrailing();
		return before.endsWith("account") || before.endsWith("acct") || before.endsWith("a/c") || before.endsWith("no.")
				|| before.endsWith("number");
	}

	private static void accounts(String folded, List<Finding> candidates, List<Finding> added) {
		if (folded.indexOf('#') < 0 && !folded.toLowerCase(Locale.ROOT).contains("a/c")
				&& !folded.toLowerCase(Locale.ROOT).contains("acc")) {
			return;
		}
		for (Matcher m = ACCOUNT_AFTER_CUE.matcher(folded); m.find();) {
			int start = m.start("v");
			int end = m.end("v");
			// Only an account with a bank or branch named near it: an order's or a
			// member's number after "#" or "no." stays visible.
			String near = folded.substring(Math.max(0, m.start() - 100), Math.min(folded.length(), end + 30));
			if (!BANK_WORD.matcher(near).find() || overlapsAny(candidates, start, end)
					|| overlapsAny(added, start, end)) {
				continue;
			}
			added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, start, end));
		}
	}

	private static void plates(String folded, List<Finding> candidates, List<Finding> added) {
		if (!folded.contains("-ku ") && !folded.contains("-shi ") && !folded.contains("-Ku ")
				&& !folded.contains("-Shi ")) {
			return;
		}
		if (!VEHICLE_WORD.matcher(folded).find()) {
			return;
		}
		for (Matcher m = ROMAJI_PLATE.matcher(folded); m.find();) {
			int start = m.start("v");
			int end = m.end("v");
			if (!overlapsAny(added, start, end)) {
				removeOverlapping(candidates, start, end, PersonalDataKind.POSTAL_ADDRESS);
				if (!overlapsAny(candidates, start, end)) {
					added.add(new Finding(PersonalDataKind.NUMBER_PLATE, start, end));
				}
			}
		}
	}

	/**
	 * Children listed with their ages beside a found child with its age: "my kids ([name]
	 * 8, Ollie 5)".
	 */
	private static void children(String folded, Masked masked, List<Finding> candidates, List<Finding> added) {
		if (!FOUND_CHILD_AGE.matcher(masked.text).find() || !KIDS_WORD.matcher(folded).find()) {
			return;
		}
		for (Matcher m = CHILD_AGE.matcher(masked.text); m.find();) {
			addName(folded, candidates, added, masked.source(m.start("name")), masked.source(m.end("name") - 1) + 1);
		}
	}

	/**
	 * Chat speakers after a bracketed time, when another such speaker is a found name.
	 */
	private static void speakers(String folded, Masked masked, List<Finding> candidates, List<Finding> added) {
		if (!masked.text.contains(":") || masked.text.indexOf('\n') < 0) {
			return;
		}
		boolean foundSpeaker = false;
		List<int[]> others = new ArrayList<>();
		for (Matcher m = TIMED_SPEAKER.matcher(masked.text); m.find();) {
			if (m.group("name").equals("[name]")) {
				foundSpeaker = true;
			}
			else {
				others.add(new int[] { masked.source(m.start("name")), masked.source(m.end("name") - 1) + 1 });
			}
		}
		if (foundSpeaker) {
			for (int[] range : others) {
				addName(folded, candidates, added, range[0], range[1]);
			}
		}
	}

	private static void dates(String folded, List<Finding> candidates, List<Finding> added) {
		int thisYear = java.time.Year.now(java.time.ZoneId.of("Asia/Tokyo")).getValue();
		for (Matcher m = NAME_WITH_DATE.matcher(folded); m.find();) {
			if (past(folded.substring(m.start("d"), m.end("d")), thisYear)) {
				addName(folded, candidates, added, m.start("name"), m.end("name"));
				addDate(candidates, added, m.start("d"), m.end("d"));
			}
		}
		for (Matcher m = CUE_BRACKET_DATE.matcher(folded); m.find();) {
			if (past(folded.substring(m.start("d"), m.end("d")), thisYear)) {
				addDate(candidates, added, m.start("d"), m.end("d"));
			}
		}
	}

	/**
	 * Whether a date's four-digit year is before this year: a birth date, not an event's.
	 */
	private static boolean past(String date, int thisYear) {
		Matcher year = YEAR.matcher(date);
		int found = -1;
		while (year.find()) {
			found = Integer.parseInt(year.group());
		}
		return found > 0 && found < thisYear;
	}

	private static void addDate(List<Finding> candidates, List<Finding> added, int start, int end) {
		if (!overlapsAny(candidates, start, end) && !overlapsAny(added, start, end)) {
			added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, start, end));
		}
	}

	private static void addName(String folded, List<Finding> candidates, List<Finding> added, int start, int end) {
		if (EnglishSlotsRoomsAndCues.nameShaped(folded.substring(start, end))) {
			Found.nameUnlessTaken(candidates, added, start, end);
		}
	}

	private static void removeOverlapping(List<Finding> candidates, int start, int end, PersonalDataKind kind) {
		candidates.removeIf((f) -> f.kind() == kind && f.overlaps(start, end));
	}

	private static boolean overlapsAny(List<Finding> findings, int start, int end) {
		for (Finding f : findings) {
			if (f.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	private static boolean overlapsOther(List<Finding> findings, int self, int start, int end) {
		for (int i = 0; i < findings.size(); i++) {
			if (i != self && findings.get(i).overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with found names (flagged ones too: a reader sees them as names) written
	 * as [name], and a map back to the source's offsets.
	 */
	private record Masked(String text, int[] toSource) {

		static Masked of(String folded, List<Finding> candidates) {
			boolean[] name = new boolean[folded.length()];
			boolean any = false;
			for (Finding f : candidates) {
				if (f.kind() == PersonalDataKind.PERSON_NAME) {
					for (int i = f.start(); i < f.end(); i++) {
						name[i] = true;
					}
					any = true;
				}
			}
			int[] toSource = new int[folded.length() * 6 + 1];
			if (!any) {
				for (int i = 0; i < folded.length(); i++) {
					toSource[i] = i;
				}
				return new Masked(folded, toSource);
			}
			StringBuilder text = new StringBuilder(folded.length());
			int i = 0;
			while (i < folded.length()) {
				if (!name[i]) {
					toSource[text.length()] = i;
					text.append(folded.charAt(i));
					i++;
					continue;
				}
				int from = i;
				while (i < folded.length() && name[i]) {
					i++;
				}
				String mark = "[name]";
				for (int k = 0; k < mark.length(); k++) {
					toSource[text.length()] = (k == mark.length() - 1) ? i - 1 : from;
					text.append(mark.charAt(k));
				}
			}
			return new Masked(text.toString(), toSource);
		}

		int source(int at) {
			return this.toSource[at];
		}

	}

}
