package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Finds a named building with a flat or room number, which reaches a door without any
 * street address: サンシャイン到津705, ハイム葛原の2F-201号室, "Room 302, Harbour View Moji", "Apartment
 * 5B, Sunrise Court", "Blue Sky House, Room 2".
 *
 * <p>
 * A room alone is no address ("Room 203 of the community centre"), and a katakana word
 * before a number is often a count (ドライバー300人), so the building must carry a word that
 * names buildings or at least a place name, and the number must not be a quantity.
 */
final class BuildingAddressDetector implements Detector {

	/**
	 * Words that name a home and nothing else: マンション, メゾン, ハイツ. A floor alone after a
	 * name with one of them is somebody's address, while a floor of a building named only
	 * with {@link #JAPANESE_SHARED_WORDS} (アミュプラザ 5F) is as likely a shop's.
	 */
	static final List<String> JAPANESE_RESIDENTIAL_WORDS = List.of("マンション", "ハイツ", "コーポ", "メゾン", "レジデンス", "ハイム", "パレス",
			"コート", "ヴィラ", "ビラ", "カーサ", "シャトー", "ハウス", "ファミール", "ライオンズ", "ドミール", "アパート", "フラット", "ドミトリー", "サーパス",
			"ダイアパレス", "ビレッジ", "ヴィレッジ", "エステート");

	/** Words that name flats as often as shops, hotels and offices: プラザ, タワー, ビル. */
	static final List<String> JAPANESE_SHARED_WORDS = List.of("ヒルズ", "タワー", "テラス", "ガーデン", "プラザ", "ビュー", "パーク", "サン",
			"グラン", "ロイヤル", "アーバン", "フォーレ", "シティ", "ステージ", "ライフ", "スカイ", "サニー", "アルファ", "エクセル", "クレスト", "エスポワール", "リバー",
			"ビル", "ルネ", "ノーブル", "エクセレント", "ヴェルデ", "クレール", "ロータス");

	/** Words of the names of Japanese flats, from マンション to the estate agents' French. */
	static final List<String> JAPANESE_BUILDING_WORDS = java.util.stream.Stream
		.concat(JAPANESE_RESIDENTIAL_WORDS.stream(), JAPANESE_SHARED_WORDS.stream())
		.toList();

	/** The English words that name a home and nothing else. */
	static final List<String> ENGLISH_RESIDENTIAL_WORDS = List.of("Heights", "Court", "Mansions", "Mansion",
			"Residence", "Residences", "Apartments", "Villa", "Manor", "Maison", "Corpo", "Haitsu", "Heim", "Palace",
			"Flats", "Residential", "Village", "Mezon");

	static final List<String> ENGLISH_BUILDING_WORDS = java.util.stream.Stream
		.concat(ENGLISH_RESIDENTIAL_WORDS.stream(),
				java.util.stream.Stream.of("House", "Tower", "Towers", "Terrace", "Lodge", "Gardens", "Plaza", "View",
						"Hills", "Place", "Building", "Bldg", "Annex", "Cottage", "Dormitory", "Dorm", "Hall", "Coop",
						"Kopo"))
		.toList();

	private static final String NOT_A_QUANTITY = "(?![\\d\\-]|[年月日時分秒人円%歳回件個台戸条項万億枚本名基席]|[kK]?m\\b)";

	/** 705, 1203号室, 3-402, 2F-201, 2-B, B棟 203. */
	private static final String JAPANESE_ROOM = "(?:[A-Z]棟 ?\\d{2,4}(?:号室|号)?|\\d{1,2}F-\\d{2,4}(?:号室|号)?|\\d{1,2}-\\d{3,4}(?:号室|号)?"
			+ "|\\d{1,2}-[A-Z](?![A-Za-z])|\\d{3,4}(?:号室|号)?)" + NOT_A_QUANTITY;

	private static final PatternRule JAPANESE = PatternRule
		.of("(?<![\\p{IsKatakana}ー・\\p{IsHan}])(?<v>(?<name>[\\p{IsKatakana}][\\p{IsKatakana}ー・]{2,15})(?<place>[\\p{IsHan}]{1,5})?"
				+ " ?(?:の ?)?" + JAPANESE_ROOM + ")", BuildingAddressDetector::japaneseBuilding)
		.startingAt(StartSet.runThen(StartSet.KATAKANA.or((c) -> c == '・'), 24,
				StartSet.where(StartSet.HAN).or(StartSet.where(StartSet.DIGIT)).or(StartSet.anyOf(" の"))))
		.needingDigitWithin(30);

	private static final String ENGLISH_ROOM = "(?:Room|Apartment|Apt\\.?|Flat|Unit|Suite|#) ?#?[0-9]{1,4}[A-Z]?";

	private static final String CAPITALISED = "[A-Z][A-Za-z'\\-]{1,20}(?: [A-Z][A-Za-z'\\-]{1,20}){0,3}";

	/** Room 302, Harbour View Moji; Apartment 5B, Sunrise Court Tobata. */
	private static final PatternRule ENGLISH_ROOM_FIRST = PatternRule
		.of("(?<![\\w])(?<v>" + ENGLISH_ROOM + ",? (?<name>" + CAPITALISED + "))",
				BuildingAddressDetector::englishBuilding)
		.startingAt(StartSet.anyOf("RAFUS#"))
		.onlyWith("Room", "Apartment", "Apt", "Flat", "Unit", "Suite", "#");

	/** Blue Sky House, Room 2. */
	private static final PatternRule ENGLISH_BUILDING_FIRST = PatternRule
		.of("(?<![\\w])(?<v>(?<name>" + CAPITALISED + "),? " + ENGLISH_ROOM + ")(?![\\w])",
				BuildingAddressDetector::englishBuilding)
		.startingAt(StartSet.runOf(StartSet.UPPER))
		.onlyWith("Room", "Apartment", "Apt", "Flat", "Unit", "Suite", "#");

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) == 0) {
			return;
		}
		JAPANESE.findAll(folded, PersonalDataKind.POSTAL_ADDRESS, out);
		ENGLISH_ROOM_FIRST.findAll(folded, PersonalDataKind.POSTAL_ADDRESS, out);
		ENGLISH_BUILDING_FIRST.findAll(folded, PersonalDataKind.POSTAL_ADDRESS, out);
	}

	private static boolean japaneseBuilding(MatchResult match) {
		String name = match.group("name");
		for (String word : JAPANESE_BUILDING_WORDS) {
			if (name.contains(word)) {
				return true;
			}
		}
		// An unknown katakana word: only with a place name after it (エステート黒崎,
		// コスモ小倉1108号室).
		return match.group("place") != null && (name.length() >= 4 || match.group("v").endsWith("号室"));
	}

	private static boolean englishBuilding(MatchResult match) {
		for (String word : match.group("name").split(" ")) {
			if (ENGLISH_BUILDING_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
