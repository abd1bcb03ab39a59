package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds addresses whose numbers are written in kanji or kana or run over several lines
 * (大手町 十二番 四の二〇一, 一五ー三ー八〇二, ２ちょうめ ３の１１) and the numbers that continue an address another
 * rule cut short (…9番 2-1105, …十一番地 二).
 */
final class KanjiNumberAddresses {

	private static final String NUM = "[0-9一二三四五六七八九〇十]{1,4}";

	private static final String SEP = "(?:丁目|ちょうめ|番地|番|号室|号|の|[-ー])";

	/**
	 * Two or more numbers, each with its separator, spaces and line breaks between: a
	 * town with one 丁目 is a place anyone may name, two numbers make a house.
	 */
	private static final String BLOCK = NUM + "[ \\n]?" + SEP + "[ \\n]?" + NUM + "(?:[ \\n]?" + SEP + "[ \\n]?" + NUM
			+ "){0,3}(?:号室|号|番地|番)?";

	/** A ward (or city and ward), a town, then its numbers. */
	private static final Pattern WARD_TOWN_BLOCK = Pattern
		.compile("(?:北九州市[ \\n]?)?[一-龯]{1,3}区[ \\n]?[一-龯々ヶノぁ-ゖァ-ヺ]{1,6}?(?:町|丁目)?[ \\n]?(?:" + NUM
				+ "(?:丁目|ちょうめ)[ \\n]?)?" + BLOCK);

	/** A town ending in 町, or a 丁目 in kana, with two or more numbers after it. */
	private static final Pattern TOWN_BLOCK = Pattern
		.compile("[一-龯々ヶ]{1,4}町[ \\n]?" + BLOCK + "|" + NUM + "ちょうめ ?" + NUM + "(?:の|[-ー]|ばん)" + NUM);

	/** Numbers that go on right after an address: 番2-1105, 二, -3. */
	private static final Pattern CONTINUATION = Pattern
		.compile("^(?:番地?|号)?[ ]?(?:" + NUM + "(?:[-ーの]" + NUM + "){0,3})(?:号室|号)?(?![0-9一二三四五六七八九〇十年月日時分歳円人])");

	private KanjiNumberAddresses() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		for (Pattern pattern : List.of(WARD_TOWN_BLOCK, TOWN_BLOCK)) {
			Found.all(pattern, folded, PersonalDataKind.POSTAL_ADDRESS, added);
		}
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged() && finding.end() > 0
					&& endsInNumberMark(folded.charAt(finding.end() - 1))) {
				Matcher more = CONTINUATION.matcher(folded).region(finding.end(), folded.length());
				if (more.lookingAt() && more.end() > finding.end()) {
					added.add(finding.over(finding.start(), more.end()));
				}
			}
		}
		candidates.addAll(added);
	}

	/** Whether an address ends where a number or its mark could go on. */
	private static boolean endsInNumberMark(char c) {
		return (c >= '0' && c <= '9') || "一二三四五六七八九〇十番地丁目".indexOf(c) >= 0;
	}

}
