package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * What the lists and the dictionary say about a word found where a person's name would
 * be: a listed or tagged name, a word the dictionary does not know (most rare surnames
 * and modern given names), a place, a firm, or a common word.
 */
enum NameEvidence {

	/** In the name lists, or tagged by the dictionary as a person. */
	NAME,

	/** Unknown to the dictionary, or cut by it into pieces that are no word together. */
	UNKNOWN,

	/** A place the dictionary or {@link Places} knows (黒崎, 宗像). */
	PLACE,

	/**
	 * A common word, a firm, or a word that ends like a place or a role (学校, 九州電力, 市役所).
	 */
	WORD;

	private static final int MAX_KATAKANA_NAME = 6;

	/**
	 * Suffixes that make documents, fees, tools and rooms (保険証, 交通費, 整理券), never names.
	 */
	private static final Set<String> THING_SUFFIXES = Set.of("証", "券", "費", "料", "書", "票", "帳", "器", "機", "品", "場",
			"室");

	/**
	 * Whether the text between two offsets is a surname by the lists or by the
	 * dictionary's tag alone, read as one word: 中村 and 吉村 end like a village (村) but are
	 * names; a place of the city that is also a surname (若松, 黒崎) is not.
	 */
	static boolean knownSurname(String folded, List<Token> tokens, int start, int end) {
		String word = folded.substring(start, end);
		if (Places.JAPANESE.contains(word) || NameLexicon.isGeneric(word)) {
			return false;
		}
		if (JapaneseNames.SURNAMES.contains(word)) {
			return true;
		}
		int i = firstTokenAt(tokens, start);
		return i >= 0 && tokens.get(i).start() == start && tokens.get(i).end() == end && tokens.get(i).taggedSurname();
	}

	/** Whether the word may be a name at all. */
	boolean possibleName() {
		return this == NAME || this == UNKNOWN;
	}

	/**
	 * Judges the text between two offsets, which may hold one space between a surname and
	 * a given name.
	 */
	static NameEvidence of(String folded, List<Token> tokens, int start, int end) {
		String word = folded.substring(start, end);
		String compact = word.replace(" ", "");
		if (compact.isEmpty() || NameLexicon.isGeneric(compact) || NameLexicon.isKatakanaGeneric(compact)
				|| PetNames.isAnimal(compact)
				|| NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)
				|| endsLikeAPlace(compact)) {
			return WORD;
		}
		String first = word.contains(" ") ? word.substring(0, word.indexOf(' ')) : word;
		if (JapaneseNames.SURNAMES.contains(first) || JapaneseNames.GIVEN_NAMES.contains(compact)
				|| JapaneseNames.KANA_GIVEN_NAMES.contains(compact) || LatinNames.KATAKANA_NAMES.contains(first)) {
			return Places.JAPANESE.contains(compact) ? PLACE : NAME;
		}
		if (Places.JAPANESE.contains(compact) || Places.JAPANESE.contains(first)) {
			return PLACE;
		}
		if (!first.equals(word)) {
			// 嶋津 孝: a space inside a short run of kanji is how names are written.
			NameEvidence surname = of(folded, tokens, start, start + first.length());
			return (surname == WORD) ? WORD : NAME;
		}
		if (compact.length() > MAX_KATAKANA_NAME && compact.indexOf('・') < 0
				&& StartSet.KATAKANA.test(compact.charAt(0))) {
			// マイナンバーカード: a long katakana run without a dot is a loanword compound.
			return WORD;
		}
		int i = firstTokenAt(tokens, start);
		if (i < 0) {
			return UNKNOWN;
		}
		boolean person = false;
		boolean unknown = false;
		boolean commonWord = false;
		int pieces = 0;
		int j = i;
		for (; j < tokens.size() && tokens.get(j).start() < end; j++) {
			Token token = tokens.get(j);
			if (token.space()) {
				continue;
			}
			pieces++;
			if (token.pos().startsWith("名詞-数")) {
				// 二児, 三人: a number makes a count, not a name.
				return WORD;
			}
			person |= token.taggedPerson();
			unknown |= !token.known() || token.pos().startsWith("名詞-固有名詞-一般");
			commonWord |= token.commonWord() && token.length() >= 2;
		}
		boolean aligned = tokens.get(i).start() == start && tokens.get(j - 1).end() == end;
		if (person && !(commonWord && pieces > 1)) {
			// 大翔 read as 大 + 翔 is a name; マイ + ナンバー + カード is not.
			return NAME;
		}
		Token opening = tokens.get(i);
		if (!aligned && opening.start() == start && opening.end() > end && opening.commonWord()
				&& opening.length() >= 2) {
			// 遊 of 遊び場: a kanji run cut from a longer word the dictionary knows is that
			// word, not a name.
			return WORD;
		}
		if (unknown || !aligned) {
			return UNKNOWN;
		}
		Token only = tokens.get(i);
		if (pieces == 1) {
			if (only.taggedPlace()) {
				return PLACE;
			}
			return only.commonWord() || only.knownOrganisation() ? WORD : UNKNOWN;
		}
		// A common word and a suffix of things (医療 + 証, 交通 + 費, 診察 + 券) name a thing:
		// 子どもの医療証 is a child's medical card, not a child called 医療証. Only suffixes no
		// given name ends with: 恵 + 子 and 千 + 代 are names.
		Token last = tokens.get(j - 1);
		if (commonWord && last.pos().startsWith("名詞-接尾") && THING_SUFFIXES.contains(last.surface())) {
			return WORD;
		}
		// An action and a suffix (通学 + 路, 避難 + 所) name a place or a thing of that
		// action, never a person.
		if (pieces == 2 && opening.pos().startsWith("名詞-サ変接続") && opening.commonWord()
				&& last.pos().startsWith("名詞-接尾")) {
			return WORD;
		}
		// Two or more dictionary words: a compound noun (自転車置場) unless each is one char
		// (颯 真, 一 蘭), which is how the dictionary reads a name it does not know.
		return (end - start <= pieces + 1 && pieces <= 3) ? UNKNOWN : WORD;
	}

	private static boolean endsLikeAPlace(String word) {
		return word.endsWith("区") || word.endsWith("市") || word.endsWith("町") || word.endsWith("駅")
				|| word.endsWith("村") || word.endsWith("県");
	}

	private static int firstTokenAt(List<Token> tokens, int start) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).end() > start) {
				return (tokens.get(i).start() <= start) ? i : -1;
			}
		}
		return -1;
	}

}
