package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds names written the way names are written in Japanese, with a space between a
 * surname and a given name (宗像 千秋, 高倉 優斗): Japanese prose puts no spaces between words,
 * so two short runs of kanji split by one are a name far more often than anything else.
 *
 * <p>
 * Sure when either half is a listed or tagged name, or the first half a word the
 * dictionary reads as a place (many surnames are); flagged otherwise. A ward or a town
 * before the space (小倉北区 黒原), two common words (毎週 土曜) and labels (連絡先 山田: the label
 * rules see those) are no name.
 */
final class SpacedNames {

	private static final Pattern PAIR = Pattern
		.compile("(?<![\\p{IsHan}々ヶ])[\\p{IsHan}々]{1,3} (?:[\\p{IsHan}々]{1,3}(?![\\p{IsHan}々ヶ])|[ぁ-ゖ]{2,4})");

	private SpacedNames() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		if (folded.indexOf(' ') < 0) {
			return;
		}
		Matcher matcher = PAIR.matcher(folded);
		int from = 0;
		while (from < folded.length() && matcher.find(from)) {
			int start = matcher.start();
			int space = folded.indexOf(' ', start);
			int end = givenEnd(folded, space + 1, matcher.end());
			from = matcher.start() + 1;
			if (end < 0) {
				continue;
			}
			Confidence confidence = judge(folded, tokens, start, space, end);
			if (confidence != null) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, confidence));
				from = end;
			}
		}
	}

	/**
	 * Where the given name ends: a kanji run as matched, or a hiragana name less its
	 * particle.
	 */
	private static int givenEnd(String folded, int givenStart, int matchEnd) {
		if (StartSet.HAN.test(folded.charAt(givenStart))) {
			return matchEnd;
		}
		return KanaNames.end(folded, givenStart);
	}

	private static Confidence judge(String folded, List<Token> tokens, int start, int space, int end) {
		String surname = folded.substring(start, space);
		String given = folded.substring(space + 1, end);
		if (NameContext.ROLES.contains(surname) || NameContext.ROLES.contains(given) || NameLexicon.isGeneric(given)
				|| NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)
				|| (Places.JAPANESE.contains(surname) && Places.JAPANESE.contains(given))) {
			return null;
		}
		NameEvidence first = NameEvidence.of(folded, tokens, start, space);
		NameEvidence second = NameEvidence.of(folded, tokens, space + 1, end);
		if (first == NameEvidence.WORD) {
			return null;
		}
		boolean givenKnown = second == NameEvidence.NAME || JapaneseNames.KANA_GIVEN_NAMES.contains(given)
				|| StartSet.HIRAGANA.test(given.charAt(0));
		if (first == NameEvidence.NAME || givenKnown) {
			return Confidence.MASKED;
		}
		if (first == NameEvidence.PLACE && !Places.JAPANESE.contains(surname)) {
			return Confidence.MASKED;
		}
		return Confidence.FLAGGED;
	}

}
