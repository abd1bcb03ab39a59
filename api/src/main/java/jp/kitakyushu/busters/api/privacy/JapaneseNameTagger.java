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

	@Override
	public void detect(String folded, List<Finding> out) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Token> tokens = Morphology.tokens(folded);
		KatakanaNames.find(folded, tokens, out);
		KatakanaNames.findBeforeTeacher(folded, tokens, out);
		SignatureNames.find(folded, tokens, out);
		RelationNames.find(folded, tokens, out);
		PersonPositions.find(folded, tokens, out);
		SpacedNames.find(folded, tokens, out);
		ContactNames.find(folded, tokens, out);
		HiraganaNames.find(folded, tokens, out);
		JapaneseCuedNames.find(folded, tokens, out);
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (afterCompanyMarker(folded, token.start())) {
				continue;
			}
			if (NameTokens.surnameEvidence(token) > 0) {
				surnameAt(folded, tokens, i, out);
			}
			else if (token.allKanji() && token.length() <= 3 && NameTokens.standsAlone(tokens, i)) {
				unknownSurnameAt(folded, tokens, i, out);
			}
		}
	}

	private void surnameAt(String folded, List<Token> tokens, int i, List<Finding> out) {
		Token surname = tokens.get(i);
		int surnameEvidence = NameTokens.surnameEvidence(surname);
		int next = NameTokens.nextWord(tokens, i);
		int givenEnd = (next >= 0) ? NameTokens.givenNameEnd(folded, tokens, next, surnameEvidence >= 2) : -1;
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
		boolean elder = folded.startsWith("の", after)
				&& NameContext.startsWithAny(folded, after + 1, NameContext.ELDERS);
		if (careOf || elder || NameContext.startsWithAny(folded, after, NameContext.ROLES)
				|| roleInBrackets(folded, after) || afterRoleAndNo(folded, surname.start())
				|| inListOfSurnames(folded, tokens, i)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, surname.start(), surname.end()));
		}
		else if (surname.length() >= 2 && NameTokens.standsAlone(tokens, i) && personFollows(folded, after)) {
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
				&& NameTokens.surnameEvidence(tokens.get(i + 2)) >= 2
				&& JapaneseNames.SURNAMES.contains(surname.surface()))
				|| (i >= 2 && "・、".contains(tokens.get(i - 1).surface())
						&& NameTokens.surnameEvidence(tokens.get(i - 2)) >= 2
						&& JapaneseNames.SURNAMES.contains(surname.surface()));
	}

	/**
	 * 川原 由紀子: a word the dictionary does not know as a surname, then a given name it
	 * does; sure when a space separates them as in a written name, flagged otherwise.
	 */
	private static void unknownSurnameAt(String folded, List<Token> tokens, int i, List<Finding> out) {
		Token word = tokens.get(i);
		int next = NameTokens.nextWord(tokens, i);
		if (next < 0 || !tokens.get(next).allKanji() || tokens.get(next).length() < 2
				|| !(tokens.get(next).taggedGivenName()
						|| JapaneseNames.GIVEN_NAMES.contains(tokens.get(next).surface()))) {
			return;
		}
		int end = tokens.get(next).end();
		if (NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)
				|| NameTokens.sameScriptGoesOn(folded, end) || NameLexicon.isGeneric(word.surface())) {
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
		int end = (i >= 0) ? NameTokens.givenNameEnd(folded, tokens, i, true) : -1;
		if (end > 0) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, at + 1, end));
		}
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

	private static boolean afterCompanyMarker(String folded, int at) {
		return NameContext.endsWithAny(folded, at, NameContext.COMPANY_MARKERS) || NameContext.endsWithAny(folded,
				at > 0 && folded.charAt(at - 1) == ' ' ? at - 1 : at, NameContext.COMPANY_MARKERS);
	}

}
