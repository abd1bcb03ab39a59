package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 31: a bare lot or room number becomes an address by a resident's cue (a name
 * before its bracket or after it on a list line, 私, I'm at, 番地は), an address found grows
 * over the lot, room or building line beside it, and phones written in part or with
 * masked digits stay phones. A table's birth-date and address columns are read by
 * {@link ListSiblingsAndRosterValues}.
 */
final class LotsAndRoomsOfResidents {

	/** A lot number: 3-5, 2-9-4, 8-21. */
	private static final String LOT = "[0-9]{1,2}-[0-9]{1,4}(?:-[0-9]{1,4})?";

	/** A room: 204号, 103号室, or a block and room 3-204. */
	private static final String ROOM = "[0-9]{2,4}号室?";

	/** The longest stretch before or after a value that a cue is looked for in. */
	private static final int WINDOW = 12;

	/** A lot or room in brackets: (3-4-1), （3-204）, （103号）. */
	private static final Pattern BRACKETED = Pattern.compile("\\((?<v>" + LOT + "|" + ROOM + ")\\)(?![0-9])");

	/** What may stand between a name and its bracket: an honorific. */
	private static final Pattern HONORIFIC_END = Pattern.compile("(?:さん|様|さま|氏|-san| san)? ?$");

	/** The writer themself before a bracket: 私（103号）. */
	private static final Pattern SELF_END = Pattern.compile("(?:私|わたし|自分|うち|me|I)(?:の部屋)? ?$");

	/** A lot right before a name and its house: 3-5 [name]さん宅. */
	private static final Pattern LOT_BEFORE_NAME = Pattern
		.compile("(?<![0-9-])(?<v>" + LOT + "|" + ROOM + ")[ ]{1,3}(?=[^ \\n])");

	/** A house word after a name: さん宅, 様方, 's house. */
	private static final Pattern HOUSE_AFTER = Pattern.compile("^(?:さん|様|さま)?(?:宅|方|の家|家)");

	/** A room at the head of a list line: ・808号 …, Room 204: …. */
	private static final Pattern ROOM_LINE_HEAD = Pattern
		.compile("(?m)^[ ・\\-*•]{0,3}(?<v>(?i:room|rm\\.?|apt\\.?|unit|flat)"
				+ " ?#?[0-9]{1,4}[A-Z]?|#[0-9]{1,4}|[0-9]{2,4}号室?)(?![0-9])[ ]*[:：]?[ ]*(?<rest>[^\\n]{0,40})");

