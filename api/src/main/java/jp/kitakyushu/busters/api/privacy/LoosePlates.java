package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number plates written loosely, with spaces between every part, a short serial
 * (北九州 480 ね 3), a dot inside the serial (7・21) or an old town's name instead of the
 * region (門司 さ 45-12): masked where a plate or a vehicle is named just before it, flagged
 * otherwise when it has all four parts, and left alone without either (a place, a kana
 * and a number also make ordinary prose).
 */
final class LoosePlates implements Detector {

	/** Regions and the old towns whose names mopeds and older plates carry. */
	private static final String PLACE = "(?:北九州|福岡|筑豊|久留米|下関|山口|大分|佐賀|長崎|熊本|門司|小倉|八幡|若松|戸畑)(?:区|市)?";

	/** The hiragana a plate may carry, without the particles を, に, の, で, と and が. */
	private static final String KANA = "[あいうえかきくけこさすせそたちつてなぬねはひふほまみむめもやゆよらりるれろわ]";

	private static final String SERIAL = "(?:\\d{1,2} ?[\\-・･.] ?\\d{2}|\\d{1,4})";

	private static final Pattern PLATE = Pattern.compile("(?<v>" + PLACE + " ?(?<cls>\\d{1,3} ?)?(?<![ぁ-ゖ])" + KANA
			+ "(?![ぁ-ゖ]) ?" + SERIAL + ")(?![\\d\\-]|[年月日円人件号時分歳万%回番丁])");

	/** A plate or a vehicle named shortly before: ナンバー「…」, "licence plate … :". */
	private static final Pattern VEHICLE = Pattern
		.compile("(?i:ナンバー|プレート|車両|車|バイク|スクーター|原付|トラック|plate|car|scooter|bike|motorbike|truck|van|vehicle)");

	private static final int REACH = 60;

	@Override
	public void detect(String folded, List<Finding> out) {
		// A plate names its region in kanji: an English post cannot hold one.
		if (PatternRule.digitCount(folded) < 1 || !TextFold.isJapanese(folded)) {
			return;
		}
		Matcher plate = PLATE.matcher(folded);
		while (plate.find()) {
			int start = plate.start("v");
			boolean vehicle = VEHICLE.matcher(folded).region(Math.max(0, start - REACH), start).find();
			if (vehicle) {
				out.add(new Finding(PersonalDataKind.NUMBER_PLATE, start, plate.end("v"), Confidence.MASKED));
			}
			else if (plate.group("cls") != null && plate.group("v").indexOf(' ') >= 0) {
				out.add(new Finding(PersonalDataKind.NUMBER_PLATE, start, plate.end("v"), Confidence.FLAGGED));
			}
		}
	}

}
