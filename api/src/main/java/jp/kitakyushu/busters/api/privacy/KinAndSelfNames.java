package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes and finds names by what stands around them: a given name after a relative
 * (孫の悠真に) taken only in part is the whole kanji run up to its particle; a writer's name
 * in brackets right after 私 (私（ヤマダ）が) is theirs; and a katakana name goes on over a
 * middle dot into the next katakana word (チェン・ウェイ).
 */
final class KinAndSelfNames {

	/** A relative, then の, right before a name. */
	private static final Pattern KIN_BEFORE = Pattern.compile("(?:孫|娘|息子|妻|夫|父|母|兄|姉|弟|妹|長男|長女|次男|次女|甥|姪)の$");

	/** The rest of a kanji given name, then a particle or a mark. */
	private static final Pattern REST = Pattern.compile("^(?<rest>[一-龯々]{1,2})(?=[がはにをとのもへ、。）)]|$)");

	/** Kanji that follow a name without being part of it. */
	private static final String NOT_NAME_KANJI = "様氏君殿達等宅家方側先生";

	private static final Pattern SELF_IN_BRACKETS = Pattern
		.compile("(?:私|わたし|僕|ぼく|自分)[（(](?<v>[ァ-ヺー]{2,8}|[一-龯々]{2,4}|[ぁ-ゖ]{2,6})[）)]");

	private static final Pattern KATAKANA_AFTER_DOT = Pattern.compile("^・(?<w>[ァ-ヺー]{2,8})(?![ァ-ヺー・])");

	private KinAndSelfNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		for (Finding finding : candidates) {
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			int end = finding.end();
			String after = folded.substring(end, Math.min(folded.length(), end + 4));
			Matcher rest = REST.matcher(after);
			if (rest.find() && NOT_NAME_KANJI.indexOf(rest.group("rest").charAt(0)) < 0
					&& isKanji(folded.charAt(end - 1))
					&& KIN_BEFORE.matcher(folded.substring(Math.max(0, finding.start() - 3), finding.start())).find()) {
				added.add(new Finding(finding.kind(), finding.start(), end + rest.end("rest"), finding.confidence()));
			}
			Matcher dot = KATAKANA_AFTER_DOT.matcher(folded.substring(end, Math.min(folded.length(), end + 10)));
			if (isKatakana(folded.charAt(end - 1)) && dot.find()) {
				added.add(new Finding(finding.kind(), finding.start(), end + dot.end("w"), finding.confidence()));
			}
		}
		if (folded.indexOf('（') >= 0 || folded.indexOf('(') >= 0) {
			Matcher self = SELF_IN_BRACKETS.matcher(folded);
			while (self.find()) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, self.start("v"), self.end("v")));
			}
		}
		candidates.addAll(added);
	}

	private static boolean isKanji(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	private static boolean isKatakana(char c) {
		return c >= 'ァ' && c <= 'ヺ' || c == 'ー';
	}

}