	/** A title before a name on a roster line. */
	private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr)\\.? ");

	/** A resident saying where they are: I'm at number 4-9, our yard at 6-4-4. */
	private static final Pattern SELF_AT = Pattern
		.compile("(?i:I'm|I am|we're|we are|we live|I live|our [a-z]+|my [a-z]+)"
				+ "(?: is)? (?:at|in) (?i:number |no\\. ?|house )?(?<v>" + LOT + ")(?![0-9-])");

	/** A Japanese resident's lot: 番地は「8-21」, うちは2-8-11. */
	private static final Pattern LOT_CUE_JA = Pattern
		.compile("(?:番地|うち|私の家|自宅|我が家)(?:は|:|：)[ ]?[「『]?(?<v>[0-9]{1,4}(?:-[0-9]{1,4}){0,2})(?![0-9])(?:[」』]|の|です|$)");

	/** A house number in a chome: number 11, Tomino 3-chome. */
	private static final Pattern NUMBER_IN_CHOME = Pattern
		.compile("(?<v>(?i:number|no\\.) ?[0-9]{1,4},? [A-Z][a-z]+(?:-[a-z]+)? [0-9]-chome)");

	/**
	 * A room at a named dwelling: room 12 at Moji Kaigan Dorm, unit 8 at Casa Uomachi.
	 */
	private static final Pattern ROOM_AT_DWELLING = Pattern.compile("(?<v>(?i:room|rm\\.?|apt\\.?|apartment|unit|flat)"
			+ " ?#?[0-9]{1,4}[A-Z]? (?:at|of|in) (?:the )?(?:[A-Z][A-Za-z'-]+ ){0,4}"
			+ "(?:Dorm|Dormitory|House|Heights|Corpo|Kopo|Haitsu|Mansion|Residence|Court|Villa|Ville|Manor|Apartments?))(?![A-Za-z])");

	/** A dorm's name and its room: Gakuen Dorm B-112. */
	private static final Pattern DORM_ROOM = Pattern
		.compile("(?<v>(?:[A-Z][A-Za-z'-]+ ){1,4}(?:Dorm|Dormitory)\\.?,? (?:[Rr]oom )?[A-Z]?-?[0-9]{1,4})(?![0-9])");

	/** What may come right before an address found and belongs to it: a lot, Lot 14,. */
	private static final Pattern BEFORE_ADDRESS = Pattern
		.compile("(?:(?<![0-9-])" + LOT + "|(?i:lot|room|rm\\.?|apt\\.?|unit|flat) ?#?[0-9]{1,4}[A-Z]?,?)[ ]{1,2}$");

	/** What may come right after an address found and belongs to it. */
	private static final Pattern AFTER_ADDRESS = Pattern
		.compile("\\G(?:-[A-Z](?![A-Za-z])|の[0-9]{2,4}(?:号室?)?(?![0-9]))");

	/** A building line with a room, on its own line right after an address line. */
	private static final Pattern BUILDING_LINE = Pattern.compile(
			"\\G\\n(?<v>[^\\n。、,:：!?！？]{2,28}?(?:[0-9]{2,4}(?:号室|号)?|[0-9]{1,2}F(?:-[A-Z0-9]{1,3})?))[ ]*(?:\\n|$)");

	/** The same building and room on the address's own line, up to its end. */
	private static final Pattern BUILDING_SAME_LINE = Pattern
		.compile("\\G[ ]+(?<v>[^ \\n。、,:：!?！？()]{2,24}[0-9]{3,4}(?:号室|号)?)[ ]*(?:\\n|$)");

	/** A phone with its last digits hidden or missing: 090-6641-29**, 080-6624-11. */
	private static final Pattern PARTIAL_PHONE = Pattern.compile(
			"(?<![0-9-])(?<v>0[0-9]{1,3}-[0-9]{2,4}-[0-9]{1,3}[*＊×xX]{1,3}|0[789]0-[0-9]{4}-[0-9]{1,3})(?![0-9*＊×xX-])");

	/** A phone with its country code said in kana: プラス81の90-1834-0072. */
	private static final Pattern SPOKEN_COUNTRY = Pattern
		.compile("(?<v>プラス ?81[のの、, -]{0,2}[0-9]{1,3}(?:[、, -]{1,2}[0-9]{2,4}){2})(?![0-9])");

	/** A birth date in quotes after its label: 生年月日の欄に「1975年8月9日」. */
	private static final Pattern QUOTED_DOB = Pattern
		.compile("生年月日[^「『\\n。]{0,8}[「『](?<v>[^」』\\n]{0,6}[0-9]{1,4}[^」』\\n]{0,20}?[0-9]{1,2}日?)[」』]");

	private LotsAndRoomsOfResidents() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		Names names = new Names(candidates);
		bracketed(folded, names, added);
		lotsBeforeNames(folded, names, added);
		roomLineHeads(folded, names, added);
		plain(SELF_AT, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		plain(LOT_CUE_JA, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		plain(NUMBER_IN_CHOME, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		plain(ROOM_AT_DWELLING, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		plain(DORM_ROOM, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		plain(PARTIAL_PHONE, folded, PersonalDataKind.PHONE, added);
		plain(SPOKEN_COUNTRY, folded, PersonalDataKind.PHONE, added);
		plain(QUOTED_DOB, folded, PersonalDataKind.DATE_OF_BIRTH, added);
		candidates.addAll(added);
		growAddresses(folded, candidates);
	}

	private static void plain(Pattern pattern, String folded, PersonalDataKind kind, List<Finding> added) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			added.add(new Finding(kind, m.start("v"), m.end("v")));
		}
	}

	/** A lot or room in brackets right after a found name or the writer themself. */
	private static void bracketed(String folded, Names names, List<Finding> added) {
		Matcher m = BRACKETED.matcher(folded);
		while (m.find()) {
			int from = Math.max(0, m.start() - WINDOW);
			String before = folded.substring(from, m.start());
			Matcher honorific = HONORIFIC_END.matcher(before);
			int nameEnd = honorific.find() ? from + honorific.start() : m.start();
			if (names.ends.contains(nameEnd) || SELF_END.matcher(before).find()) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start("v"), m.end("v")));
			}
		}
	}

	/** A lot or room right before a found name whose house word follows it. */
	private static void lotsBeforeNames(String folded, Names names, List<Finding> added) {
		Matcher m = LOT_BEFORE_NAME.matcher(folded);
		while (m.find()) {
			Finding name = names.starts.get(m.end());
			if (name == null) {
				continue;
			}
			String after = folded.substring(name.end(), Math.min(folded.length(), name.end() + WINDOW));
			boolean listHead = isListHead(folded, m.start());
			if (HOUSE_AFTER.matcher(after).find() || listHead) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start("v"), m.end("v")));
			}
		}
	}

	/**
	 * A room heading a list line, when a name follows it or the post lists two or more
	 * such lines with a label after the room.
	 */
	private static void roomLineHeads(String folded, Names names, List<Finding> added) {
		Matcher m = ROOM_LINE_HEAD.matcher(folded);
		List<int[]> heads = new ArrayList<>();
		int named = 0;
		while (m.find()) {
			String rest = m.group("rest");
			Matcher title = TITLE.matcher(rest);
			int nameAt = m.start("rest") + (title.find() ? title.end() : 0);
			boolean name = names.starts.get(nameAt) != null;
			boolean labelled = rest.matches("[^:：。.!?]{1,16}[:：].*|[^。.!?]{1,24}[-—] ?.*");
			if (name) {
				named++;
			}
			if (name || labelled) {
				heads.add(new int[] { m.start("v"), m.end("v"), name ? 1 : 0 });
			}
		}
		for (int[] head : heads) {
			if (head[2] == 1 || (heads.size() >= 2 && named >= 1)) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, head[0], head[1]));
			}
		}
	}

	/**
	 * Grows each address found over a lot before it and a room, ward or building line
	 * after.
	 */
	private static void growAddresses(String folded, List<Finding> candidates) {
		List<Finding> grown = new ArrayList<>();
		for (Finding f : candidates) {
			if (f.kind() != PersonalDataKind.POSTAL_ADDRESS || f.flagged()) {
				continue;
			}
			int start = f.start();
			int end = f.end();
			int from = Math.max(0, start - 20);
			Matcher before = BEFORE_ADDRESS.matcher(folded.substring(from, start));
			if (before.find()) {
				start = from + before.start();
			}
			Matcher tail = window(AFTER_ADDRESS, folded, end);
			if (tail.find()) {
				end = tail.end();
			}
			Matcher line = window(BUILDING_LINE, folded, end);
			if (line.find()) {
				end = line.end("v");
			}
			else {
				Matcher same = window(BUILDING_SAME_LINE, folded, end);
				if (same.find()) {
					end = same.end("v");
				}
			}
			if (start != f.start() || end != f.end()) {
				grown.add(f.over(start, end));
			}
		}
		candidates.addAll(grown);
	}

	/** A matcher over at most 40 characters from an offset, whose $ is the text's. */
	private static Matcher window(Pattern pattern, String folded, int from) {
		return pattern.matcher(folded)
			.region(from, Math.min(folded.length(), from + 40))
			.useTransparentBounds(true)
			.useAnchoringBounds(false);
	}

	private static boolean isListHead(String folded, int at) {
		int from = Math.max(0, at - 6);
		String head = folded.substring(from, at);
		int nl = head.lastIndexOf('\n');
		String lead = (nl >= 0) ? head.substring(nl + 1) : head;
		return (nl >= 0 || from == 0) && lead.matches("[ ・\\-*•0-9.)）]*");
	}

	/** Names found, by their start and end offsets. */
	private static final class Names {

		private final Map<Integer, Finding> starts = new HashMap<>();

		private final Set<Integer> ends = new HashSet<>();

		Names(List<Finding> candidates) {
			for (Finding f : candidates) {
				if (f.kind() == PersonalDataKind.PERSON_NAME) {
					this.starts.putIfAbsent(f.start(), f);
					this.ends.add(f.end());
				}
			}
		}

	}

}
