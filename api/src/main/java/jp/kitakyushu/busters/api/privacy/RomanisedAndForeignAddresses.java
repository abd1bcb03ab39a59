package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 32: romanised and foreign postal addresses — an address found grows over the
 * ward, city, postcode, room or building joined to it, and a flat's name with its room, a
 * romanised lot or chome, and a street address with a postcode are found alone.
 */
final class RomanisedAndForeignAddresses {

	/** A word that names a flat or a residential building, not a shop or an office. */
	private static final String HOME_WORD = "(?:Heights|Haitsu|Haim|Heim|Maison|Mezon|Corpo|Kopo|Casa|Residence|Grandor"
			+ "|Sunheim|Estate|Palace|Court|Tower|Mansion|Hills|House|Danchi|Housing|Apartments?|Apts|Villa|Ville|Manor"
			+ "|Famille|Coop|Dorm|Dormitory|Hostel|Terrace|Garden|Parkside|Riverside|Seaside|Excel|Grand|Belle)";

	/** A room or floor code: 1102, B-201, 2-B, 3B, 1F 102, 3F-12, #108, 2F-B. */
	private static final String ROOM_CODE = "(?:[0-9]{1,2}F[ -]?#?[0-9]{2,4}|[0-9]{1,2}F-[A-Z0-9]{1,3}|#?[A-Z]-?[0-9]{2,4}"
			+ "|#?[1-9][0-9]?0[1-9]|#[0-9]{2,4}|[0-9]{1,2}-?[A-Z]|[0-9]{1,2}F)";

	/** A postcode of Japan, the UK, Canada, the US, Australia or Sweden. */
	private static final String POSTCODE = "(?:[0-9]{3}-[0-9]{4}|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}"
			+ "|[A-Z][0-9][A-Z] [0-9][A-Z][0-9]|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) [0-9]{4}|[A-Z]{2} [0-9]{5}(?:-[0-9]{4})?"
			+ "|[0-9]{3} [0-9]{2}(?= [A-Z]))";

	/** A street's kind after its name. */
	private static final String STREET_WORD = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Terrace|Court|Row|Parade|Rise|View"
			+ "|Way|Close|Drive|Dr|Place|Pl|Boulevard|Blvd|Crescent|Green|Hill|Square|Gardens|Grove|Walk|Mews)";

	/** A ward, city or town suffix: -ku, -shi, -machi. */
	private static final String PLACE_SUFFIX = "(?:[- ](?:ku|shi|cho|machi|gun|ken|mura|son)|[- ](?:Ku|Shi)| Ward| City| Prefecture)";

	/** One part joined after an address, with its separator. */
	private static final Pattern AFTER_PART = Pattern.compile("\\G(?<sep>, ?| )(?:(?<post>" + POSTCODE + ")"
			+ "|(?<room>(?i:unit|room|rm\\.?|apt\\.?|apartment|flat|suite|no\\.) ?#?[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})?"
			+ "(?: ?& ?(?i:rm\\.?|room) ?[0-9]{2,4})?"
			+ "|(?i:bldg\\.?|building|block|dorm|wing) [A-Z0-9]{1,3}(?: [0-9]{2,4})?|#[0-9]{1,4}[A-Z]?"
			+ "|c/o (?:[A-Z][A-Za-z'-]+ ){0,3}[A-Z][A-Za-z'-]+(?: #?[0-9]{1,4})?" + "|" + HOME_WORD
			+ "(?: [A-Z0-9]{1,3})?" + "|[0-9]{1,2}F(?:-[A-Z0-9]{1,3})?)(?![A-Za-z0-9-])"
			+ "|(?<street>[0-9]{1,5} (?:[A-Z][a-z]+ ){0,3}" + STREET_WORD + ")(?![A-Za-z])"
			+ "|(?<place>[A-Za-z][a-z]+(?:-[a-z]+)?" + PLACE_SUFFIX + "?)(?![A-Za-z-])(?<code> [0-9]{1,2}[A-EG-Z])?)");

	/** What ends a bare place word after an address: a stop, a comma, a line's end. */
	private static final Pattern PLACE_END = Pattern.compile("\\G(?:[.,;:)!?\"”\\]]|\\n|$)");

	/** Words that are no place after an address. */
	private static final Set<String> NOT_PLACES = Set.of("and", "or", "but", "the", "thanks", "thank", "please", "call",
			"tel", "phone", "mobile", "email", "mr", "mrs", "ms", "dr", "miss", "i", "we", "it", "this", "that",
			"which", "is", "was", "not", "sorry", "regards", "cheers", "best", "hi", "hello", "yes", "no", "ok", "okay",
			"help", "now", "then", "there", "here", "again", "too", "also", "so", "attention", "sincerely", "japan");

