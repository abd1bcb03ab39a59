package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 33 (places): drops address findings that are a public place's own, not a
 * resident's: an office's own postcode (its last four digits 8xxx or 9xxx), the address a
 * public facility or a firm is said to be at, and a room or floor of a public building.
 */
final class PublicPlacesAndOfficeCodes {

	/**
	 * A postcode given to one office or firm alone: Japan Post hands out the numbers
	 * whose last four digits start with 8 or 9 to big recipients (city halls, tax
	 * offices, firms), never to a household; an address starting with one is that
	 * office's.
	 */
	private static final Pattern OFFICE_POSTCODE = Pattern.compile(
			"^(?:〒|郵便番号|(?i:postal code|postcode|zip)) ?[0-9]{3}-[89][0-9]{3}(?![0-9-]).*|^[0-9]{3}-[89][0-9]{3}(?![0-9-]).*",
			Pattern.DOTALL);

	/** Public buildings and firms, in Japanese. */
	private static final String FACILITY_JA = "(?:市役所|区役所|役所|庁舎|支所|出張所|図書館|市民センター|センター|公民館|集会所|会館|体育館|博物館|美術館"
			+ "|ミュージアム|郵便局|警察署|消防署|交番|ホール|プラザ|学校|大学|キャンパス|研究室|会議室|調理室|講座室|講堂|和室|管理室|事務局|株式会社|会社)";

	/**
	 * A facility right before the address, by は, の住所は, って, a colon or a bracket: 市役所は
	 * 小倉北区城内1番1号, 集会所（…）.
	 */
	private static final Pattern FACILITY_BEFORE_JA = Pattern
		.compile(FACILITY_JA + "(?:本庁舎)?(?:の(?:住所|所在地|郵便番号))?(?:は|って|:)? ?[「『(]?[ ]?$");

	/** A facility or an event right after the address: …1-1 北九州市役所 御中, …で開かれた. */
	private static final Pattern FACILITY_AFTER_JA = Pattern
		.compile("^[」』)]?[ ]?(?:北九州市役所|市役所|区役所|(?:で|にて)(?:開かれ|行われ|開催))");

	/** Public buildings and firms, in English. */
	private static final String FACILITY_EN = "(?:City Hall|Town Hall|City Office|Ward Office|Ward Office Annex|Civic Cent(?:er|re)"
			+ "|Community (?:Hall|Cent(?:er|re))|Library|Museum|Post Office|Police Station|Fire Station|Council"
			+ "|(?:housing|tax|branch|city|ward) office|Gymnasium|Research Park|campus|(?:Co\\.,? )?Ltd\\.|Inc\\.|Corp\\.)";

	/**
	 * A facility right before the address: City Hall, 1-1 Jonai; the Library at 200 Main
	 * St; the office moved to Level 3, 45 Union Street.
	 */
	private static final Pattern FACILITY_BEFORE_EN = Pattern
		.compile(FACILITY_EN + "(?: (?:is|has|have|was))?(?: (?:moved|located|based))?(?: (?:at|to|in))?(?:,| —| –| -)?"
				+ "(?: (?:Level|Floor) [0-9]+,)? ?(?:\\(|postal code )?$");

	/** A room or floor alone: 302号室, 2階 201号室, Room 2B, room 105. */
	private static final Pattern ROOM_ONLY = Pattern.compile(
			"(?:[0-9]{1,2}(?:階|F)の? ?)?[A-Z]?-?[0-9]{2,4}(?:号室|号)?|(?i:room|rm\\.?|suite) ?[0-9A-Z][0-9A-Z-]{0,5}");

	/** A public building named inside the finding itself: Yahata Library (Room 2B). */
	private static final Pattern FACILITY_INSIDE = Pattern
		.compile(FACILITY_EN + "|" + FACILITY_JA + "|(?i:\\bat|\\bof) (?:[A-Z][a-z]+ ){1,5}$");

	/** A public building or room word shortly before or after a room, in its sentence. */
	private static final Pattern FACILITY_NEAR = Pattern
		.compile(FACILITY_JA + "|" + FACILITY_EN + "|(?i:\\b(?:center|centre|hall|library|school|gym)\\b)");

