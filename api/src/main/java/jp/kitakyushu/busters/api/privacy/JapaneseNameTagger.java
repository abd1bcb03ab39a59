package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds Japanese names that no honorific or self-introduction introduces, from the words
 * Kuromoji's dictionary tags as surnames and given names, completed by
 * {@link JapaneseNames}: a surname followed by a given name (藤崎美穂と一緒に), a surname
 * followed by a role (北島自治会長), a name after a relation (娘のみさき, 夫・宮地 隆之), and a lone
 * surname in running text (梶原と一緒に), the last only flagged.
 *
 * <p>
 * Dictionaries tag many places and firms as surnames (勝山公園, 吉田建設), so a name that runs on
 * into a place or business word, or follows 株式会社, is no name.
 */
final class JapaneseNameTagger implements Detector {

	private static final String RELATION_FIRST_CHARS = NameContext.RELATIONS.stream()
		.map((relation) -> relation.substring(0, 1))
		.distinct()
		.reduce("", String::concat);

	@Override
	public void detect(String folded, List<Finding> out) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Token> tokens = Morphology.tokens(folded);
		KatakanaNames.find(folded, tokens, out);
		SignatureNames.find(folded, tokens, out);
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			int relationEnd = relationEnd(folded, tokens, i);
			if (relationEnd >= 0) {
				if (nameAfterRelation(folded, tokens, i, relationEnd, out)) {
					continue;
				}
			}
			if (afterCompanyMarker(folded, token.start())) {
				continue;
			}
			if (surnameEvidence(token) > 0) {
				surnameAt(folded, tokens, i, out);
			}
			else if (token.allKanji() && token.length() <= 3 && standsAlone(tokens, i)) {
				unknownSurnameAt(folded, tokens, i, out);
			}
		}
	}

	/**
	 * 0 none, 1 a place the name could also be, 2 a dictionary surname, 3 a listed one.
	 */
	private static int surnameEvidence(Token token) {
		if (!token.allKanji()) {
			return 0;
		}
		if (JapaneseNames.SURNAMES.contains(token.surface())) {
			return 3;
		}
		if (token.length() < 2 || token.length() > 4) {
			return 0;
		}
		if (token.taggedSurname()) {
			return 2;
		}
		return (token.taggedPlace() && token.length() <= 3) ? 1 : 0;
	}

	private void surnameAt(String folded, List<Token> tokens, int i, List<Finding> out) {
		Token surname = tokens.get(i);
		int surnameEvidence = surnameEvidence(surname);
		int next = nextWord(tokens, i);
		int givenEnd = (next >= 0) ? givenNameEnd(folded, tokens, next, surnameEvidence >= 2) : -1;
		if (givenEnd > 0 && (surnameEvidence >= 2 || tokens.get(next).taggedGivenName())
				&& !NameContext.startsWithAny(folded, givenEnd, NameContext.PLACE_OR_BUSINESS_ENDINGS)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, surname.start(), givenEnd));
			secondGivenName(folded, tokens, givenEnd, out);
			return;
		}
		if (surnameEvidence < 2
				|| NameContext.startsWithAny(folded, surname.end(), NameContext.PLACE_OR_BUSINESS_ENDINGS)
						&& !NameContext.startsWithAny(folded, surname.end(), NameContext.ROLES)) {
			return;
		}
		int after = surname.end();
		boolean careOf = folded.startsWith("方", after) && after + 1 < folded.length()
				&& !StartSet.HAN.test(folded.charAt(after + 1));
		if (careOf || NameContext.startsWithAny(folded, after, NameContext.ROLES) || roleInBrackets(folded, after)
				|| afterRoleAndNo(folded, surname.start()) || inListOfSurnames(folded, tokens, i)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, surname.start(), surname.end()));
		}
		else if (surname.length() >= 2 && standsAlone(tokens, i) && personFollows(folded, after)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, surname.start(), surname.end(), Confidence.FLAGGED));
		}
	}

	/** 平井（防災部長）: a role in brackets after the name. */
	private static boolean roleInBrackets(String folded, int at) {
		int close = folded.indexOf(')', at);
		if (!folded.startsWith("(", at) || close < 0 || close - at > 12) {
			return false;
		}
		return NameContext.endsWithAny(folded, close, NameContext.ROLES)
				|| NameContext.endsWithAny(folded, close, NameContext.RELATIONS);
	}

	/** 町内会長の大塚が: a role, の, then the name of who holds it. */
	private static boolean afterRoleAndNo(String folded, int start) {
		return start > 0 && folded.charAt(start - 1) == 'の'
				&& NameContext.endsWithAny(folded, start - 1, NameContext.ROLES);
	}

	/** 田中・佐藤・鈴木の3名: surnames listed one after another. */
	private static boolean inListOfSurnames(String folded, List<Token> tokens, int i) {
		Token surname = tokens.get(i);
		return (i + 2 < tokens.size() && "・、".contains(tokens.get(i + 1).surface())
				&& surnameEvidence(tokens.get(i + 2)) >= 2 && JapaneseNames.SURNAMES.contains(surname.surface()))
				|| (i >= 2 && "・、".contains(tokens.get(i - 1).surface()) && surnameEvidence(tokens.get(i - 2)) >= 2
						&& JapaneseNames.SURNAMES.contains(surname.surface()));
	}

	/**
	 * 川原 由紀子: a word the dictionary does not know as a surname, then a given name it
	 * does; sure when a space separates them as in a written name, flagged otherwise.
	 */
	private static void unknownSurnameAt(String folded, List<Token> tokens, int i, List<Finding> out) {
		Token word = tokens.get(i);
		int next = nextWord(tokens, i);
		if (next < 0 || !tokens.get(next).allKanji() || tokens.get(next).length() < 2
				|| !(tokens.get(next).taggedGivenName()
						|| JapaneseNames.GIVEN_NAMES.contains(tokens.get(next).surface()))) {
			return;
		}
		int end = tokens.get(next).end();
		if (NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)
				|| sameScriptGoesOn(folded, end) || NameLexicon.isGeneric(word.surface())) {
			return;
		}
		boolean spaced = next == i + 2;
		out.add(new Finding(PersonalDataKind.PERSON_NAME, word.start(), end,
				spaced ? Confidence.MASKED : Confidence.FLAGGED));
	}

	/** 宮川和彦・洋子夫妻: a spouse's given name after the full name. */
	private static void secondGivenName(String folded, List<Token> tokens, int at, List<Finding> out) {
		if (!folded.startsWith("・", at)) {
			return;
		}
		int i = Morphology.indexAt(tokens, at + 1);
		int end = (i >= 0) ? givenNameEnd(folded, tokens, i, true) : -1;
		if (end > 0) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, at + 1, end));
		}
	}

	/**
	 * Where a given name starting at token {@code i} ends, or -1: a tagged or listed
	 * name, or a listed kana name at the start of a run of kana.
	 */
	private static int givenNameEnd(String folded, List<Token> tokens, int i, boolean strongSurname) {
		Token token = tokens.get(i);
		if (NameContext.startsWithAny(folded, token.start(), NameContext.PLACE_OR_BUSINESS_ENDINGS)) {
			return -1;
		}
		if (token.allKanji() || token.allKatakana() || mixedGivenName(token)) {
			if (JapaneseNames.GIVEN_NAMES.contains(token.surface())
					|| JapaneseNames.KANA_GIVEN_NAMES.contains(token.surface())
					|| (token.taggedGivenName() && (token.length() >= 2 || strongSurname))) {
				return token.end();
			}
		}
		if (StartSet.HIRAGANA.test(folded.charAt(token.start())) && !token.pos().startsWith("助")) {
			int end = KanaNames.end(folded, token.start());
			boolean known = end > 0 && (JapaneseNames.KANA_GIVEN_NAMES.contains(folded.substring(token.start(), end))
					|| token.taggedGivenName());
			return (known || strongSurname) ? end : -1;
		}
		return -1;
	}

	/** キミ子, ふみ子: kana with 子. */
	private static boolean mixedGivenName(Token token) {
		return token.surface().endsWith("子") && token.length() <= 4;
	}

	/** A lone surname counts only where a word cannot continue it. */
	private static boolean standsAlone(List<Token> tokens, int i) {
		if (i == 0) {
			return true;
		}
		Token before = tokens.get(i - 1);
		return before.space() || before.pos().startsWith("記号") || before.pos().startsWith("助詞");
	}

	/** 吉原と, 倉田が, 真鍋の3人, 田中の家: what follows a person, not a place. */
	private static boolean personFollows(String folded, int at) {
		if (NameContext.startsWithAny(folded, at, NameContext.PARTICLES)) {
			return true;
		}
		if (folded.startsWith("の", at)) {
			return NameContext.startsWithAny(folded, at + 1, NameContext.OWNED_BY_A_PERSON)
					|| (at + 1 < folded.length() && StartSet.DIGIT.test(folded.charAt(at + 1)))
					|| NameContext.startsWithAny(folded, at + 1, List.of("二人", "三人", "四人"));
		}
		return false;
	}

	/** The index of the next token, skipping one space. */
	private static int nextWord(List<Token> tokens, int i) {
		int next = i + 1;
		if (next < tokens.size() && tokens.get(next).space() && tokens.get(next).length() == 1) {
			next++;
		}
		return (next < tokens.size()) ? next : -1;
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
				if (end < folded.length() && "の・、 ".indexOf(folded.charAt(end)) >= 0) {
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

	private static boolean nameAfterRelation(String folded, List<Token> tokens, int i, int nameStart,
			List<Finding> out) {
		int j = i + 1;
		while (j < tokens.size() && tokens.get(j).start() < nameStart) {
			j++;
		}
		if (j >= tokens.size()) {
			return false;
		}
		if (tokens.get(j).start() != nameStart) {
			// 孫娘のみゆ: the dictionary read のみ ("only"); the kana after の may still be a
			// name.
			return nameInsideAToken(folded, tokens.get(j - 1), nameStart, out);
		}
		Token first = tokens.get(j);
		if (surnameEvidence(first) >= 2) {
			// A full name or a surname: the surname rules see it next.
			return false;
		}
		int end = givenNameEnd(folded, tokens, j, true);
		if (end < 0) {
			end = StartSet.HIRAGANA.test(folded.charAt(nameStart)) ? KanaNames.end(folded, nameStart) : -1;
			// 息子がいます, 母です: a particle or verb after a relation is grammar, unless an
			// age in brackets follows (長男はるき（7歳）).
			if (end > 0 && !first.pos().startsWith("名詞") && !folded.startsWith("(", end)) {
				end = -1;
			}
		}
		if (end < 0 || NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)
				|| sameScriptGoesOn(folded, end)) {
			return false;
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, nameStart, end));
		chainedKanaName(folded, end, out);
		return true;
	}

	private static boolean nameInsideAToken(String folded, Token token, int nameStart, List<Finding> out) {
		if (!token.allHiragana() || !StartSet.HIRAGANA.test(folded.charAt(nameStart))) {
			return false;
		}
		int end = KanaNames.end(folded, nameStart);
		if (end < 0) {
			return false;
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, nameStart, end));
		return true;
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

	/** 母のマイナンバー: マイ is a name only if the katakana stops there. */
	private static boolean sameScriptGoesOn(String folded, int end) {
		if (end >= folded.length()) {
			return false;
		}
		int before = folded.codePointBefore(end);
		int after = folded.codePointAt(end);
		return (StartSet.KATAKANA.test(before) && StartSet.KATAKANA.test(after))
				|| (StartSet.HAN.test(before) && StartSet.HAN.test(after));
	}

	private static boolean afterCompanyMarker(String folded, int at) {
		return NameContext.endsWithAny(folded, at, NameContext.COMPANY_MARKERS) || NameContext.endsWithAny(folded,
				at > 0 && folded.charAt(at - 1) == ' ' ? at - 1 : at, NameContext.COMPANY_MARKERS);
	}

}
