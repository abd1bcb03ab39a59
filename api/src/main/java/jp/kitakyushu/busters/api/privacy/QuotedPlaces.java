package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps visible a name that fills a quotation right after a kind of place (バス停「三萩野」,
 * 交差点「中井」, 公園「桜ヶ丘」) or right before one (「森下」バス停, 「中島」という地名): the quote gives the stop's
 * or the place's own name, which is often a surname too.
 */
final class QuotedPlaces {

	/** Kinds of place whose name follows in quotes. */
	private static final List<String> PLACE_KINDS = List.of("バス停", "停留所", "駅", "電停", "交差点", "公園", "広場", "団地", "通り", "橋",
			"トンネル", "施設", "会館", "公民館", "市民センター", "センター", "教室", "店", "お店", "病院", "学校", "保育園", "幼稚園", "神社", "寺", "霊園",
			"墓地", "港", "乗り場", "路線");

	/**
	 * What says, after the closing quote, that the quote named a place: a kind of place
	 * (「森下」バス停), or a place word after という (「中島」という地名, 「清水」という町名の坂).
	 */
	private static final Pattern PLACE_AFTER = Pattern
		.compile("^(?:の|という|って|っていう)?(?:名前の)?(?:地名|町名|町|地区|校区" + "|バス停|停留所|駅|電停|交差点|公園|団地|通り|橋|トンネル|神社|霊園|港|乗り場)");

	/** A reading in brackets inside the quote, after the name: 「清水（きよみず）」. */
	private static final Pattern READING = Pattern.compile("^[(（][ぁ-ゖァ-ヺー]{1,12}[)）]」");

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
		if (open < 0 || folded.charAt(open) != '「' || finding.end() >= folded.length()) {
			return false;
		}
		int close = finding.end();
		if (folded.charAt(close) != '」') {
			Matcher reading = READING.matcher(folded).region(close, folded.length());
			if (!reading.lookingAt()) {
				return false;
			}
			close = reading.end() - 1;
		}
		int kindEnd = (open > 0 && (folded.charAt(open - 1) == 'の' || folded.charAt(open - 1) == ' ')) ? open - 1
				: open;
		return NameContext.endsWithAny(folded, kindEnd, PLACE_KINDS)
				|| PLACE_AFTER.matcher(folded).region(close + 1, folded.length()).lookingAt();
	}

}
