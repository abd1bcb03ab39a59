package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Finds e-mail addresses, including full-width ones (folded to ASCII before this runs)
 * and the spellings people use to dodge harvesters: {@code (at)}, {@code [at]}, アットマーク.
 */
final class EmailDetector implements Detector {

	private static final String AT = "(?: ?(?:@|\\(at\\)|\\[at\\]|アットマーク|あっとまーく) ?)";

	private static final PatternRule ADDRESS = PatternRule
		.of("(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}+" + AT
				+ "[A-Za-z0-9][A-Za-z0-9\\-]{0,62}+(?:\\.[A-Za-z0-9\\-]{1,63}+){1,6}+")
		.startingAt(StartSet.where(StartSet.LATIN.or(StartSet.DIGIT)));

	@Override
	public void detect(String folded, List<Finding> out) {
		int from = out.size();
		SpelledEmails.detect(folded, out);
		StandInAtEmails.detect(folded, out);
		if (folded.indexOf('@') < 0 && folded.indexOf("at") < 0 && folded.indexOf("アットマーク") < 0
				&& folded.indexOf("あっとまーく") < 0) {
			return;
		}
		ADDRESS.findAll(folded, PersonalDataKind.EMAIL, out);
		Found.widenOverPrefix(folded, out, from, PersonalDataKind.EMAIL, "mailto:");
	}

}
