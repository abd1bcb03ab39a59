package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a room number that the sentence ties to a person or a household (私は306の者です,
 * ２０３号の中島, 上の903, I'm in 301, she's in 106, the man in Apt 5, Room 12 beside a name) in
 * either language: such a room locates a dwelling, while a room of a public place (会議室3,
 * a ward, a platform) has no such tie.
 */
final class DwellingRooms {

	private static final String ROOM_WORD = "(?:(?i:apt|apartment|room|rm|unit|flat|no)\\.? ?#?|#)";

	/** A Japanese room after the writer, a neighbour or a floor above or below. */
	private static final Pattern JA_WHO_ROOM = Pattern
		.compile("(?:私|わたし|僕|ぼく|俺|うち|ウチ|我が家|当方|こちら|隣|となり|お隣|上の階|下の階|上の部屋|下の部屋|上|下|真上|真下)(?:は|が|も|の|の部屋は|の家は)?[ 　]?"
				+ "(?<v>[0-9]{3,4}(?:号室|号)?)(?![0-9])(?=の|に|で|、|。|[ 　]|から|$|号|\\)|です)");

	/** A Japanese room whose people the sentence goes on to name or describe. */
	private static final Pattern JA_ROOM_OF = Pattern
		.compile("(?<![0-9国県道線第台])(?<v>[0-9]{3,4}(?:号室|号)|[0-9]{3,4}(?=の(?:者|住人|住民|人|方|家|お宅|奥さん|ご主人|旦那|おばあ|おじい|男|女|子)))"
				+ "(?![0-9])(?:の|に住)(?!前|横|隣|向かい|近く|付近|場所|会議|教室|窓口|受付|診察|病室)");

	/** Rooms of public places: a meeting room is no one's home. */
	private static final Pattern PUBLIC_BEFORE = Pattern.compile(
			"(?:会議室|教室|病室|病棟|診察室|講義室|集会所|会館|のりば|乗り場|番線|ホーム|バス停|国道|県道|市道|台風|第|病院|医院|市役所|区役所|庁舎|センター|ホテル|学校|大学|(?i:meeting|waiting|conference|class|ward|hospital|hotel|gate|platform|bus|route|exit|ticket|order|case|item|page|lesson|chapter|hall))の?[ 　]?$");

	/** An English room after a person who is or lives in it. */
	private static final Pattern EN_WHO_ROOM = Pattern.compile(
			"\\b(?i:i'm|i am|im|i live|we're|we are|we live|he's|he is|she's|she is|they're|they are|he lives|she lives|they live|"
					+ "lives|living|staying|stays|moved|from|person|people|man|woman|lady|guy|family|tenant|tenants|resident|residents|"
					+ "neighbou?rs?|couple|kids?|boy|girl|owner|occupants?|folks|student|students)"
					+ "(?: (?:in|at|into|to|from|of|next door in))? (?<v>" + ROOM_WORD
					+ "?(?:[0-9]{1,2}F-[0-9]{1,4}|[0-9]{1,4}[A-Z]?))(?![0-9A-Za-z]|[-.][0-9]| [0-9])(?! ?(?:years?|yrs?|min|minutes?|hours?|days?|weeks?|months?|am|pm|a\\.m|p\\.m|yen|%|people|kids|children|cats|dogs|times|:|percent|x))");

	/** A lot the writer says they live at, written without its town: We are at 2-9-16. */
	private static final Pattern EN_LOT = Pattern.compile(
			"\\b(?i:we are|we're|i am|i'm|i live|we live|she lives|he lives|they live|lives|living) (?:at|in) (?<v>[1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,2})(?![-0-9])");

	/** The same in Japanese: こちらは2-3-17の…. */
	private static final Pattern JA_LOT = Pattern.compile(
			"(?:こちら|うち|ウチ|私|わたし|我が家|自宅)(?:は|の家は)?[ 　]?(?<v>[1-9][0-9]{0,3}(?:-[0-9]{1,4}){1,2})(?![-0-9])(?=の|です|に|で)");

	/** A flat's number written with its word: always somebody's home. */
	private static final Pattern EN_FLAT = Pattern
		.compile("(?<![A-Za-z])(?<v>(?i:apt|apartment|flat)\\.? ?#?[0-9]{1,4}[A-Z]?)(?![0-9A-Za-z])");

	/** A room with its word, for the room beside a name. */
	private static final Pattern EN_ROOM = Pattern.compile(
			"(?<![A-Za-z])(?<v>(?i:room|rm|unit|apt|apartment|flat)\\.? ?#?[0-9]{1,4}[A-Z]?|#[0-9]{2,4}[A-Z]?)(?![0-9A-Za-z])");

	private DwellingRooms() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			addAll(JA_WHO_ROOM, folded, candidates, false);
			addAll(JA_ROOM_OF, folded, candidates, false);
			addAll(JA_LOT, folded, candidates, false);
		}
		addAll(EN_LOT, folded, candidates, false);
		addAll(EN_WHO_ROOM, folded, candidates, true);
		addAll(EN_FLAT, folded, candidates, false);
		Matcher room = EN_ROOM.matcher(folded);
		while (room.find()) {
			if (!publicBefore(folded, room.start("v"))
					&& besideName(folded, candidates, room.start("v"), room.end("v"))) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, room));
			}
		}
	}

	private static void addAll(Pattern pattern, String folded, List<Finding> candidates, boolean bareNeedsShape) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			String room = matcher.group("v");
			if (publicBefore(folded, matcher.start("v"))) {
				continue;
			}
			if (bareNeedsShape && room.matches("[0-9]{1,2}F?|(?:19|20)[0-9]{2}")) {
				// A bare one- or two-digit number is an age, a floor or a count more
				// often
				// than a room, and 19xx or 20xx a year.
				continue;
			}
			candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, matcher));
		}
	}

	private static boolean publicBefore(String folded, int start) {
		return PUBLIC_BEFORE.matcher(folded).region(Math.max(0, start - 14), start).find();
	}

	/**
	 * Whether a person's name found ends right before the room or starts right after it.
	 */
	private static boolean besideName(String folded, List<Finding> candidates, int start, int end) {
		for (Finding finding : candidates) {
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			if (finding.end() <= start && finding.end() >= start - 7
					&& folded.substring(finding.end(), start).matches("[ ,(（]{0,3}(?:from |in |of )?|\\)?[ ,]{0,2}")) {
				return true;
			}
			if (finding.start() >= end && finding.start() <= end + 7
					&& folded.substring(end, finding.start()).matches("[ ,]{0,2}[(（]?(?:(?i:mr|mrs|ms|dr)\\.? ?)?")) {
				return true;
			}
		}
		return false;
	}

}