	/** Homes and their rooms, where a room is a resident's. */
	private static final Pattern DWELLING = Pattern.compile("マンション|アパート|ハイツ|コーポ|メゾン|住宅|団地|寮|荘|施設|病院|病室|ホーム|宅|号棟|部屋|隣|住"
			+ "|(?i:\\b(?:heights|apartments?|mansion|maison|corpo|court|residence|villa|haitsu|dorm|house|housing|danchi"
			+ "|terrace|palace|flat|apt|unit|estate|block|tenant|neighbou?r|live|lives|I'm|home|hospital|ward [0-9])\\b)");

	/** The writer's or someone's own address said before it: our new address is …. */
	private static final Pattern OWN_ADDRESS = Pattern
		.compile("(?i:\\b(?:our|my|her|his|their)(?: new| old)? (?:address|home|house|flat|apartment)\\b)|私の住所|自宅");

	/** A lot, chome or street number, which a room alone has not. */
	private static final Pattern LOT = Pattern
		.compile("[0-9]+-[0-9]+-[0-9]+|[0-9]+番地?|丁目|(?i:chome)|[0-9]+ [A-Z][a-z]+ (?:St|Street|Road|Rd|Ave|Way)\\b");

	/**
	 * The most of a sentence looked at on either side of a finding, so that long text
	 * with no sentence end stays linear.
	 */
	private static final int SPAN = 80;

	/** The longest address a public place's own is taken to be. */
	private static final int LONGEST = 120;

	/** A room or floor word in a finding. */
	private static final Pattern ROOM_WORD = Pattern.compile("(?i:room|rm)|[0-9]+F|号室|階");

	/** How far around a room a public building word is looked for. */
	private static final int WINDOW = 24;

	/** A trip's words right after a place in Japanese: 〇〇から△△方面, 「〇〇」行き, 〇〇から引っ越して. */
	private static final Pattern TRIP_AFTER_JA = Pattern
		.compile("^(?:(?:から|発)[^。\\n、]{0,10}?(?:方面|行き|引っ越|転勤|転居|通学|通勤)|[」』]?(?:行き|方面))");

	/**
	 * Weaker trip words, taken only after a listed place: 〇〇から出てますか, 〇〇から通う, 〇〇と△△で.
	 */
	private static final Pattern TRIP_AFTER_JA_WEAK = Pattern
		.compile("^(?:(?:から|発)[^。\\n、]{0,10}?(?:まで|駅|通う|通っ|出て|出る|出発|乗)|と(?<other>[^ 、。\\n]{1,4}?)(?:で|の|を|が))");

	/** A place's preposition in English: from Busan, between Kumanishi and Anoo. */
	private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(?:from|to|between|and|near) $");

	/** Words of a trip, a move or a place around the preposition. */
	private static final Pattern TRIP_EN = Pattern
		.compile("(?i:\\b(?:bus|buses|train|JR|monorail|railway|ferry|flight|line|route"
				+ "|road|trail|stop|station|walk|walked|drive|trip|commute|fare|timetable|visitors|moved|new to|I'm|I am"
				+ "|came|come|coming|students|tourists?|between)\\b)");

	/**
	 * A place word right after the name: Konan exit, Ogura Minami IC, "Kasuga" bus stop.
	 */
	private static final Pattern PLACE_AFTER_EN = Pattern
		.compile("^\"? (?:bus stop|station|exit|IC|interchange|area|district|campus|port)\\b");

	/**
	 * A firm's word that ends or follows a name-like word: Kimura Real Estate, Oduya
	 * Enterprises.
	 */
	private static final Pattern FIRM_END = Pattern
		.compile(" (?:Real )?(?:Estate|Enterprises|Services|Bank|Banking|Trust|Realty|Holdings|Studio|Corporation)$");

	/**
	 * A firm's word or branch right after the name: Hibiki Cleaning Services Ltd.,
	 * Sumitomo Mitsui, Kokura branch.
	 */
	private static final Pattern FIRM_AFTER = Pattern.compile(
			"^(?: (?:Real Estate|Estate|Enterprises|Services|Bank|Banking|Trust|Realty|Holdings|Ltd|Co\\.|Inc|Corp|Corporation)\\b|, [A-Z][a-z]+ [Bb]ranch\\b| cash card\\b)");

	/** A firm's Latin initials glued before a Japanese name-like word: JA北九, JR九州. */
	private static final Pattern INITIALS_BEFORE = Pattern.compile("(?<![A-Za-z])(?:JA|JR|NTT|NPO|KDDI)$");

	private PublicPlacesAndOfficeCodes() {
	}

