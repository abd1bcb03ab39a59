package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds the name written right after a family or other relation (娘のみさき, 息子の颯真, 兄の嶋津 孝,
 * 長男はるき（7歳）): the relation says a person comes next, so a word the dictionary does not
 * know is a name there, and only the common nouns that also follow relations (母の病院,
 * 息子の学校) are not.
 */
final class RelationNames {

	private static final String RELATION_FIRST_CHARS = NameContext.RELATIONS.stream()
		.map((relation) -> relation.substring(0, 1))
		.distinct()
		.reduce("", String::concat);

	private RelationNames() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		for (int i = 0; i < tokens.size(); i++) {
			int nameStart = relationEnd(folded, tokens, i);
			if (nameStart >= 0) {
				nameAfterRelation(folded, tokens, i, nameStart, out);
			}
		}
	}

	/** Where a relation and its particle end (娘の, 夫・, 長男), or -1. */
	private static int relationEnd(String folded, List<Token> tokens, int i) {
		Token token = tokens.get(i);
		if (RELATION_FIRST_CHARS.indexOf(token.surface().charAt(0)) < 0) {
			return -1;
		}
		for (String relation : NameContext.RELATIONS) {
			int end = token.start() + relation.length();
			if (folded.startsWith(relation, token.start()) && endsAToken(tokens, i, end)) {
				// 娘のみさき, 夫・隆之, 父（芳雄）: the particle or bracket that joins them.
				if (end < folded.length() && "の・、 (".indexOf(folded.charAt(end)) >= 0) {
					end++;
				}
				return end;
			}
		}
		return -1;
	}

	private static boolean endsAToken(List<Token> tokens, int from, int end) {
		for (int i = from; i < tokens.size() && tokens.get(i).start() < end; i++) {
			if (tokens.get(i).end() == end) {
				return true;
			}
		}
		return false;
	}

	private static void nameAfterRelation(String folded, List<Token> tokens, int i, int nameStart, List<Finding> out) {
		int j = i + 1;
		while (j < tokens.size() && tokens.get(j).start() < nameStart) {
			j++;
		}
		if (j >= tokens.size()) {
			return;
		}
		if (tokens.get(j).start() != nameStart) {
			// 孫娘のみゆ: the dictionary read のみ ("only"); the kana after の may still be a
			// name.
			nameInsideAToken(folded, tokens.get(j - 1), nameStart, out);
			return;
		}
		Token first = tokens.get(j);
		if (first.pos().startsWith("名詞-接尾") && "の・、 (".indexOf(folded.charAt(nameStart - 1)) < 0) {
			// 子ども向け, 子供用: a suffix right after the relation makes one word with it;
			// nobody comes next. After a joiner (祖父（源蔵）) the dictionary's reading of a
			// name as a suffix is no such word.
			return;
		}
		int end = NameTokens.givenNameEnd(folded, tokens, j, true);
		Confidence confidence = Confidence.MASKED;
		if (end < 0 && !StartSet.HIRAGANA.test(folded.charAt(nameStart))) {
			end = PersonPositions.wordEnd(folded, nameStart);
			NameEvidence evidence = (end > nameStart) ? NameEvidence.of(folded, tokens, nameStart, end)
					: NameEvidence.WORD;
			if (evidence == NameEvidence.PLACE && !Places.JAPANESE.contains(folded.substring(nameStart, end))) {
				confidence = Confidence.FLAGGED;
			}
			else if (!evidence.possibleName()) {
				end = -1;
			}
		}
		else if (end < 0) {
			end = KanaNames.end(folded, nameStart);
			// 息子がいます, 母です: a particle or verb after a relation is grammar, unless an
			// age in brackets follows (長男はるき（7歳）).
			if (end > 0 && !first.pos().startsWith("名詞") && !folded.startsWith("(", end)) {
				end = -1;
			}
		}
		if (end < 0 || NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)
				|| NameTokens.sameScriptGoesOn(folded, end) || notANameInBrackets(folded, tokens, nameStart, end)) {
			return;
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, nameStart, end, confidence));
		chainedKanaName(folded, end, out);
	}

	/**
	 * 父（芳雄）: in brackets, the name is all there is and no common word (母（要介護2）, 母（要介護）
	 * are no names).
	 */
	private static boolean notANameInBrackets(String folded, List<Token> tokens, int nameStart, int end) {
		if (folded.charAt(nameStart - 1) != '(') {
			return false;
		}
		return end >= folded.length() || folded.charAt(end) != ')'
				|| NameEvidence.of(folded, tokens, nameStart, end) == NameEvidence.WORD;
	}

	private static void nameInsideAToken(String folded, Token token, int nameStart, List<Finding> out) {
		if (!token.allHiragana() || !StartSet.HIRAGANA.test(folded.charAt(nameStart))) {
			return;
		}
		int end = KanaNames.end(folded, nameStart);
		if (end > 0) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, nameStart, end));
		}
	}

	/** ゆうせいとかなたが: another hiragana name joined by と or 、. */
	private static void chainedKanaName(String folded, int end, List<Finding> out) {
		int next = end + 1;
		if (next < folded.length() && (folded.charAt(end) == 'と' || folded.charAt(end) == '、')
				&& StartSet.HIRAGANA.test(folded.charAt(next))) {
			int nameEnd = KanaNames.end(folded, next);
			if (nameEnd > 0) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, next, nameEnd));
			}
		}
	}

}