	/** One part joined before an address, up to the address. */
	private static final Pattern BEFORE_PART = Pattern.compile("(?:(?<place>(?<![A-Za-z])[A-Z][a-z]+" + PLACE_SUFFIX
			+ ") ?|(?<lot>(?<![A-Za-z])(?i:lot|no\\.|lot no\\.) ?)|(?<![0-9/])(?<unit>[0-9]{1,4}/)|(?<post>(?<![0-9-])〒?[0-9]{3}-[0-9]{4},? )|(?<![0-9-])(?<chome>[0-9]{1,2}-)"
			+ "|(?<room>(?<![A-Za-z0-9,:/.-])(?:#?[0-9]{2,4}|[0-9]{1,2}F|(?i:unit|room|rm\\.?|apt\\.?|flat) ?#?[0-9A-Z]{1,4}), )"
			+ "|(?<careof>(?<![A-Za-z])c/o (?:[A-Z][A-Za-z'-]+ ){0,3}[A-Z][A-Za-z'-]+, )"
			+ "|(?<home>(?:#[0-9]{1,4},? )?(?<![A-Za-z])(?:[A-Z][A-Za-z'-]+ (?:(?:de|du|la|le) )?){0,3}[A-Z][A-Za-z'-]+"
			+ "(?: [0-9]{1,2}F(?:-[A-Z0-9]{1,3})?)?, )" + "|(?<homeof>(?<![A-Za-z])" + HOME_WORD
			+ "(?: de| du| la)? ))$");

	/** A flat's name and its room, alone: Grand Orio 1102, Haim Norimatsu B-201. */
	private static final Pattern HOME_ROOM = Pattern.compile("(?<![A-Za-z'-])(?<v>(?:[A-Z][A-Za-z'-]+ ){1,3}"
			+ "[A-Z][A-Za-z'-]+(?: [A-Z] Block)?,? " + ROOM_CODE + "(?: [0-9]{3,4}(?![0-9]))?)(?![A-Za-z0-9-])");

	/** A numbered residence and its block and room: Takasu Municipal Housing 8-402. */
	private static final Pattern HOUSING_ROOM = Pattern.compile("(?<v>(?:[A-Z][A-Za-z'-]+ ){0,3}"
			+ "(?:Municipal Housing|Housing|Danchi|City Housing)(?: [0-9]{1,2}-[0-9]{2,4}|, (?i:block|bldg\\.?|building) "
			+ "[A-Z0-9]{1,2}, (?i:room|#) ?[0-9]{2,4}))(?![0-9])");

	/** A postcode after an address label or right before an address already hidden. */
	private static final Pattern LABELLED_POSTCODE = Pattern.compile(
			"(?:(?i:address|addr\\.?)[:：] ?|〒)(?<v>[0-9]{3}-[0-9]{4})(?![0-9])|(?<![0-9-])(?<w>〒?[0-9]{3}-[0-9]{4}),? ?(?=［住所］|\\[address\\])");

	/** A room number said as a room: room 502, Rm 204. */
	private static final Pattern ROOM_WORD = Pattern
		.compile("(?<![A-Za-z])(?<v>(?i:room|rm\\.?|apt\\.?|flat) ?#?[0-9]{3,4}[A-Z]?)(?![0-9A-Za-z-])");

	/** A room number before a flat's name: 903, Grandor Yahata. */
	private static final Pattern ROOM_BEFORE_HOME = Pattern.compile("(?<![0-9,.:/A-Za-z-])(?<v>#?[1-9][0-9]?0[1-9],? "
			+ "(?:[A-Z][A-Za-z'-]+ (?:(?:de|du|la|le) )?){0,3}[A-Z][A-Za-z'-]+)(?![A-Za-z])");

	/** A flat's name with its block and room or floor: Seaview Heights, Bldg C, 9F. */
	private static final Pattern HOME_BLOCK_ROOM = Pattern.compile("(?<v>(?:[A-Z][A-Za-z'-]+ ){0,3}" + HOME_WORD
			+ ", (?i:bldg\\.?|building|block|wing) [A-Z0-9]{1,2}, (?:(?i:room|rm\\.?|#) ?[0-9]{2,4}|[0-9]{1,2}F))(?![0-9A-Za-z])");

