package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number plates written in romaji with their class number (Kokura 300 ke 81-19), or
 * without it after a vehicle, and plates a writer saw only in part (北九州 ・・・ ら 7-77).
 */
final class PlateForms {

	private static final String REGION = "(?:Kitakyushu|Kokura|Fukuoka|Chikuho|Kurume|Shimonoseki|Yamaguchi|Oita|Saga|Nagasaki"
			+ "|Kumamoto|Moji|Yahata|Wakamatsu|Tobata)(?:-shi)?";

	/** A plate's kana in romaji: ke, sa, ro, n. */
	private static final String ROMAJI_KANA = "(?:[kstnhmyrw]?[aiueo]|shi|chi|tsu|fu)";

	/**
	 * Region, class number, kana, serial: the class number makes it a plate wherever it
	 * is.
	 */
	private static final Pattern WITH_CLASS = Pattern.compile(
			"\\b" + REGION + " [0-9]{2,3} " + ROMAJI_KANA + " (?:[0-9]{1,2}-[0-9]{2}|[0-9]{1,4})(?![0-9-])",
			Pattern.CASE_INSENSITIVE);

	/** The same without the class number: a plate only after a vehicle. */
	private static final Pattern WITHOUT_CLASS = Pattern.compile(
			"\\b" + REGION + " " + ROMAJI_KANA + " (?:[0-9]{1,2}-[0-9]{2}|[0-9]{1,4})(?![0-9-])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern VEHICLE = Pattern.compile(
			"(?i:\\b(?:car|suv|van|truck|lorry|taxi|bike|motorbike|motorcycle|scooter|vehicle|plate|kei|minivan|sedan)\\b)");

	private static final String PLACE = "(?:北九州|福岡|筑豊|久留米|下関|山口|大分|佐賀|長崎|熊本|門司|小倉|八幡|若松|戸畑)";

	private static final String HIDDEN = "[・･*○●×?？＊〇]";

	private static final String KANA = "[あいうえかきくけこさすせそたちつてなぬねはひふほまみむめもやゆよらりるれろわ]";

	/** A plate with some parts unseen, written as dots, stars or circles. */
	private static final Pattern PARTIAL = Pattern.compile("(?<v>" + PLACE + " ?(?:[0-9]{1,3}|" + HIDDEN + "{1,4}) ?(?:"
			+ KANA + "|" + HIDDEN + ")(?![ぁ-ゖ]) ?(?:[0-9" + HIDDEN.substring(1, HIDDEN.length() - 1) + "]{1,2}-[0-9"
			+ HIDDEN.substring(1, HIDDEN.length() - 1) + "]{1,2}|[0-9]{1,4}))(?![0-9])");

	private static final Pattern VEHICLE_JA = Pattern.compile("ナンバー|プレート|車|バイク|スクーター|原付|トラック");

	private static final int REACH = 60;

	private PlateForms() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (PatternRule.digitCount(folded) < 1) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			Matcher partial = PARTIAL.matcher(folded);
			while (partial.find()) {
				if (partial.group("v").matches(".*" + HIDDEN + ".*")) {
					boolean vehicle = VEHICLE_JA.matcher(folded)
						.region(Math.max(0, partial.start() - REACH), partial.start())
						.find();
					added.add(new Finding(PersonalDataKind.NUMBER_PLATE, partial.start("v"), partial.end("v"),
							vehicle ? Confidence.MASKED : Confidence.FLAGGED));
				}
			}
		}
		else {
			Matcher plate = WITH_CLASS.matcher(folded);
			while (plate.find()) {
				added.add(new Finding(PersonalDataKind.NUMBER_PLATE, plate.start(), plate.end()));
			}
			Matcher bare = WITHOUT_CLASS.matcher(folded);
			while (bare.find()) {
				if (VEHICLE.matcher(folded).region(Math.max(0, bare.start() - REACH), bare.start()).find()) {
					added.add(new Finding(PersonalDataKind.NUMBER_PLATE, bare.start(), bare.end()));
				}
			}
		}
		candidates.addAll(added);
	}

}
