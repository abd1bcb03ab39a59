package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds addresses in the forms the address rules leave out: a lettered block or numbered
 * building after a lot (…9-5-A棟, … 2号棟 304), a building with a lettered room (メゾン…
 * B-105), a hotel or named building with its room (… Hotel …, room 1107; No. 7-11, …
 * Heights), a lot standing alone where a place is meant (4-22-8の前, "at number 6-14-5"), a
 * lot before a romanised town (11-6 Higashi-Tokuriki), a foreign street with its number
 * (Via Garibaldi 14, 20121 Milano; 12 Baker Street), and a ward and town read out in kana
 * with a lot in の (こくらみなみく すがお 1の3の5).
 */
final class BlockAndStreetForms {

	/** A lettered block or numbered building with its room, right after an address. */
	private static final Pattern BLOCK_AFTER = Pattern
		.compile("\\G(?:[-‐ ]?[A-Za-z] ?棟|[ -]?\\d{1,2}号?棟|-[A-Za-z](?![A-Za-z]))(?:[ -]?\\d{1,4}(?:号室|号)?)?");

	/** A romanised chōme, ward or city after an address and a comma. */
	private static final Pattern ROMAN_TAIL = Pattern
		.compile("\\G,? (?:[A-Z][a-z]+(?:-[a-z]+)? )?\\d{1,2}-chome(?:, [A-Z][a-z]+-ku)?(?:,? \\d{3}-\\d{4})?");

	private static final String BUILDING_WORD = "マンション|アパート|ハイツ|コーポ|レジデンス|荘|団地|住宅|ビル|館|棟|ハウス|パレス|コート|ヴィラ|テラス|ヒルズ|タワー";

	/** A building's name and a room with a letter or after a numbered building. */
	private static final Pattern LETTERED_ROOM = Pattern
		.compile("(?<v>(?:(?:メゾン|コーポ|ハイツ|レジデンス|パレス|ヴィラ|シャトー|グラン|カーサ|ドミール)" + "[ァ-ヺー一-龯々]{1,10}|[ァ-ヺー一-龯々ぁ-ゖ]{1,10}(?:"
				+ BUILDING_WORD + "))[ ]?"
				+ "(?:[A-Za-z]-?\\d{2,4}|\\d{1,3}-?[A-EG-Za-eg-z](?![A-Za-z])|\\d{1,2}号?棟[ -]?\\d{2,4}|[A-Za-z] ?棟[ -]?\\d{2,4})(?:号室|号)?)");

	/** A hotel, inn or named building with its room or flat. */
	private static final Pattern ROOM_IN = Pattern.compile("(?<v>(?:[A-Z][A-Za-z'&\\-]+ ){0,3}"
			+ "(?:Hotel|Inn|Hostel|Ryokan|Guesthouse|Guest House|Heights|Mansion|Court|Residence|Apartments|Haitsu|Corpo)"
			+ "(?: [A-Z][A-Za-z\\-]+){0,3},? (?:[Rr]oom|[Rr]m\\.?|[Aa]pt\\.?|[Ff]lat|[Uu]nit|#|[Nn]o\\.) ?\\d{1,5}[A-Za-z]?)(?![\\dA-Za-z])"
			+ "|(?<n>\\b(?:No\\.|Number|#) ?\\d{1,4}(?:-\\d{1,4}){0,2}, (?:[A-Z][A-Za-z\\-]+ ){0,3}"
			+ "(?:Heights|Mansion|Court|Residence|Apartments|House|Building|Bldg\\.?|Tower|Palace|Villa|Terrace|Haitsu|Corpo|Plaza|Hills))\\b");

	/** A lot of three numbers standing alone, not a date or a phone's part. */
	private static final Pattern LONE_LOT = Pattern
		.compile("(?<![\\d\\-./:A-Za-z])(?<v>\\d{1,2}-\\d{1,3}-\\d{1,3})(?![\\d\\-./:])");

	private static final Pattern PLACE_BEFORE = Pattern
		.compile("(?:(?i:\\bat|\\bnumber|\\bno\\.|\\blive at|\\baddress:?|\\bhouse)|住所は?|場所は|自宅は?|家は|宅は)[ :：]?$");

	private static final Pattern PLACE_AFTER = Pattern
		.compile("^(?:の(?:前|家|裏|隣|となり|近く|向かい|横|角|辺り|あたり|付近|お宅)|番地|に住|に在住|の者|です)");

	/** A lot before a romanised town: 11-6 Higashi-Tokuriki. */
	private static final Pattern LOT_TOWN = Pattern.compile(
			"(?<![\\d\\-./:A-Za-z])(?<v>(?:#\\d{1,4}[A-Za-z]?,? )?\\d{1,2}-\\d{1,3}(?:-\\d{1,3})?,? (?<town>[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]{2,})?))(?![A-Za-z])");

	/** A month before a range of days (Dec 19-20): a date, not a lot. */
	private static final Pattern MONTH_BEFORE = Pattern.compile(
			"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|class|grade|year|route|platform|gate)[a-z]*\\.? $");

	/** A school, station or park after the town: a class number or a stop, not a lot. */
	private static final Pattern FACILITY_AFTER = Pattern.compile(
			"^(?:-[A-Za-z]+)? (?i:elementary|junior|high|school|station|park|stop|line|bus|hospital|library|kindergarten|nursery)\\b");