	/** A block and room code heading a name: B-101 [name] on a roster. */
	private static final Pattern BLOCK_ROOM = Pattern
		.compile("(?<![A-Za-z0-9-])(?<v>[A-Z]-[1-9][0-9]?0[1-9]) (?=[^ ])");

	/** Words of a public building, in what is joined to an address or around a room. */
	private static final String PUBLIC_BUILDING = "station|hall|office|library|school|hospital|clinic|centre|center|museum"
			+ "|association";

	/** A public place's words in what would be joined to an address. */
	private static final Pattern PUBLIC_PLACE = Pattern
		.compile("(?i)\\b(?:" + PUBLIC_BUILDING + "|police|city hall|ltd|inc|co\\.|company|shop|store|mall)\\b");

	/**
	 * A public building's or event's words around a room: a class in Room 301 of the AIM
	 * building.
	 */
	private static final Pattern ROOM_PUBLIC = Pattern
		.compile("(?i)\\b(?:building|class|classes|lesson|course|seminar|interviews?|exam|meeting|conference|county"
				+ "|" + PUBLIC_BUILDING + "|hotel|ward"
				+ "|gallery|theater|theatre|cinema|gym|plaza|mall|university|college|kindergarten|nursery|community)\\b");

	/** Words that show a public place, a shop or a firm, not a home. */
	private static final Pattern PUBLIC = Pattern.compile(
			"(?i)\\b(?:station|hall|office|ward|city|library|school|elementary|junior|high|hospital|clinic|park|route"
					+ "|bus|line|platform|gate|exit|store|mart|shop|bank|centre|center|museum|stadium|airport|port|terminal"
					+ "|inc|co|ltd|corp|company|electric|motors|hotel|inn|restaurant|cafe|bistro|bar|mall|plaza|market|gym"
					+ "|university|college|kindergarten|nursery|temple|shrine|church|castle|bridge|tunnel|highway|expressway"
					+ "|flight|train|room|floor|gallery|theater|theatre|cinema|studio|clinic|pharmacy|post|police|fire"
					+ "|version|model|type|class|grade|year|years|no|number|item|order|ticket|seat|locker|stall|booth"
					+ "|level|zone|area|section|parking|lot|tel|fax|ext|page|chapter|article|form|case|ref|invoice|meter|account"
					+ "|card|code|id|bill|association|council|civic|society|club|church|union|foundation|institute)\\b");

	/** A sentence's first words or a cue before a flat's name, not part of it. */
	private static final Pattern LEADING_WORDS = Pattern.compile("^(?:(?:The|Our|My|At|In|To|From|Near|Unit|Apartment"
			+ "|Building|Hi|Hey|Dear|So|And|But|Moving|Living|Live|I|We|Sorry|Meeting|Address|Old|New|It's|It|Is|This|That"
			+ "|Who|Where|Reporting|Complaint|Lost|Bike|Room|Rooms) )+");

	/** A romanised lot, chome or lot number with its town and ward. */
	private static final Pattern ROMANISED = Pattern.compile("(?<![A-Za-z0-9-])(?<v>"
			// Lot 2217, Gonokura, Yahatahigashi-ku / lot 1420, Oaza Kamitsuyaku / Lot
			// 112, Hibikimachi 3-chome
			+ "(?i:lot|no\\.) ?[0-9]{1,5}(?:-[0-9]{1,4})?, (?:Oaza |Aza )?[A-Z][a-z]+(?:-[a-z]+)?(?: [0-9]-chome)?"
			+ "(?:, [A-Z][a-z]+(?:-[a-z]+)?" + PLACE_SUFFIX + ")?"
			// No. 14, 3-chome, Takami / No. 14, 3-chome Sakaimachi
			+ "|(?i:no\\.|number) ?[0-9]{1,4}, [0-9]-chome,? [A-Z][a-z]+(?:-[a-z]+)?"
			// 12 Hinode-machi 2-chome, 6 Fujinoki 2-chome
			+ "|[0-9]{1,4},? [A-Z][a-z]+(?:-[a-z]+)? [0-9]-chome"
			// Yahatahigashi-ku Edamitsu 1 chome 8-3
			+ "|[A-Z][a-z]+-ku [A-Z][a-z]+(?:-[a-z]+)? [0-9][ -]chome[ ,]{1,2}[0-9]{1,3}(?:-[0-9]{1,3})?"
			+ ")(?![A-Za-z0-9])");