	static void remove(String folded, List<Finding> candidates) {
		List<Finding> dropped = new ArrayList<>();
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && publicPlace(folded, finding)) {
				dropped.add(finding);
			}
		}
		// The same address may be found twice, once grown a little: drop every copy.
		candidates.removeIf((c) -> c.kind() == PersonalDataKind.POSTAL_ADDRESS
				&& dropped.stream().anyMatch((d) -> c.start() >= d.start() - 1 && c.end() <= d.end() + 1));
		candidates
			.removeIf((c) -> c.kind() == PersonalDataKind.PERSON_NAME && (tripPlace(folded, c) || firm(folded, c)));
	}

	/**
	 * Whether a name finding is a firm's name by the firm's word in it, after it or
	 * before it.
	 */
	private static boolean firm(String folded, Finding finding) {
		String value = finding.in(folded).strip();
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 24));
		String before = folded.substring(Math.max(0, finding.start() - 4), finding.start());
		if (value.matches("[A-Z][A-Za-z' ]+")) {
			return FIRM_END.matcher(value).find() || FIRM_AFTER.matcher(after).find();
		}
		return INITIALS_BEFORE.matcher(before).find();
	}

	/** Whether a one-word name finding is a place by the trip's words around it. */
	private static boolean tripPlace(String folded, Finding finding) {
		String value = finding.in(folded).strip();
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 16));
		if (value.matches("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}")) {
			if (TRIP_AFTER_JA.matcher(after).find()) {
				return true;
			}
			java.util.regex.Matcher weak = TRIP_AFTER_JA_WEAK.matcher(after);
			return Places.JAPANESE.contains(value) && weak.find()
					&& (weak.group("other") == null || Places.JAPANESE.contains(weak.group("other")));
		}
		if (!value.matches("[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?") || LatinWords.isGiven(value.split("[- ]")[0])
				|| LatinWords.isSurname(value.split("[- ]")[0])) {
			return false;
		}
		if (PLACE_AFTER_EN.matcher(after).find()) {
			return true;
		}
		int from = sentenceStart(folded, finding.start());
		String before = folded.substring(from, finding.start());
		return PLACE_PREPOSITION.matcher(before).find() && TRIP_EN.matcher(before).find();
	}

	private static boolean publicPlace(String folded, Finding finding) {
		if (finding.length() > LONGEST) {
			return false;
		}
		String value = finding.in(folded).strip();
		if (OFFICE_POSTCODE.matcher(value).matches() && !phoneBefore(folded, finding.start())) {
			return true;
		}
		String before = folded.substring(sentenceStart(folded, finding.start()), finding.start());
		String after = folded.substring(finding.end(), sentenceEnd(folded, finding.end()));
		if (OWN_ADDRESS.matcher(before).find()) {
			return false;
		}
		if (FACILITY_BEFORE_JA.matcher(before).find() || FACILITY_BEFORE_EN.matcher(before).find()
				|| FACILITY_AFTER_JA.matcher(after).find()) {
			return !DWELLING.matcher(value).find();
		}
		return publicRoom(value, before, after);
	}

	/**
	 * A room or floor with no lot that sits in a public building named inside it or in a
	 * few words around it, with no home or resident word beside it.
	 */
	private static boolean publicRoom(String value, String before, String after) {
		if (LOT.matcher(value).find() || DWELLING.matcher(value).find()) {
			return false;
		}
		String near = before.substring(Math.max(0, before.length() - WINDOW)) + " "
				+ after.substring(0, Math.min(after.length(), WINDOW));
		if (DWELLING.matcher(near).find()) {
			return false;
		}
		if (ROOM_ONLY.matcher(value).matches()) {
			return FACILITY_NEAR.matcher(near).find();
		}
		return FACILITY_INSIDE.matcher(value).find() && ROOM_WORD.matcher(value).find();
	}

	private static boolean phoneBefore(String folded, int start) {
		return start > 0 && (Character.isDigit(folded.charAt(start - 1)) || folded.charAt(start - 1) == '-');
	}

	private static int sentenceStart(String folded, int at) {
		int from = at;
		int limit = Math.max(0, at - SPAN);
		while (from > limit && "。\n!?！？".indexOf(folded.charAt(from - 1)) < 0) {
			from--;
		}
		return from;
	}

	private static int sentenceEnd(String folded, int at) {
		int to = at;
		int limit = Math.min(folded.length(), at + SPAN);
		while (to < limit && "。\n!?！？".indexOf(folded.charAt(to)) < 0) {
			to++;
		}
		return to;
	}

}
