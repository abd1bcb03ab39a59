package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.function.IntPredicate;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * What the dictionary's words say about a Japanese name: how surely a word is a surname,
 * where a given name after it ends, and whether a word stands on its own.
 */
final class NameTokens {

	private NameTokens() {
	}

	/**
	 * 0 none, 1 a place the name could also be, 2 a dictionary surname, 3 a listed one.
	 */
	static int surnameEvidence(Token token) {
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

	/**
	 * Where a given name starting at token {@code i} ends, or -1: a tagged or listed
	 * name, or a listed kana name at the start of a run of kana.
	 */
	static int givenNameEnd(String folded, List<Token> tokens, int i, boolean strongSurname) {
		Token token = tokens.get(i);
		if (NameContext.startsWithAny(folded, token.start(), NameContext.PLACE_OR_BUSINESS_ENDINGS)) {
			return -1;
		}
		if (token.allKanji() || token.allKatakana() || mixedGivenName(token)) {
			if (JapaneseNames.GIVEN_NAMES.contains(token.surface())
					|| JapaneseNames.KANA_GIVEN_NAMES.contains(token.surface())
					|| (token.taggedGivenName() && (token.length() >= 2 || strongSurname))) {
				return kanjiRunEnd(folded, tokens, i, token.end());
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

	/**
	 * 悠真 read as 悠 and 真: a listed or tagged first char of a given name the dictionary
	 * splits; the name goes on to the end of the run of kanji, up to three chars.
	 */
	private static int kanjiRunEnd(String folded, List<Token> tokens, int i, int end) {
		Token token = tokens.get(i);
		if (!token.allKanji() || i + 1 >= tokens.size() || tokens.get(i + 1).start() != end) {
			return end;
		}
		Token next = tokens.get(i + 1);
		int runEnd = runEnd(folded, end, StartSet.HAN);
		if (next.allKanji() && next.end() == runEnd && runEnd - token.start() <= 3
				&& !(next.commonWord() && next.length() >= 2)) {
			return runEnd;
		}
		return end;
	}

	/** Where a run of chars of one script that starts at {@code at} ends. */
	static int runEnd(String folded, int at, IntPredicate script) {
		int end = at;
		while (end < folded.length() && script.test(folded.charAt(end))) {
			end++;
		}
		return end;
	}

	/** キミ子, ふみ子: kana with 子. */
	private static boolean mixedGivenName(Token token) {
		return token.surface().endsWith("子") && token.length() <= 4;
	}

	/** A lone surname counts only where a word cannot continue it. */
	static boolean standsAlone(List<Token> tokens, int i) {
		if (i == 0) {
			return true;
		}
		Token before = tokens.get(i - 1);
		return before.space() || before.pos().startsWith("記号") || before.pos().startsWith("助詞");
	}

	/** The index of the next token, skipping one space. */
	static int nextWord(List<Token> tokens, int i) {
		int next = i + 1;
		if (next < tokens.size() && tokens.get(next).space() && tokens.get(next).length() == 1) {
			next++;
		}
		return (next < tokens.size()) ? next : -1;
	}

	/** 母のマイナンバー: マイ is a name only if the katakana stops there. */
	static boolean sameScriptGoesOn(String folded, int end) {
		if (end >= folded.length()) {
			return false;
		}
		int before = folded.codePointBefore(end);
		int after = folded.codePointAt(end);
		return (StartSet.KATAKANA.test(before) && StartSet.KATAKANA.test(after))
				|| (StartSet.HAN.test(before) && StartSet.HAN.test(after));
	}

}
