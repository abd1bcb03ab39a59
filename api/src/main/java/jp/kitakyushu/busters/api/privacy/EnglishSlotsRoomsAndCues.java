package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 34: English names, addresses and accounts still shown — a name in a chat's or
 * list's line shaped like a found name's line, a poll's or minutes' voter, a name on a
 * sign or intercom, initials beside a found name, a resident's room by a person or name,
 * a room of a named home, a street address's ward written with -ku, and an account number
 * a refund goes to.
 */
final class EnglishSlotsRoomsAndCues {

	/** A capitalised word of a name (O'Connor, Hye-jin). */
	private static final String CAP = "[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)?";

	/** A dwelling's word in a building's name. */
	private static final String DWELLING = "(?:Heights|Haitsu|Haim|Heim|Maison|Mezon|Corpo|Kopo|Casa|Residence|Court"
			+ "|Tower|Mansion|Villa|Ville|Manor|Palace|Terrace|Garden|Town|Coop|Co-op|Grand|Sunny|Royal|Urban|Lions)";

	/** A capitalised word of a building's name, accents allowed (Kaikyō). */
	private static final String BCAP = "[A-Z][\\p{Ll}]+(?:-[A-Za-z][\\p{Ll}]+)?";

	/** One or two capitalised words standing as a line's item. */
	private static final String ITEM = CAP + "(?: " + CAP + ")?";

	/**
	 * A list line's lead before its item: a chat's tag and time, a number, a bullet;
	 * bounded, so reading it is cheap.
	 */
	private static final Pattern LINE_ITEM = Pattern
		.compile("^(?<lead>(?:\\[[A-Za-z]{1,12}\\] )?" + "(?:[0-9]{1,2}:[0-9]{2} |#?[0-9]{1,3}[.)]? |[-*•・] )?)(?<item>"
				+ ITEM + "|\\[name\\])" + "(?<sep>: | [–—-] | ¥|'s |’s )");

	/** A poll's answer after a voter's name: "Ann yes, Ken no, Lee maybe". */
	private static final Pattern POLL = Pattern
		.compile("(?<![A-Za-z])(?<name>" + CAP + ") (?:yes|no|maybe|ok|can't|cannot|can)(?=[,.;!)\\n]| and |$)");

	/** A meeting's minutes: who seconded, abstained or objected. */
	private static final Pattern MINUTES = Pattern
		.compile("(?:^|[;,.:] |\\n)(?<name>" + CAP + ") (?:seconded|abstained|objected|against|dissented)(?![a-z])");

	/** Languages, heading an interpreter's name in a list ("Vietnamese – Thu"). */
	private static final Pattern LANGUAGE_SLOT = Pattern.compile("\\b(?:Tagalog|Filipino|Vietnamese|Nepali|Chinese"
			+ "|Mandarin|Cantonese|Korean|Indonesian|Thai|Burmese|Portuguese|Spanish|French|German|English|Japanese"
			+ "|Hindi|Bengali|Sinhala|Urdu|Russian|Ukrainian|Arabic|Mongolian|Malay)(?: [–—-] |: )(?<name>" + CAP
			+ ")(?![A-Za-z])");

	/**
	 * A name read off a sign, mailbox, intercom or door, or booked under: the sign says
	 * "Kubo", the mailbox: Kubo, under the name Kubo, her name was actually Kubo.
	 */
	private static final Pattern SIGNED_NAME = Pattern.compile(
			"(?<cue>(?i:name ?plate|mail ?box|letter ?box|intercom|doorbell|door|sign|plate|post ?box))[^.\\n\"“]{0,30}?"
					+ "(?i:says|shows|reads|read|said|:) [\"“]?(?:\\[address\\] )?(?<name>" + CAP
					+ ")(?=[\"”.,;)!?\\n]|$)"
					+ "|(?i:under the name|name (?:is|was) actually|name is actually) [\"“]?(?<name2>" + CAP
					+ ")(?=[\"”.,;)!?\\n ]|$)");

	/** "it's Rob from the bakery": a caller naming themself by a place. */
	private static final Pattern FROM_PLACE_SELF = Pattern
		.compile("(?i:it's|it is|this is|it’s) (?<name>" + CAP + ") from (?!the city|city)");