	/** A resident's town and lot after a living cue: I live at hibikino 1-3, room 4b. */
	private static final Pattern LIVING_AT = Pattern
		.compile("(?i:live at|living at|lives at|I'm at|we're at|am at|are at)"
				+ " (?<v>(?:[A-Za-z][a-z]+ ){1,2}[0-9]{1,3}-[0-9]{1,3}(?:-[0-9]{1,3})?(?:, (?i:room|rm|unit|apt) ?[0-9A-Za-z]{1,4})?)"
				+ "(?![0-9A-Za-z-])");

	/** A street address with a postcode: 14 Lark Rise, Oxford OX4 3DW. */
	private static final Pattern STREET_ADDRESS = Pattern.compile(
			"(?<![A-Za-z0-9])(?<v>(?:(?i:flat|apt\\.?|apartment|unit|suite|lot) ?[0-9A-Z]{1,4}, )?[0-9]{1,5}(?:/[0-9]{1,5})?"
					+ " (?:[A-Z][A-Za-z'-]+ ){0,3}[A-Z][A-Za-z'-]+(?: (?:Apt|Unit|Suite|#) ?[0-9A-Z]{1,4})?"
					+ "(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?,? " + POSTCODE + "(?: [A-Z][a-z]+)?)(?![A-Za-z0-9])");

	/** A Lot or street number with a street word and town: Lot 14, Wattle Grove Road. */
	private static final Pattern STREET_LOT = Pattern
		.compile("(?<![A-Za-z0-9])(?<v>(?i:lot|flat|unit|apt\\.?) [0-9]{1,4},"
				+ " (?:[0-9]{1,5} )?(?:[A-Z][a-z]+ ){1,3}" + STREET_WORD + ")(?![A-Za-z])");

	/** A Swedish street and postcode: Storgatan 12, 114 55 Stockholm. */
	private static final Pattern NORDIC = Pattern.compile(
			"(?<v>[A-Z][a-z]+(?:gatan|vagen|gata|vej|gade|veien|strasse|straße|weg) [0-9]{1,4}[A-Z]?, [0-9]{3} ?[0-9]{2} [A-Z][a-z]+)");

	/** A home word anywhere in a building's name. */
	private static final Pattern HAS_HOME_WORD = Pattern.compile("\\b" + HOME_WORD + "\\b");

	/** A word in capitals: a code or a firm's initials, not a flat's name. */
	private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{2,}\\b");

	/** A house number or chome: the addresses a ward or city after belongs to. */
	private static final Pattern HOUSE_NUMBER = Pattern
		.compile("[0-9]-[0-9]|(?i:chome|-ban|lot |no\\. )|^[0-9]{1,5}(?:/[0-9]+)? [A-Z]");

	/**
	 * A public place's words before a street address: the library at, the office is at.
	 */
	private static final Pattern FACILITY_BEFORE = Pattern
		.compile("(?i)\\b(?:library|office|centre|center|hall|station|museum|school|hospital|clinic|council|court"
				+ "|police|embassy|consulate|store|shop|restaurant|hotel|branch)(?-i:(?: [A-Z][A-Za-z]+){0,3})"
				+ "(?: (?:is|are|was|has moved|moved|is located))? (?:at|to|on|in)(?: (?:postal code|postcode|the))? ?$");

