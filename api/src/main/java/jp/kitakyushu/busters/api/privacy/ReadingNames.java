package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds names by their reading in the dictionary ({@link DictionaryNames}) rather than by
 * a cue: a surname and a given name in kana with a space between (タケダ ミノル, ｲﾜｻｷ ﾄｼｵ, いのうえ
 * さちこ), a child's given name in hiragana before 君 or くん (ゆうき君), and a Japanese name in
 * romaji, surname and given name in either order and in any case (Kimiko Sato, kimiko
 * sato).
 *
 * <p>
 * A pair is a name only when one word reads as a surname and the other as a given name,
 * which ordinary words almost never do together; a lowercase pair without a cue before it
 * is only flagged, since casual English has fewer capitals to tell a name by.
 */
final class ReadingNames implements Detector {

	private static final String KATAKANA = "[ァ-ヺー]{2,7}";

	private static final String HALF_WIDTH = "[ｦ-ﾟ]{2,9}";

	private static final String HIRAGANA = "[ぁ-ゖー]{3,5}";

	/** Two kana words of one script with one or two spaces between. */
	private static final Pattern KANA_PAIR = Pattern.compile("(?<![ァ-ヺーｦ-ﾟぁ-ゖ・])(?:(?<a>" + KATAKANA + ") {1,2}(?<b>"
			+ KATAKANA + ")|(?<c>" + HALF_WIDTH + ") {1,2}(?<d>" + HALF_WIDTH + ")|(?<e>" + HIRAGANA + ") {1,2}(?<f>"
			+ HIRAGANA + "))(?![ァ-ヺーｦ-ﾟぁ-ゖ])");

	/** ゆうき君, れんくん: a hiragana run that starts a word, before a child's honorific. */
	private static final Pattern CHILD = Pattern.compile("(?<![ぁ-ゖ])(?<v>[ぁ-ゖ]{2,4})(?=君|くん|ちゃん)");

	private static final Pattern LATIN_PAIR = Pattern.compile(
			"(?<![A-Za-z'\\-])(?<a>[A-Za-z][a-z]{2,14}|[A-Z]{3,15}) (?<b>[A-Za-z][a-z]{2,14}|[A-Z]{3,15})(?![A-Za-z'\\-])");

	/** 森 トミ, 井上 さちこ: a surname in kanji, a space, a given name in kana. */
	private static final Pattern KANJI_THEN_KANA = Pattern
		.compile("(?<![\\p{IsHan}々])(?<s>[\\p{IsHan}々]{1,3}) (?<g>[ァ-ヺー]{2,5}|[ぁ-ゖ]{3,4})(?![ァ-ヺーぁ-ゖ])");

	/** まいです at a line's start, こんばんは、けんじです: a child or friend names itself. */
	private static final Pattern KANA_SELF = Pattern
		.compile("(?:^|\\n|(?:こんにちは|こんにちわ|こんばんは|こんばんわ|はじめまして)、?)(?<v>[ぁ-ゖ]{2,4})(?=です|と申|といいます)");

	/**
	 * 誠くん, 翼ちゃん: one kanji the dictionary tags as a given name, before a child's
	 * honorific.
	 */
	private static final Pattern ONE_KANJI_CHILD = Pattern.compile("(?<![\\p{IsHan}々おご])(?<v>\\p{IsHan})(?=くん|ちゃん)");

	/** 相談員 小田です, 私（大塚）: a surname after a role and a space, or in brackets after 私. */
	private static final Pattern SURNAME_AFTER_ROLE = Pattern
		.compile("(?:(?<=\\p{IsHan} )|(?:私|わたし|僕) ?\\( ?)(?<v>[\\p{IsHan}々]{1,4})(?= ?\\)|です|でございます|と申)");

	/** ―在住30年 ヤマシタ: a kana surname alone at a post's end, signed. */
	private static final Pattern KANA_SIGNATURE = Pattern.compile("(?<=[ \\n\\-―])(?<v>[ァ-ヺー]{3,7}|[ぁ-ゖ]{3,5})\\s*$");

	/**
	 * Parts of speech of words that stand before です or alone, never a given name (いいです,
	 * そうです). Not verbs: the dictionary reads けんじ and まい as verbs, which never stand
	 * before です in that form.
	 */
	private static final List<String> NOT_NAME_POS = List.of("形容詞", "副詞", "接続詞", "感動詞", "連体詞");

