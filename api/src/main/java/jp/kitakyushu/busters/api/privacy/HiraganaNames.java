package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Flags a given name written in hiragana that starts a clause with no relation before it
 * (はるとが帰ってこない, 、ゆうまが車道に): the dictionary reads such a name as pieces that make no sense
 * together (ゆ + うま, はる + と), or tags a piece as a given name, while the hiragana words
 * that start clauses (ここは, みんなが, あとは) are single words it knows.
 */
final class HiraganaNames {

	private static final String CLAUSE_STARTS = "、。!?！？「」()\n ";

	private HiraganaNames() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			int start = token.start();
			if (!StartSet.HIRAGANA.test(folded.charAt(start))
					|| (start > 0 && CLAUSE_STARTS.indexOf(folded.charAt(start - 1)) < 0)) {
				continue;
			}
			int end = KanaNames.end(folded, start);
			if (end < 0 || end >= folded.length() || "がはもと".indexOf(folded.charAt(end)) < 0) {
				continue;
			}
			if (readAsPieces(tokens, i, end) || JapaneseNames.KANA_GIVEN_NAMES.contains(folded.substring(start, end))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, Confidence.FLAGGED));
			}
		}
	}

	/** A given name or proper noun among the pieces, or a one-kana noun first. */
	private static boolean readAsPieces(List<Token> tokens, int i, int end) {
		Token first = tokens.get(i);
		if (first.end() == end && first.commonWord()) {
			return false;
		}
		if (first.length() == 1 && first.pos().startsWith("名詞")) {
			return true;
		}
		for (int j = i; j < tokens.size() && tokens.get(j).start() < end; j++) {
			if (tokens.get(j).pos().startsWith("名詞-固有名詞") || !tokens.get(j).known()) {
				return true;
			}
		}
		return false;
	}

}