	private RomanisedAndForeignAddresses() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		plain(ROMANISED, folded, added);
		plain(LIVING_AT, folded, added);
		streets(folded, added);
		plain(STREET_LOT, folded, added);
		plain(NORDIC, folded, added);
		plain(HOUSING_ROOM, folded, added);
		homeRooms(folded, added);
		plain(HOME_BLOCK_ROOM, folded, added);
		postcodes(folded, added);
		rooms(folded, added);
		blockRooms(folded, candidates, added);
		candidates.addAll(added);
		grow(folded, candidates);
	}

	private static void plain(Pattern pattern, String folded, List<Finding> added) {
		Matcher m = pattern.matcher(folded);
		while (m.find()) {
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start("v"), m.end("v")));
		}
	}

	/** A postcode after an address label or before an address already hidden. */
	private static void postcodes(String folded, List<Finding> added) {
		Matcher m = LABELLED_POSTCODE.matcher(folded);
		while (m.find()) {
			String g = (m.group("v") != null) ? "v" : "w";
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start(g), m.end(g)));
		}
	}

	/**
	 * A room said as a room, and a room before a flat's name, unless a public place's
	 * words stand around it (a meeting room of a hall or an office).
	 */
	private static void rooms(String folded, List<Finding> added) {
		for (Pattern pattern : List.of(ROOM_WORD, ROOM_BEFORE_HOME)) {
			Matcher m = pattern.matcher(folded);
			while (m.find()) {
				if (pattern == ROOM_BEFORE_HOME && !HAS_HOME_WORD.matcher(m.group("v")).find()) {
					continue;
				}
				// Sixty characters each way: "the Center's sign says … but it's actually
				// room 106".
				String around = folded.substring(Math.max(0, m.start("v") - 60),
						Math.min(folded.length(), m.end("v") + 60));
				if (ROOM_PUBLIC.matcher(around).find()) {
					continue;
				}
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start("v"), m.end("v")));
			}
		}
	}

	/** A block and room code right before a name found. */
	private static void blockRooms(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher m = BLOCK_ROOM.matcher(folded);
		while (m.find()) {
			for (Finding f : candidates) {
				if (f.kind() == PersonalDataKind.PERSON_NAME && f.start() == m.end()) {
					added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start("v"), m.end("v")));
					break;
				}
			}
		}
	}

	/** A street address with a postcode, unless a public place's words come before it. */
	private static void streets(String folded, List<Finding> added) {
		Matcher m = STREET_ADDRESS.matcher(folded);
		while (m.find()) {
			String before = folded.substring(Math.max(0, m.start("v") - 40), m.start("v"));
			if (!FACILITY_BEFORE.matcher(before).find()) {
				added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, m.start("v"), m.end("v")));
			}
		}
	}

	/** A flat's name and room, unless its words show a public place, shop or firm. */
	private static void homeRooms(String folded, List<Finding> added) {
		Matcher m = HOME_ROOM.matcher(folded);
		while (m.find()) {
			String v = m.group("v");
			Matcher lead = LEADING_WORDS.matcher(v);
			int start = m.start("v") + (lead.find() ? lead.end() : 0);
			String name = folded.substring(start, m.end("v"));
			// Two words at least (a flat's name and its town), none of a public place.
			if (name.indexOf(' ') < 0 || PUBLIC.matcher(name).find() || name.split(" ").length < 3
					|| ACRONYM.matcher(name).find()) {
				continue;
			}
			// A floor alone is a home's only in a building named as one (not a hall's
			// 3F).
			if (name.matches(".* [0-9]{1,2}F") && !HAS_HOME_WORD.matcher(name).find()) {
				continue;
			}
			added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, start, m.end("v")));
		}
	}

	/** Grows each address found over the parts joined to it before and after. */
	private static void grow(String folded, List<Finding> candidates) {
		List<Finding> grown = new ArrayList<>();
		for (Finding f : candidates) {
			if (f.kind() != PersonalDataKind.POSTAL_ADDRESS || f.flagged()) {
				continue;
			}
			String lead = folded.substring(Math.max(0, f.start() - 40), f.start());
			if (coveredByOther(f, candidates) || endsAscii(folded, f.start()) && FACILITY_BEFORE.matcher(lead).find()) {
				continue;
			}
			int start = before(folded, f.start());
			boolean house = HOUSE_NUMBER.matcher(folded.substring(start, f.end())).find()
					&& !folded.substring(start, f.end()).matches("〒?[0-9]{3}-[0-9]{4}")
					&& !HAS_HOME_WORD.matcher(folded.substring(start, f.end())).find();
			int end = after(folded, f.end(), house);
			if (start == f.start() && end == f.end()) {
				continue;
			}
			// What is joined must not be a public place's or reach into another kind
			// found.
			String joined = folded.substring(start, f.start()) + " " + folded.substring(f.end(), end);
			if (PUBLIC_PLACE.matcher(joined).find() || touchesOther(start, end, f, candidates)) {
				continue;
			}
			grown.add(f.over(start, end));
		}
		candidates.addAll(grown);
	}

	/** Whether a finding of another kind at least as long covers this one. */
	private static boolean coveredByOther(Finding f, List<Finding> candidates) {
		for (Finding g : candidates) {
			if (g.kind() != f.kind() && !g.flagged() && g.overlaps(f.start(), f.end()) && g.length() >= f.length()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the parts joined reach into a finding of another kind. */
	private static boolean touchesOther(int start, int end, Finding f, List<Finding> candidates) {
		for (Finding g : candidates) {
			if (g.kind() != f.kind() && !g.flagged() && (g.overlaps(start, f.start()) && start < f.start()
					|| g.overlaps(f.end(), end) && f.end() < end)) {
				return true;
			}
		}
		return false;
	}

	/** The end of the ward, city, postcode, room or building parts after an address. */
	private static int after(String folded, int end, boolean house) {
		int kept = end;
		int at = end;
		for (int i = 0; i < 5; i++) {
			Matcher m = AFTER_PART.matcher(folded).region(at, folded.length());
			m.useTransparentBounds(true).useAnchoringBounds(false);
			if (!m.find()) {
				break;
			}
			String place = m.group("place");
			if (place != null) {
				if (!house) {
					// A ward after a building and room is left, as a ward alone is.
					break;
				}
				String word = place.toLowerCase(Locale.ROOT);
				boolean suffixed = word.matches(".*[- ](?:ku|shi|cho|machi|gun|ken|mura|son|ward|city|prefecture)");
				if (NOT_PLACES.contains(word)) {
					break;
				}
				boolean lower = Character.isLowerCase(place.charAt(0));
				String own = folded.substring(Math.max(0, end - 60), end);
				if (lower && !suffixed && !own.equals(own.toLowerCase(Locale.ROOT))) {
					// A lowercase word is a place only in a writer's all-lowercase
					// address.
					break;
				}
				if (m.group("sep").equals(" ") && !suffixed && m.group("code") == null
						&& !peekPostcode(folded, m.end())) {
					break;
				}
				String sofar = folded.substring(Math.max(0, end - 60), m.start("place")).toLowerCase(Locale.ROOT);
				boolean wardBefore = sofar.matches("(?s).*[a-z][- ](?:ku|shi)\\b.*");
				if (m.group("code") == null && !suffixed && !wardBefore && !peekPostcode(folded, m.end())) {
					// A town alone after a lot (4-2 Nakai, Tobata) is left, as a ward
					// alone is;
					// a city after a ward, or before a postcode, is the address's.
					break;
				}
				if (m.group("code") == null && !suffixed) {
					// A bare word is a place only where the address ends with it.
					Matcher stop = PLACE_END.matcher(folded).region(m.end(), folded.length());
					stop.useTransparentBounds(true).useAnchoringBounds(false);
					boolean more = peekPart(folded, m.end());
					if (!stop.find() && !more) {
						break;
					}
				}
			}
			else if (m.group("sep").equals(" ") && m.group("post") == null && m.group("room") == null) {
				break;
			}
			at = m.end();
			kept = at;
		}
		return kept;
	}

	/** Whether a postcode follows right after. */
	private static boolean peekPostcode(String folded, int at) {
		Matcher m = AFTER_PART.matcher(folded).region(at, folded.length());
		m.useTransparentBounds(true).useAnchoringBounds(false);
		return m.find() && m.group("post") != null;
	}

	/** Whether a postcode or room follows right after. */
	private static boolean peekPart(String folded, int at) {
		Matcher m = AFTER_PART.matcher(folded).region(at, folded.length());
		m.useTransparentBounds(true).useAnchoringBounds(false);
		return m.find() && (m.group("post") != null || m.group("room") != null);
	}

	/**
	 * Whether the text before a place ends in an ASCII character (or a line break, before
	 * which {@code $} also matches): every part joined before an address and every
	 * facility's words end in one, so the end-anchored patterns are tried only there (a
	 * Japanese address, with kana or kanji before it, then costs no search).
	 */
	private static boolean endsAscii(String folded, int at) {
		if (at == 0) {
			return false;
		}
		char c = folded.charAt(at - 1);
		return c < 0x80 || c == '\u0085' || c == '\u2028' || c == '\u2029';
	}

	/** The start of the ward, lot, room or building parts before an address. */
	private static int before(String folded, int start) {
		int at = start;
		for (int i = 0; i < 4; i++) {
			if (!endsAscii(folded, at)) {
				break;
			}
			int from = Math.max(0, at - 50);
			Matcher m = BEFORE_PART.matcher(folded.substring(from, at));
			if (!m.find()) {
				break;
			}
			String home = m.group("home");
			if (home != null && !home.startsWith("#") && !HAS_HOME_WORD.matcher(home).find()
					&& !home.matches(".*[0-9]F(?:-[A-Z0-9]{1,3})?, ")) {
				break;
			}
			if (home != null && PUBLIC.matcher(home).find()) {
				break;
			}
			if (home != null) {
				Matcher lead = LEADING_WORDS.matcher(home);
				if (lead.find() && lead.end() > 0) {
					at = from + m.start() + lead.end();
					break;
				}
			}
			at = from + m.start();
		}
		return at;
	}

}