	/** 戸畑区の林です: a one-kanji surname after a place and の, as a speaker names itself. */
	private static final Pattern ONE_KANJI_AFTER_PLACE = Pattern
		.compile("(?<=(?:区|町|丁目|在住|団地)の)(?<v>\\p{IsHan})(?=です|と申)");

	/** 下の名前は翔: what follows is a given name. */
	private static final Pattern GIVEN_NAME_IS = Pattern.compile("下の名前は ?(?<v>[\\p{IsHan}々]{1,3}|[ぁ-ゖ]{2,4})");

	/** What makes a lowercase pair a name: its introduction. */
	private static final Pattern LOWERCASE_CUE = Pattern
		.compile("(?i)(?:name is|name's|name:|named|called|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|[-—] ?) ?$");

	@Override
	public void detect(String folded, List<Finding> out) {
		if (TextFold.isJapanese(folded)) {
			kanaPairs(folded, out);
			children(folded, out);
			List<Token> tokens = Morphology.tokens(folded);
			kanjiThenKana(folded, tokens, out);
			kanaSelf(folded, tokens, out);
			tagged(folded, tokens, out);
		}
		if (hasLatinPair(folded)) {
			latinPairs(folded, out);
		}
	}

	private static void kanaPairs(String folded, List<Finding> out) {
		if (folded.indexOf(' ') < 0) {
			return;
		}
		Matcher matcher = KANA_PAIR.matcher(folded);
		while (matcher.find()) {
			String group = (matcher.group("a") != null) ? "a" : (matcher.group("c") != null) ? "c" : "e";
			String second = (group.equals("a")) ? "b" : (group.equals("c")) ? "d" : "f";
			String surname = matcher.group(group);
			String given = matcher.group(second);
			if (!DictionaryNames.kanaSurname(surname) || !DictionaryNames.kanaGivenName(given)
					|| NameLexicon.isKatakanaGeneric(surname) || NameLexicon.isKatakanaGeneric(given)
					|| (group.equals("e") && (JapaneseNames.HIRAGANA_WORDS.contains(surname)
							|| JapaneseNames.HIRAGANA_WORDS.contains(given)))) {
				matcher.region(matcher.start(second), folded.length());
				continue;
			}
			out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start(group), matcher.end(second),
					Confidence.MASKED));
		}
	}

	private static void children(String folded, List<Finding> out) {
		if (folded.indexOf('君') < 0 && folded.indexOf('く') < 0 && folded.indexOf('ち') < 0) {
			return;
		}
		Matcher matcher = CHILD.matcher(folded);
		while (matcher.find()) {
			String name = matcher.group("v");
			if (DictionaryNames.kanaGivenName(name) && !name.startsWith("お") && !name.startsWith("ご")
					&& !NameLexicon.isHiraganaGeneric(name) && !JapaneseNames.HIRAGANA_WORDS.contains(name)) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher, Confidence.MASKED));
			}
		}
	}

	private static void kanjiThenKana(String folded, List<Token> tokens, List<Finding> out) {
		if (folded.indexOf(' ') < 0) {
			return;
		}
		Matcher matcher = KANJI_THEN_KANA.matcher(folded);
		while (matcher.find()) {
			String given = matcher.group("g");
			if (DictionaryNames.kanaGivenName(given) && !NameLexicon.isKatakanaGeneric(given)
					&& !JapaneseNames.HIRAGANA_WORDS.contains(given)
					&& NameEvidence.knownSurname(folded, tokens, matcher.start("s"), matcher.end("s"))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("s"), matcher.end("g"),
						Confidence.MASKED));
			}
		}
	}

	private static void kanaSelf(String folded, List<Token> tokens, List<Finding> out) {
		Matcher matcher = KANA_SELF.matcher(folded);
		while (matcher.find()) {
			String name = matcher.group("v");
			if (DictionaryNames.kanaGivenName(name) && !NameLexicon.isHiraganaGeneric(name)
					&& !JapaneseNames.HIRAGANA_WORDS.contains(name)
					&& !readAsOtherWord(tokens, matcher.start("v"), matcher.end("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher, Confidence.MASKED));
			}
		}
		Matcher signature = KANA_SIGNATURE.matcher(folded);
		if (signature.find()) {
			String name = signature.group("v");
			if (DictionaryNames.kanaSurname(name) && !NameLexicon.isKatakanaGeneric(name)
					&& !JapaneseNames.HIRAGANA_WORDS.contains(name)
					&& !readAsOtherWord(tokens, signature.start("v"), signature.end("v"))) {
				// A word alone at the end may be a loanword that happens to read as a
				// surname: staff decide.
				out.add(Found.value(PersonalDataKind.PERSON_NAME, signature, Confidence.FLAGGED));
			}
		}
	}

	private static void tagged(String folded, List<Token> tokens, List<Finding> out) {
		Matcher child = ONE_KANJI_CHILD.matcher(folded);
		while (child.find()) {
			int i = Morphology.indexAt(tokens, child.start("v"));
			if (i >= 0 && tokens.get(i).end() == child.end("v") && tokens.get(i).taggedGivenName()) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, child, Confidence.MASKED));
			}
		}
		Matcher afterPlace = ONE_KANJI_AFTER_PLACE.matcher(folded);
		while (afterPlace.find()) {
			if (JapaneseNames.SURNAMES.contains(afterPlace.group("v"))) {
				// 区の森です may as well be the ward's wood: staff decide.
				out.add(Found.value(PersonalDataKind.PERSON_NAME, afterPlace, Confidence.FLAGGED));
			}
		}
		Matcher givenIs = GIVEN_NAME_IS.matcher(folded);
		while (givenIs.find()) {
			int end = givenIs.end("v");
			if (StartSet.HIRAGANA.test(folded.charAt(givenIs.start("v")))) {
				end = KanaNames.end(folded, givenIs.start("v"));
			}
			if (end > givenIs.start("v")) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, givenIs.start("v"), end, Confidence.MASKED));
			}
		}
		Matcher role = SURNAME_AFTER_ROLE.matcher(folded);
		while (role.find()) {
			if (NameEvidence.knownSurname(folded, tokens, role.start("v"), role.end("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, role, Confidence.MASKED));
			}
		}
	}

	/**
	 * Whether the dictionary reads the span as one verb, adjective or adverb (そう, いい).
	 */
	private static boolean readAsOtherWord(List<Token> tokens, int start, int end) {
		int i = Morphology.indexAt(tokens, start);
		return i >= 0 && tokens.get(i).end() == end && tokens.get(i).known()
				&& NOT_NAME_POS.stream().anyMatch(tokens.get(i).pos()::startsWith);
	}

	private static void latinPairs(String folded, List<Finding> out) {
		Matcher matcher = LATIN_PAIR.matcher(folded);
		int from = 0;
		while (from < folded.length() && matcher.find(from)) {
			String a = matcher.group("a");
			String b = matcher.group("b");
			from = matcher.start("b");
			if (!sameCase(a, b) || !romajiName(a, b)) {
				continue;
			}
			boolean lowercase = Character.isLowerCase(a.charAt(0));
			Confidence confidence = Confidence.MASKED;
			if (lowercase) {
				String before = folded.substring(Math.max(0, matcher.start() - 12), matcher.start());
				confidence = LOWERCASE_CUE.matcher(before).find() ? Confidence.MASKED : Confidence.FLAGGED;
			}
			out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("a"), matcher.end("b"), confidence));
			from = matcher.end();
		}
	}

	/** Kimiko Sato, Sato Kimiko, KIMIKO SATO: one surname and one given name. */
	private static boolean romajiName(String a, String b) {
		if (!plainWord(a) || !plainWord(b)) {
			return false;
		}
		return (DictionaryNames.romajiSurname(a) && DictionaryNames.romajiGivenName(b))
				|| (DictionaryNames.romajiGivenName(a) && DictionaryNames.romajiSurname(b));
	}

	/** Neither a word of places, firms and sentences nor a place of the region. */
	private static boolean plainWord(String word) {
		String capitalised = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
		return !LatinWords.notLast(capitalised) && !Places.isRomajiPlace(word);
	}

	private static boolean sameCase(String a, String b) {
		return Character.isUpperCase(a.charAt(0)) == Character.isUpperCase(b.charAt(0)) && (a.length() < 2
				|| b.length() < 2 || Character.isUpperCase(a.charAt(1)) == Character.isUpperCase(b.charAt(1)));
	}

	private static boolean hasLatinPair(String folded) {
		for (int i = 1; i + 1 < folded.length(); i++) {
			if (folded.charAt(i) == ' ' && isAsciiLetter(folded.charAt(i - 1)) && isAsciiLetter(folded.charAt(i + 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