	/** A street word and its name before the number, or a number before name and word. */
	private static final Pattern FOREIGN_STREET = Pattern.compile(
			"(?<v>(?:\\b(?:Via|Viale|Piazza|Corso|Rue|Calle|Avenida|Rua|Jalan|Jl\\.|Duong|Pho|Ulica|ul\\.|Carrer|Paseo|Av\\.|Avda\\.) "
					+ "(?:(?:de|la|le|del|della|di|da|do|dos|das|van|von|der|des|du) |[A-Z][\\p{L}'.\\-]+ ?){1,5},? \\d{1,5}[A-Za-z]?"
					+ "|(?<![\\d\\-])\\d{1,5}[A-Za-z]? (?:[A-Z][\\p{L}'\\-]+ ){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Boulevard|Blvd\\.|Way|Crescent|Close|Place)"
					+ "|\\b[A-Z][\\p{L}\\-]+(?:straße|strasse|str\\.|gasse|platz|veien) \\d{1,5}[a-z]?)"
					+ "(?:, ?(?:[A-Z]{0,2}-?\\d{4,6} )?[A-Z][\\p{L}\\-]+(?: [A-Z0-9][\\p{L}0-9\\-]*){0,2}){0,3})");

	/** A ward in kana or kanji, a town, and a lot written with の. */
	private static final Pattern KANA_WARD = Pattern
		.compile("(?<v>(?:(?:もじ|こくらきた|こくらみなみ|わかまつ|やはたひがし|やはたにし|とばた)く|(?:門司|小倉北|小倉南|若松|八幡東|八幡西|戸畑)区)"
				+ "[ ]*[ぁ-ゖァ-ヺー一-龯々]{1,8}[ ]*[\\d一二三四五六七八九十]{1,3}(?:の[\\d一二三四五六七八九十]{1,3}){1,2})");

	private BlockAndStreetForms() {
	}

	static void add(String folded, List<Finding> candidates) {
		widen(folded, candidates);
		if (TextFold.isJapanese(folded)) {
			// The room starts at most 16 characters into a match, right after the
			// building's last kana or kanji (a space between at most).
			AnchoredSearch.forEach(LETTERED_ROOM, folded, BlockAndStreetForms::roomAfterBuilding, 16,
					(matcher) -> candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, matcher)));
			if (folded.indexOf('の') >= 0) {
				values(KANA_WARD, folded, candidates);
			}
		}
		else {
			Matcher room = ROOM_IN.matcher(folded);
			while (room.find()) {
				String group = (room.group("v") != null) ? "v" : "n";
				candidates.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, room.start(group), room.end(group)));
			}
			values(FOREIGN_STREET, folded, candidates);
			Matcher lot = LOT_TOWN.matcher(folded);
			while (lot.find()) {
				String before = folded.substring(Math.max(0, lot.start() - 12), lot.start());
				String after = folded.substring(lot.end(), Math.min(folded.length(), lot.end() + 14));
				if (romanisedTown(lot.group("town")) && !MONTH_BEFORE.matcher(before).find()
						&& !FACILITY_AFTER.matcher(after).find()) {
					candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, lot));
				}
			}
		}
		if (folded.indexOf('-') >= 0) {
			loneLots(folded, candidates);
		}
	}

	/** Widens each address over a lettered block or a romanised tail right after it. */
	private static void widen(String folded, List<Finding> candidates) {
		for (int i = 0; i < candidates.size(); i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.POSTAL_ADDRESS || finding.end() >= folded.length()) {
				continue;
			}
			Pattern tail = TextFold.isJapanese(folded) ? BLOCK_AFTER : ROMAN_TAIL;
			Matcher after = tail.matcher(folded);
			after.region(finding.end(), folded.length());
			if (after.lookingAt() && after.end() > finding.end()) {
				candidates.set(i, finding.over(finding.start(), after.end()));
			}
		}
	}

	private static void loneLots(String folded, List<Finding> candidates) {
		Matcher lot = LONE_LOT.matcher(folded);
		while (lot.find()) {
			String before = folded.substring(Math.max(0, lot.start() - 14), lot.start());
			String after = folded.substring(lot.end(), Math.min(folded.length(), lot.end() + 6));
			if (PLACE_BEFORE.matcher(before).find() || PLACE_AFTER.matcher(after).find()) {
				candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, lot));
			}
		}
	}

	/** A town in romaji: each part of it shaped like a Japanese word or a known place. */
	private static boolean romanisedTown(String town) {
		if (Places.isRomajiPlace(town)) {
			return true;
		}
		for (String part : town.split("-")) {
			if (!LatinWords.romajiShaped(part) && !Places.isRomajiPlace(part)) {
				return false;
			}
		}
		return true;
	}

	/** Whether a room's letter or digit may start here: after a kana or kanji. */
	private static boolean roomAfterBuilding(String folded, int at) {
		char c = folded.charAt(at);
		if (!(c < 128 && Character.isLetterOrDigit(c)) || at == 0) {
			return false;
		}
		int before = (folded.charAt(at - 1) == ' ' && at > 1) ? at - 2 : at - 1;
		return buildingCharacter(folded.charAt(before));
	}

	/**
	 * The characters a building's name is written in: katakana, ー, kanji, 々, hiragana.
	 */
	private static boolean buildingCharacter(char c) {
		return c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c >= '一' && c <= '龯' || c == '々' || c >= 'ぁ' && c <= 'ゖ';
	}

	private static void values(Pattern pattern, String folded, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			candidates.add(Found.value(PersonalDataKind.POSTAL_ADDRESS, matcher));
		}
	}

}
