package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Keeps visible a name that fills a quotation right after a kind of place (バス停「三萩野」,
 * 交差点「中井」, 公園「桜ヶ丘」): the quote gives the stop's or the place's own name, which is often a
 * surname too.
 */
final class QuotedPlaces {

	/** Kinds of place whose name follows in quotes. */
	private static final List<String> PLACE_KINDS = List.of("バス停", "停留所", "駅", "電停", "交差点", "公園", "広場", "団地", "通り", "橋",
			"トンネル", "施設", "会館", "公民館", "市民センター", "センター", "教室", "店", "お店", "病院", "学校", "保育園", "幼稚園", "神社", "寺", "霊園",
			"墓地", "港", "乗り場", "路線");

	private QuotedPlaces() {
	}

	/** Drops the name findings that are a place's name in quotes. */
	static void removeQuotedPlaces(String folded, List<Finding> candidates) {
		if (folded.indexOf('「') < 0) {
			return;
		}
		candidates
			.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && quotedPlace(folded, finding));
	}

	private static boolean quotedPlace(String folded, Finding finding) {
		int open = finding.start() - 1;
		if (open < 0 || folded.charAt(open) != '「' || finding.end() >= folded.length()
				|| folded.charAt(finding.end()) != '」') {
			return false;
		}
		int kindEnd = (open > 0 && (folded.charAt(open - 1) == 'の' || folded.charAt(open - 1) == ' ')) ? open - 1
				: open;
		return NameContext.endsWithAny(folded, kindEnd, PLACE_KINDS);
	}

}
