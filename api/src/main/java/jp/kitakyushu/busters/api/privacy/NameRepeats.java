package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks every other occurrence of a name the detector is sure of in the same text: a post
 * names a child once after "my daughter" and again as "Lily's birth date", or 結衣 after 娘
 * and again before は, and the second one has no cue of its own.
 *
 * <p>
 * An occurrence counts only as a whole word: a Latin name between non-letters, a kanji or
 * katakana name between neither, a hiragana name between other scripts, so 中井 in 中井小学校 or
 * Park in Parkside stays.
 */
final class NameRepeats {

	private static final int MIN_LENGTH = 2;

	private NameRepeats() {
	}

	static void add(String folded, List<Finding> candidates) {
		Set<String> done = new HashSet<>();
		List<Finding> repeats = new ArrayList<>();
		for (Finding finding : candidates) {
			if (finding.kind() != PersonalDataKind.PERSON_NAME || finding.confidence() != Confidence.MASKED) {
				continue;
			}
			String name = folded.substring(finding.start(), finding.end());
			if (name.length() < MIN_LENGTH || (StartSet.LATIN.test(name.charAt(0)) && name.length() < 3)
					|| !done.add(name)) {
				continue;
			}
			for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
				if (wholeWord(folded, at, at + name.length())) {
					repeats.add(new Finding(PersonalDataKind.PERSON_NAME, at, at + name.length(), Confidence.MASKED));
				}
			}
		}
		candidates.addAll(repeats);
	}

	private static boolean wholeWord(String folded, int start, int end) {
		return (start == 0 || !sameScript(folded.charAt(start - 1), folded.charAt(start)))
				&& (end == folded.length() || !sameScript(folded.charAt(end), folded.charAt(end - 1)));
	}

	private static boolean sameScript(char outside, char inside) {
		if (StartSet.LATIN.test(inside)) {
			return Character.isLetter(outside);
		}
		if (StartSet.HIRAGANA.test(inside)) {
			return StartSet.HIRAGANA.test(outside);
		}
		// Kanji and katakana make one compound: 石田バス停, 山田ハイツ, ヨシダ商店.
		return StartSet.HAN.test(outside) || StartSet.KATAKANA.test(outside) || outside == 'ー' || outside == '々';
	}

}
