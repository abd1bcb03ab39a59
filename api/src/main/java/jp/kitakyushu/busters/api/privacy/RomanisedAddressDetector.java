package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Japanese addresses written in romaji in the order people copy them from a
 * Japanese form or a residence card: the ward first or last, the town with its chome
 * before or after the block and house numbers ("Tobata-ku Nakamotomachi 6-14", "8-1
 * Sakaimachi 1-chome, Kokurakita-ku"), with the floor, the flat or the unit next to them
 * ("2F, …", "…, Corpo Orio 3-C", "…, Mojiko Heights 1207"); an estate's building and room
 * ("Building 7, Room 311"); and a postal code on a line of its own, which is the first
 * line of a Japanese address.
 *
 * <p>
 * A town name alone is where a problem is; an address needs house numbers with a hyphen
 * (or a chome and a number) and a town or ward next to them.
 */
final class RomanisedAddressDetector implements Detector {

	/** Kokurakita-ku, Yahata Nishi-ku, Tobata Ward. */
	private static final String WARD = "[A-Z][a-z]{1,20}(?:[ \\-][A-Z][a-z]{1,20})?(?:-ku\\b| Ward\\b)";

	/** Nakamotomachi, Shin-Moji, Ozato-Honmachi: one or two romaji words. */
	private static final String TOWN = "[A-Z][a-z]{1,20}(?:-[A-Za-z][a-z]{1,20}){0,2}(?: [A-Z][a-z]{1,20}(?:-[a-z]{2,8})?)?";

	private static final String CHOME = "\\d{1,2}-?chome";

	/**
	 * Block and house (and flat) numbers: 6-14, 4-12-7; never starting with 0 (a phone).
	 */
	private static final String HOUSE = "[1-9]\\d{0,3}-\\d{1,4}(?:-\\d{1,4}){0,2}(?![\\d\\-])";

	/** Three numbers (block, house, flat) are an address even with a town alone. */
	private static final String HOUSE_OF_THREE = "[1-9]\\d{0,3}-\\d{1,4}-\\d{1,4}(?:-\\d{1,4})?(?![\\d\\-])";

	private static final String CITY = "(?:Kitakyushu(?:-shi| City)?|Fukuoka(?:-ken| Prefecture)?|Japan)";

	/**
	 * The city's seven wards written without -ku or Ward after a street address (…, 1-9-7
	 * Kamitomino, Kokurakita): the ward's name alone ends the address.
	 */
	private static final String BARE_WARD = "(?:Kokura[ \\-]?(?:[Kk]ita|[Mm]inami)|Yahata[ \\-]?(?:[Nn]ishi|[Hh]igashi)|Wakamatsu|Tobata|Moji)\\b";

	/**
	 * The core, in the orders people write: town chome house; house town chome; house
	 * town ward (or three numbers and a town); town and three numbers; town house ward;
	 * ward town house. Two numbers and a word alone are as often a score or a range ("won
	 * 3-1 Kokura").
	 */
	private static final String CORE = "(?:" + TOWN + ",? " + CHOME + ",? " + HOUSE + "|" + HOUSE + ",? " + TOWN + ",? "
			+ CHOME + "|" + HOUSE + ",? " + TOWN + ", " + WARD + "|" + HOUSE_OF_THREE + ",? " + TOWN + "|" + TOWN + " "
			+ HOUSE_OF_THREE + "|" + TOWN + " " + HOUSE + ", " + WARD + "|" + WARD + ",? " + TOWN + ",? (?:" + CHOME
			+ ",? )?" + HOUSE + ")";

	/** Floors, units and flats written before the street address. */
	private static final String BEFORE = "(?:(?:[1-9]\\d?F|[1-9]\\d?(?:st|nd|rd|th) [Ff]loor|(?:Unit|Room|Apt\\.?|Flat|#) ?\\d{1,4}[A-Z]?)"
			+ ",? )?";

	/** The ward, city, postal code, floor and the building with its flat after it. */
	private static final String AFTER = "(?:,? (?:" + TOWN + ",? (?:" + CHOME + ",? )?" + HOUSE + "|" + WARD + "|"
			+ BARE_WARD + "|" + CITY + "|\\d{3}-\\d{4}(?![\\d\\-])|[1-9]\\d?F\\b"
			+ "|(?:Unit|Room|Apt\\.?|Flat|#) ?\\d{1,4}[A-Z]?\\b"
			+ "|[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2} (?:[1-9]\\d{0,3}(?:-[A-Z0-9]{1,3})?|[A-Z]-?\\d{1,4})(?![\\w\\-])"
			+ ")){0,4}";

	private static final Pattern ADDRESS = Pattern.compile("(?<![\\w\\-])" + BEFORE + CORE + AFTER);

	/** Building 7, Block C: the number or letter of an estate's building. */
	private static final String BLOCK_ID = "(?:[1-9]\\d?[A-Z]?|[A-Z])";

	/** Building 7, Room 311 (of an estate); Room 502 of Block C. */
	private static final Pattern ESTATE = Pattern
		.compile("(?<![\\w\\-])(?:(?:Building|Bldg\\.?|Block|Tower|Wing) (?:No\\. ?)?" + BLOCK_ID
				+ ",? (?:Room|Apt\\.?|Unit|Flat|No\\.|#) ?\\d{1,4}[A-Z]?"
				+ "|(?:Room|Apt\\.?|Unit|Flat) ?\\d{1,4}[A-Z]?,? (?:of |in )?(?:Building|Bldg\\.?|Block|Tower) "
				+ BLOCK_ID + ")(?![\\w\\-])"
				+ "(?:,? [A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})? (?:[Dd]anchi|Estate|Housing|Apartments|Heights|Mansions?|Complex|Flats|Court)\\b)?");

	/** A postal code alone on its line (after 〒 or "Japan" at most). */
	private static final Pattern CODE_LINE = Pattern
		.compile("(?m)^[ \\t]*(?:〒 ?)?(?<v>\\d{3}-\\d{4})(?:,? (?:Japan|JAPAN))?[ \\t]*$");

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) < 2) {
			return;
		}
		if (folded.indexOf('-') >= 0) {
			Matcher address = ADDRESS.matcher(folded);
			while (address.find()) {
				if (plausible(address.group())) {
					out.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, address.start(), trimEnd(folded, address)));
				}
			}
			Matcher code = CODE_LINE.matcher(folded);
			while (code.find()) {
				out.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, code));
			}
		}
		Matcher estate = ESTATE.matcher(folded);
		while (estate.find()) {
			out.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, estate.start(), estate.end()));
		}
		NamedBuildings.widen(folded, out);
	}

	/**
	 * A house number next to a town: no month, English sentence word or route number
	 * plays the town ("May 3-5", "Route 3-1", "Gate 1-2").
	 */
	private static boolean plausible(String address) {
		for (String word : address.split("[ ,]+")) {
			if (NOT_TOWNS.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** A trailing comma or full stop belongs to the sentence. */
	private static int trimEnd(String folded, Matcher matcher) {
		int end = matcher.end();
		while (end > matcher.start() && ", .".indexOf(folded.charAt(end - 1)) >= 0) {
			end--;
		}
		return end;
	}

	private static final java.util.Set<String> NOT_TOWNS = java.util.Set.of("January", "February", "March", "April",
			"May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
			"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Route", "Gate", "Exit", "Platform", "Track",
			"Line", "Bus", "Score", "Chapter", "Section", "Page", "Article", "Item", "Table", "Figure", "Version",
			"Ages", "Age", "Grade", "Class", "Year", "Years", "Days", "Weeks", "Hours", "Monday", "Tuesday",
			"Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "From", "To", "Between", "Open", "Closed", "Lost",
			"Won", "Tel", "Phone", "Fax", "Mobile", "Call", "No", "Number", "Account", "Plate", "Symbol", "The", "We",
			"I", "It", "Our", "My");

	RomanisedAddressDetector() {
	}

}
