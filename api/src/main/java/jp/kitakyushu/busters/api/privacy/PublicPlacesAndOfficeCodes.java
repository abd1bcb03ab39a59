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

	/** How far around a room a public building word is looked for. */
	private static final int WINDOW = 24;

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
	}

	private static boolean publicPlace(String folded, Finding finding) {
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
		return FACILITY_INSIDE.matcher(value).find() && value.matches("(?s).*(?i:room|rm|[0-9]+F|号室|階).*");
	}

	private static boolean phoneBefore(String folded, int start) {
		return start > 0 && (Character.isDigit(folded.charAt(start - 1)) || folded.charAt(start - 1) == '-');
	}

	private static int sentenceStart(String folded, int at) {
		int from = at;
		while (from > 0 && "。\n!?！？".indexOf(folded.charAt(from - 1)) < 0) {
			from--;
		}
		return from;
	}

	private static int sentenceEnd(String folded, int at) {
		int to = at;
		while (to < folded.length() && "。\n!?！？".indexOf(folded.charAt(to)) < 0) {
			to++;
		}
		return to;
	}

}
