package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * Finds the flat and building lines of addresses written in English: a named building
 * with its flat or floor ("Plaza Hill 4F-401", "Maison Sunny Hill 407", "Residence
 * Kurosaki 7F, room 702", "Kitagata danchi building 12, room 508"), a flat before the
 * building's name ("Apt 4F-401, Leopalace …, 1-8-22 …"), an estate's building and room in
 * any case ("Building 5, room 301"), and a block address whose chome comes first
 * ("3-chome 9-2 Dairi-honmachi", "No. 15-3, Ni-chome, Ashihara").
 *
 * <p>
 * A capitalised name counts as a building only with a word that names one (Mansion,
 * Heights, Tower, Residence, danchi…): a station's or a shop's floor ("Kokura Station
 * 3F") is where something is, not where someone lives.
 */
final class EnglishFlatLines implements Detector {

	private static final Set<String> BUILDING_WORDS = Set.of("mansion", "mansions", "heights", "hill", "hills", "tower",
			"towers", "residence", "residences", "maison", "leopalace", "corpo", "coop", "co-op", "plaza", "court",
			"villa", "villas", "palace", "haitsu", "heim", "haimu", "danchi", "apartment", "apartments", "dorm",
			"house");

	/** Sentence words that may open the capitalised run before a building's name. */
	private static final Set<String> OPENERS = Set.of("The", "Our", "My", "At", "In", "Of", "To", "From", "Near");

	private static final String UNIT = "(?:(?i:room|rm\\.?|unit|apt\\.?|#) ?[1-9]\\d{0,3}[A-Z]?"
			+ "|[1-9]\\d?F(?:[- ]?[1-9]\\d{1,3})?(?:,? (?i:room|rm\\.?|#) ?[1-9]\\d{1,3})?|#?[1-9]\\d{2,3})";

	private static final String NOT_AFTER = "(?![\\w\\-]|:\\d| ?(?i:yen|am|pm|people|times|min|km)\\b)";

	private static final PatternRule NAMED_BUILDING = PatternRule
		.of("(?<![\\w\\-])(?<v>(?<name>(?:(?:[A-Z][A-Za-z'\\-]+|danchi|mansion) ){0,4}(?:[A-Z][A-Za-z'\\-]+|danchi|mansion))"
				+ "(?: (?i:building|bldg\\.?|block) ?[0-9A-Z]{1,3})?,? " + UNIT + ")" + NOT_AFTER,
				EnglishFlatLines::namesBuilding)
		.vetting(EnglishFlatLines::openers)
		.startingAt(StartSet.where(StartSet.LATIN))
		.needingDigitWithin(60);

	private static final PatternRule FLAT_FIRST = PatternRule
		.of("(?<![\\w\\-])(?<v>(?i:apt|apartment|flat|unit)\\.? ?#?(?:[1-9]\\d?F-?(?:[1-9]\\d{1,3}|[A-Z])|[1-9]\\d{2,3}[A-Z]?|[1-9]\\d?[A-Z])"
				+ "(?:, (?:[A-Z][A-Za-z'\\-]+ ?){1,3}(?=, ?[1-9]))?)(?![\\w\\-])")
		.startingAt(StartSet.anyOf("AaFfUu"))
		.needingDigitWithin(14);

	private static final PatternRule ESTATE_ROOM = PatternRule
		.of("(?<![\\w\\-])(?<v>(?i:building|bldg\\.?|block) ?[0-9A-Z]{1,3},? (?i:room|rm\\.?|unit|#) ?[1-9]\\d{1,3})(?![\\w\\-])")
		.startingAt(StartSet.anyOf("BbRr"))
		.needingDigitWithin(10);

	private static final PatternRule CHOME_FIRST = PatternRule
		.of("(?<![\\w\\-])(?<v>[1-9]-chome,? (?:No\\. ?)?[1-9]\\d{0,3}(?:-\\d{1,4}){0,2},? [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
				+ "(?:, ?[A-Z][a-z]+(?:[ \\-][A-Z][a-z]+)?-ku)?"
				+ "|(?:No\\. ?)?[1-9]\\d{0,3}-\\d{1,4}, (?:[A-Z][a-z]+|[1-9])-chome, [A-Z][a-z]+(?:-[a-z]+)?"
				+ "(?:, [A-Z][a-z]+(?:[ \\-][A-Z][a-z]+)?-ku)?)")
		.startingAt(StartSet.where(StartSet.DIGIT).or(StartSet.anyOf("N")))
		.onlyWith("-chome");

	/**
	 * A floor and a room, with the building's name after them when it has one: "2nd
	 * floor, Room 204", "3F, Room 302, Kokura Riverside Heights", "2nd floor of Sakura
	 * Apartments, Room 203", "room 4B, Hibikino International House".
	 */
	private static final PatternRule FLOOR_AND_ROOM = PatternRule
		.of("(?<![\\w\\-])(?<v>(?:(?:[1-9]\\d?(?i:st|nd|rd|th) (?i:floor)|[1-9]\\d?F)(?:,| of)? "
				+ "(?:(?:[A-Z][A-Za-z'\\-]+ ){0,3}[A-Z][A-Za-z'\\-]+, )?|(?<=, |^|\\n))"
				+ "(?i:room|rm\\.?|#) ?[1-9]\\d{0,3}[A-Z]?(?:, (?:[A-Z][A-Za-z'\\-]+ ){0,3}[A-Z][A-Za-z'\\-]+(?=[,.\\n]|$))?)"
				+ "(?![\\w\\-])", EnglishFlatLines::floorOrBuilding)
		.startingAt(StartSet.where(StartSet.DIGIT).or(StartSet.anyOf("Rr#")))
		.needingDigitWithin(40);

	/**
	 * A flat of three or four digits before the building's name, with no building word
	 * ("Room 1104, Grand Kurosaki", "rm 502 at Palace Tobata"), and a floor before the
	 * name and a unit after it ("15F, Kokura Tower Residence, unit 1507"): the number
	 * says it is a home, so the name needs no word saying it is a building. Public
	 * buildings (City Hall, the ward office) are no one's home.
	 */
	private static final PatternRule FLAT_THEN_NAME = PatternRule
		.of("(?<![\\w\\-])(?<v>(?:(?i:room|rm\\.?|flat|apt\\.?|unit) ?[1-9]\\d{2,3}[A-Z]?(?:,| at| of| in)"
				+ "|[1-9]\\d?F,) (?<name>(?:[A-Z][A-Za-z'\\-]+ ){0,3}[A-Z][A-Za-z'\\-]+)"
				+ "(?:,? (?i:unit|room|rm\\.?|#) ?[1-9]\\d{1,3}[A-Z]?)?)(?![\\w\\-])", EnglishFlatLines::notPublic)
		.startingAt(StartSet.where(StartSet.DIGIT).or(StartSet.anyOf("RrFfAaUu")))
		.needingDigitWithin(12);

	/** First words of public buildings' names, where nobody lives. */
	private static final Set<String> PUBLIC = Set.of("City", "Ward", "Kitakyushu", "Municipal", "Community", "Public",
			"Civic", "Prefectural", "Citizens", "Citizen's", "Town", "The", "Main", "Conference", "Meeting");

	private static boolean notPublic(MatchResult match) {
		String name = match.group("name");
		boolean floorFirst = Character.isDigit(match.group("v").charAt(0));
		// A floor and a name alone is where something is (3F, Kokura Station): a home
		// needs its unit after the name.
		return !PUBLIC.contains(name.split(" ", 2)[0]) && (!floorFirst || !match.group("v").endsWith(name));
	}

	private static final List<PatternRule> RULES = List.of(NAMED_BUILDING, FLAT_FIRST, ESTATE_ROOM, CHOME_FIRST,
			FLOOR_AND_ROOM, FLAT_THEN_NAME);

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) == 0) {
			return;
		}
		for (PatternRule rule : RULES) {
			rule.findAll(folded, PersonalDataKind.POSTAL_ADDRESS, out);
		}
	}

	private static boolean namesBuilding(MatchResult match) {
		for (String word : match.group("name").split(" ")) {
			if (BUILDING_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A room after a floor, or a room with a building's name after it: a room alone
	 * ("room 3") may be a meeting room.
	 */
	private static boolean floorOrBuilding(MatchResult match) {
		String value = match.group("v").toLowerCase(java.util.Locale.ROOT);
		if (value.contains("floor") || value.matches("^[1-9]\\d?f.*")) {
			return true;
		}
		for (String word : value.split("[ ,]+")) {
			if (BUILDING_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Drops sentence words before the building's name (Our, The). */
	private static int openers(MatchResult match) {
		if (!namesBuilding(match)) {
			return -1;
		}
		String name = match.group("name");
		int drop = 0;
		for (String word : name.split(" ")) {
			if (!OPENERS.contains(word)) {
				break;
			}
			drop += word.length() + 1;
		}
		return drop;
	}

}