	/** "Ray from the bike shop says": a person by a place's side, telling something. */
	private static final Pattern FROM_PLACE_SAYS = Pattern.compile("(?:^|\\n|[.!?] )(?<name>" + CAP
			+ ") from (?:the |our |my )[a-z]+(?: [a-z]+)? (?:says|said|told|called|asked|thinks)(?![a-z])");

	/** Birth-date and account cues a writer may count as part of the value. */
	/** A refund or payment sent to a bare account number, no bank named. */
	private static final Pattern REFUND_TO = Pattern.compile("(?i:refund|repay|reimburse|transfer|pay|send|BACS)"
			+ "(?:[a-z]{0,3})(?: (?:one|it|the money|the refund|the deposit|the balance|via BACS|back))? (?:to|into) "
			+ "(?:(?i:account|a/c) )?(?<v>[0-9]{7,8})(?![0-9-])(?! ?\\((?:the|our) [A-Za-z ]{2,20}'s\\))");

	/**
	 * Initials before a found name ("P. J. O'Connor") and after a surname ("Ramirez,
	 * C.").
	 */
	private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![A-Za-z.])(?:[A-Z]\\. ?){1,2}\\z");

	private static final Pattern INITIAL_AFTER = Pattern.compile("^, [A-Z]\\.(?![A-Za-z])");

	/**
	 * Someone's room: "the guys in 101", "Mr. Sato in 3-202"; a year or time is no room.
	 */
	private static final Pattern PERSON_IN_ROOM = Pattern
		.compile("(?i:guy|guys|neighbou?r|neighbou?rs|man|woman|lady|family|couple|tenant|tenants|resident|people"
				+ "|student|students|kid|kids|boy|girl|\\[name\\]) in (?:(?i:room|apt|unit|flat|no\\.?) ?#?)?"
				+ "(?!(?:19|20)[0-9]{2}(?![0-9]))(?<v>[0-9]{1,2}-[0-9]{2,4}|[0-9]{3,4})"
				+ "(?![0-9-]|:| ?(?i:yen|am|pm|people|minutes|years|days|weeks|months|hours|homes|houses|schools))");

	/** A room beside a found name: "Room 204 - Sato", "2-210 (Sato)". */
	private static final Pattern ROOM_BY_NAME = Pattern
		.compile("(?<![A-Za-z0-9-])(?<v>(?i:room|rm\\.?|apt\\.?|unit|flat) ?[0-9]{2,4}[A-Z]?|[0-9]{1,2}-[0-9]{3,4})"
				+ "(?: [–—-] | \\()\\[name\\]");

	/**
	 * A named home with its room: "Kaikyo Care Home, Room 12", "room 8, Hinata Group
	 * Home", "city housing Hikino, 2-305", "Kamiitozu, building 12, room 105".
	 */
	private static final Pattern HOME_ROOM = Pattern.compile("(?<v>(?:(?:" + BCAP + " ){0,3}(?i:care|nursing|group"
			+ "|retirement|old people's) (?i:home|house)|(?:" + BCAP + " ){0,2}(?i:company dorm|dormitory|dorm|"
			+ "international house|share house|guest house)|(?<![A-Z][a-z]{1,20} )(?i:municipal|city|public|prefectural) housing "
			+ CAP + "(?: " + CAP + ")?|" + CAP
			+ ", (?i:building|bldg\\.?|block) [0-9]{1,2}),? (?i:room|rm\\.?|no\\.|#|apt\\.?|unit)? ?"
			+ "[A-Z]?-?[0-9]{1,4}(?:-[0-9]{1,4})?)(?![0-9A-Za-z-])" + "|(?<v2>(?i:room|rm\\.?) [0-9]{1,4},? (?:" + BCAP
			+ " ){1,3}(?i:care|nursing|group|retirement) (?i:home|house))");

	/**
	 * A named block of flats with its room, either way round: "Belle Maison Kokura, Rm
	 * 605", "302 in Palace Kitagata", "3-102, Sone Higashi municipal housing"; the name
	 * must hold a dwelling's word.
	 */
	private static final Pattern FLATS_ROOM = Pattern.compile("(?<v>(?:" + BCAP + " ){0,3}" + DWELLING + "(?: " + BCAP
			+ "){0,2},? (?i:room|rm\\.?|apt\\.?|unit) ?[0-9]{2,4}(?: & (?i:room|rm\\.?) ?[0-9]{2,4})?"
			+ "|(?<![0-9-])(?:[0-9]{3,4}|[0-9]{1,2}-[0-9]{3,4})(?: in| at| of) (?:" + BCAP + " ){0,3}" + DWELLING
			+ "(?: " + BCAP + "){0,2}|(?<![0-9-])[0-9]{1,2}-[0-9]{3,4}, (?:" + BCAP
			+ " ){1,3}(?i:municipal|city|public|prefectural) housing)(?![0-9A-Za-z-])");

	/**
	 * Block and room numbering after a dwelling cue: "in 4-2-1-370", "next door at 5-9".
	 */
	private static final Pattern LOT_AFTER_CUE = Pattern
		.compile("(?:(?i:instead of|not|next door at|next door is|next to|rather than)) "
				+ "(?<v>[0-9]{1,4}(?:-[0-9]{1,4}){1,3}|(?i:no\\.) ?[0-9]{1,4})(?![0-9-]|:| ?(?i:yen|am|pm|%|min|times|days|weeks|hours|people|kg|km|cm|points|goals))");

	/** A street address by its shape: a house number first, or a lot or chome last. */
	private static final Pattern STREET_ADDRESS = Pattern
		.compile("^(?:[0-9]|Lot|No)|[0-9]{1,3}-[0-9]{1,3}$|(?i:chome)$");

	/** A town, city or ward after a street address's house number. */
	private static final Pattern WARD_TAIL = Pattern.compile("^(?:, | \\()(?<v>" + CAP
			+ "(?:[- ](?:ku|Ku|shi|Shi|machi|cho)))\\)?(?:, (?<floor>[0-9]{1,2}F))?(?=[ ]*(?:[.,;:)!?\\n]|$))");

	/**
	 * An address that ends in a flat's room or a building: its ward is another writer's
	 * KEEP.
	 */
	private static final Pattern BUILDING_ADDRESS = Pattern
		.compile("(?i)\\b(?:room|rm|apt|apartment|unit|flat|heights|haitsu|maison|corpo|kopo|court|tower|mansion"
				+ "|house|residence|villa|danchi|housing|dorm|home|bldg|building|[0-9]{3,4}$|[0-9]-[0-9]{3,4}$)");

	/** Words that fill a list's slot or head a line without being a person. */
	private static final Set<String> NOT_NAMES = new HashSet<>(List.of("Coach", "Note", "Notes", "Re", "From", "To",
			"Date", "Time", "Place", "Venue", "Address", "Name", "Tel", "Phone", "Email", "Subject", "Total", "Update",
			"Edit", "Admin", "Mod", "Mods", "Moderator", "Everyone", "All", "Q", "A", "Ps", "Reply", "Answer",
			"Question", "Me", "Mom", "Mum", "Dad", "Teacher", "Leader", "Captain", "Chair", "Secretary", "Treasurer",
			"Host", "Agenda", "Minutes", "Result", "Results", "Yes", "No", "Maybe", "Ok", "Okay", "Thanks", "Thank",
			"Hi", "Hello", "Dear", "Sorry", "Please", "Also", "And", "But", "So", "Then", "The", "This", "That", "It",
			"We", "They", "He", "She", "You", "Our", "My", "Your", "His", "Her", "Their", "Who", "What", "Where",
			"When", "Why", "How", "Anyone", "Someone", "Nobody", "None", "Vacant", "Open", "Free", "Tbd", "Next",
			"Today", "Tomorrow", "Tonight", "Morning", "Afternoon", "Evening", "Night", "Am", "Pm", "Bus", "Train",
			"Car", "Van", "Lunch", "Dinner", "Breakfast", "Drinks", "Food", "Snacks", "Water", "Item", "Items", "Room",
			"Team", "Group", "Class", "Club", "City", "Ward", "Office", "Station", "Park", "School", "Hall", "Shop",
			"Store", "Staff", "Volunteer", "Volunteers", "Driver", "Manager", "Owner", "Landlord", "Police", "Doctor",
			"Nurse", "Mayor", "Council", "Committee", "Translation", "Original", "Source", "Step", "Option", "Plan",
			"Reason", "Issue", "Problem", "Location", "Contact", "Details", "Info", "Warning", "Important", "Urgent",
			"Fixed", "Done", "Paid", "Unpaid", "Pending", "Closed", "Cancelled", "Confirmed", "Lost", "Found", "Can",
			"Ask", "Good", "Greetings", "Regards", "Message", "Letter", "Report", "Help", "Great", "Same", "Other",
			"Both", "Nope", "Yeah", "Yep", "Lol", "Wow"));

	/** Words of a shop, firm or public place, whose names are no person's. */
	private static final Pattern PLACE_WORD = Pattern.compile("(?i)\\b(?:station|park|hall|office|library|school"
			+ "|hospital|clinic|cent(?:re|er)|museum|shop|store|mart|bank|cafe|café|bar|restaurant|bakery|gym|shrine"
			+ "|temple|church|port|bridge|street|road|river|city|ward|town|ltd|inc|co|corp|company|club|team|house|hotel|inn"
			+ "|hostel)\\b");

	private static final Pattern CALENDAR = Pattern.compile(
			"(?i)jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
					+ "|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thurs?|fri|sat(?:ur)?|sun)(?:day)?");

	private EnglishSlotsRoomsAndCues() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!latin(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		// A masked copy of the text: the rules below read found names and addresses as
		// [name] and [address], as a reader of the masked post would.
		Masked masked = Masked.of(folded, candidates);
		namesInSiblingLines(folded, masked, candidates, added);
		names(POLL, folded, candidates, added, folded.contains(" yes") || folded.contains(" maybe"), 2);
		names(MINUTES, folded, candidates, added, folded.contains("seconded") || folded.contains("abstained"), 1);
		names(LANGUAGE_SLOT, folded, candidates, added, true, 1);
		names(FROM_PLACE_SELF, folded, candidates, added, folded.contains(" from "), 1);
		names(FROM_PLACE_SAYS, folded, candidates, added, folded.contains(" from "), 1);
		signedNames(folded, masked, candidates, added);
		rooms(folded, masked, candidates, added);
		refunds(folded, candidates, added);
		candidates.addAll(added);
		widen(folded, candidates);
	}

	/**
	 * Whether the text is mostly Latin letters (its first 400): these rules read English
	 * only.
	 */
	private static boolean latin(String folded) {
		return TextFold.mostlyLatin(folded, 400, 3);
	}

	/**
	 * A line of a chat or list whose lead and separator match a line a found name heads
	 * (10:14 [name]: … beside 10:17 Mika: …; 1. [name] — 2 beside 3. Paulo — 1).
	 */
	private static void namesInSiblingLines(String folded, Masked masked, List<Finding> candidates,
			List<Finding> added) {
		if (folded.indexOf('\n') < 0) {
			return;
		}
		Set<String> shapes = new HashSet<>();
		List<int[]> items = new ArrayList<>();
		List<String> itemShapes = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= folded.length()) {
			int lineEnd = folded.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = folded.length();
			}
			Matcher m = LINE_ITEM.matcher(masked.text).region(masked.at(lineStart), masked.at(lineEnd));
			m.useAnchoringBounds(true);
			if (m.lookingAt()) {
				String shape = m.group("lead").replaceAll("[0-9]", "0").replaceAll("\\[[A-Za-z]+\\] ", "")
						+ m.group("sep").replace('’', '\'');
				if (m.group("item").equals("[name]")) {
					shapes.add(shape);
				}
				else {
					items.add(new int[] { masked.source(m.start("item")), masked.source(m.end("item") - 1) + 1 });
					itemShapes.add(shape);
				}
			}
			lineStart = lineEnd + 1;
		}
		for (int i = 0; i < items.size(); i++) {
			if (shapes.contains(itemShapes.get(i))) {
				addName(folded, candidates, added, items.get(i)[0], items.get(i)[1]);
			}
		}
	}

	private static void names(Pattern pattern, String folded, List<Finding> candidates, List<Finding> added,
			boolean cue, int least) {
		if (!cue) {
			return;
		}
		List<int[]> found = new ArrayList<>();
		for (Matcher m = pattern.matcher(folded); m.find();) {
			String word = folded.substring(m.start("name"), m.end("name"));
			if (nameShaped(word) || pattern == LANGUAGE_SLOT && !NOT_NAMES.contains(word)) {
				found.add(new int[] { m.start("name"), m.end("name") });
			}
		}
		if (found.size() >= least) {
			for (int[] range : found) {
				addName(folded, candidates, added, range[0], range[1], pattern == LANGUAGE_SLOT);
			}
		}
	}

	private static void signedNames(String folded, Masked masked, List<Finding> candidates, List<Finding> added) {
		for (Matcher m = SIGNED_NAME.matcher(masked.text); m.find();) {
			String group = (m.group("name") != null) ? "name" : "name2";
			String cue = (m.group("cue") != null) ? m.group("cue").toLowerCase(Locale.ROOT) : "";
			if ((cue.equals("sign") || cue.equals("door") || cue.equals("plate"))
					&& !masked.text.substring(Math.max(0, m.start() - 60), m.start())
						.toLowerCase(Locale.ROOT)
						.contains("name")) {
				continue;
			}
			int start = masked.source(m.start(group));
			int end = masked.source(m.end(group) - 1) + 1;
			addName(folded, candidates, added, start, end);
		}
	}

	private static void rooms(String folded, Masked masked, List<Finding> candidates, List<Finding> added) {
		for (Matcher m = PERSON_IN_ROOM.matcher(masked.text); m.find();) {
			addAddress(candidates, added, masked.source(m.start("v")), masked.source(m.end("v") - 1) + 1);
		}
		for (Matcher m = ROOM_BY_NAME.matcher(masked.text); m.find();) {
			addAddress(candidates, added, masked.source(m.start("v")), masked.source(m.end("v") - 1) + 1);
		}
		String lower = folded.toLowerCase(Locale.ROOT);
		if (lower.contains("home") || lower.contains("hous") || lower.contains("dorm") || lower.contains("build")
				|| lower.contains("block") || lower.contains("bldg")) {
			for (Matcher m = HOME_ROOM.matcher(folded); m.find();) {
				String group = (m.group("v") != null) ? "v" : "v2";
				addAddress(candidates, added, m.start(group), m.end(group));
			}
		}
		for (Matcher m = FLATS_ROOM.matcher(folded); m.find();) {
			if (!PLACE_WORD.matcher(m.group("v")).find()) {
				addAddress(candidates, added, m.start("v"), m.end("v"));
			}
		}
		if (hasAddress(candidates) || lower.contains("address") || lower.contains("house")) {
			for (Matcher m = LOT_AFTER_CUE.matcher(folded); m.find();) {
				addAddress(candidates, added, m.start("v"), m.end("v"));
			}
		}
	}

	private static void refunds(String folded, List<Finding> candidates, List<Finding> added) {
		for (Matcher m = REFUND_TO.matcher(folded); m.find();) {
			int start = m.start("v");
			int end = m.end("v");
			if (!overlapsAny(candidates, start, end) && !overlapsAny(added, start, end)) {
				added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, start, end));
			}
		}
	}

	/**
	 * Widens found values over what a writer counts as theirs: an account's check digit,
	 * initials beside a name, and the ward after a street address when it says -ku or
	 * -shi (not after a flat's, where writers keep the ward; a bare ward or town after an
	 * address is often kept visible).
	 */
	private static void widen(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding found = candidates.get(i);
			int start = found.start();
			int end = found.end();
			String before = folded.substring(Math.max(0, start - 20), start);
			switch (found.kind()) {
				case BANK_ACCOUNT -> {
					if (end + 2 <= folded.length() && folded.charAt(end) == '-'
							&& Character.isDigit(folded.charAt(end + 1))
							&& (end + 2 == folded.length() || !Character.isDigit(folded.charAt(end + 2)))) {
						end += 2;
					}
				}
				case PERSON_NAME -> {
					Matcher initials = INITIALS_BEFORE.matcher(before);
					if (initials.find()) {
						start -= before.length() - initials.start();
					}
					Matcher after = INITIAL_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 5)));
					if (after.find()) {
						end += after.end();
					}
				}
				case POSTAL_ADDRESS -> {
					String text = folded.substring(start, end);
					if (STREET_ADDRESS.matcher(text).find()) {
						if (!BUILDING_ADDRESS.matcher(text).find()) {
							Matcher tail = WARD_TAIL
								.matcher(folded.substring(end, Math.min(folded.length(), end + 40)));
							if (tail.find() && !NOT_NAMES.contains(tail.group("v"))) {
								end += tail.end();
							}
						}
					}
				}
				default -> {
				}
			}
			if (start != found.start() || end != found.end()) {
				candidates.set(i, found.over(start, end));
			}
		}
	}

	static boolean nameShaped(String word) {
		for (String part : word.split(" ")) {
			if (NOT_NAMES.contains(part) || CALENDAR.matcher(part).matches() || Places.isRomajiPlace(part)) {
				return false;
			}
		}
		return !PLACE_WORD.matcher(word).find();
	}

	private static void addName(String folded, List<Finding> candidates, List<Finding> added, int start, int end) {
		addName(folded, candidates, added, start, end, false);
	}

	private static void addName(String folded, List<Finding> candidates, List<Finding> added, int start, int end,
			boolean checked) {
		String word = folded.substring(start, end);
		if (!checked && !nameShaped(word) || overlapsAny(candidates, start, end) || overlapsAny(added, start, end)) {
			return;
		}
		added.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
	}

	private static void addAddress(List<Finding> candidates, List<Finding> added, int start, int end) {
		if (start >= end || overlapsAny(added, start, end)) {
			return;
		}
		for (Finding f : candidates) {
			if (f.overlaps(start, end) && f.start() <= start && f.end() >= end) {
				return;
			}
		}
		added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, start, end));
	}

	private static boolean hasAddress(List<Finding> candidates) {
		for (Finding f : candidates) {
			if (f.kind() == PersonalDataKind.POSTAL_ADDRESS) {
				return true;
			}
		}
		return false;
	}

	private static boolean overlapsAny(List<Finding> findings, int start, int end) {
		for (Finding f : findings) {
			if (f.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text with found names and addresses written as [name] and [address], and a map
	 * back to the source's offsets.
	 */
	private record Masked(String text, int[] toSource, int[] fromSource) {

		static Masked of(String folded, List<Finding> candidates) {
			PersonalDataKind[] at = new PersonalDataKind[folded.length()];
			for (Finding f : candidates) {
				if (f.confidence() == Confidence.MASKED
						&& (f.kind() == PersonalDataKind.PERSON_NAME || f.kind() == PersonalDataKind.POSTAL_ADDRESS)) {
					for (int i = f.start(); i < f.end(); i++) {
						if (at[i] == null) {
							at[i] = f.kind();
						}
					}
				}
			}
			StringBuilder text = new StringBuilder(folded.length());
			int[] toSource = new int[folded.length() * 2 + 16];
			int[] fromSource = new int[folded.length() + 1];
			int i = 0;
			while (i < folded.length()) {
				fromSource[i] = text.length();
				if (at[i] == null) {
					toSource[text.length()] = i;
					text.append(folded.charAt(i));
					i++;
					continue;
				}
				PersonalDataKind kind = at[i];
				String mark = (kind == PersonalDataKind.PERSON_NAME) ? "[name]" : "[address]";
				int from = i;
				while (i < folded.length() && at[i] == kind) {
					fromSource[i] = text.length();
					i++;
				}
				for (int k = 0; k < mark.length(); k++) {
					toSource[text.length()] = (k == mark.length() - 1) ? i - 1 : from;
					text.append(mark.charAt(k));
				}
			}
			fromSource[folded.length()] = text.length();
			return new Masked(text.toString(), toSource, fromSource);
		}

		int at(int source) {
			return this.fromSource[source];
		}

		int source(int masked) {
			return this.toSource[masked];
		}

	}

}
