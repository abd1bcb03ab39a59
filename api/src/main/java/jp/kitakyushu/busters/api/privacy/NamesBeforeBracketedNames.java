package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names written beside a name other rules found: the word before a bracket that
 * holds a name (its reading or full name), the name before の and a neighbourly nickname,
 * a kana given name after a relation and a comma, and the hyphenated part of a Latin
 * given name.
 *
 * <p>
 * 友人のハルカ（［氏名］）, 「陽葵（［氏名］）」, 坂本のおばちゃん（［氏名］さん）, 娘、さくら が, Ji-hoon [name]: the word must not
 * be a relation, a role, a place or a firm ({@link NameLexicon}), and a hiragana word
 * must read as a name.
 */
final class NamesBeforeBracketedNames {

	/** の and a neighbourly word for an older person, between a name and its bracket. */
	private static final Pattern NICKNAME = Pattern
		.compile("の ?(?:おじちゃん|おばちゃん|おじいちゃん|おばあちゃん|おじさん|おばさん|おっちゃん|ばあちゃん|じいちゃん|にいちゃん|ねえちゃん|お兄ちゃん|お姉ちゃん) *$");

	/** What may follow the bracketed name before the bracket closes. */
	private static final Pattern BRACKET_REST = Pattern.compile("^(?:さん|様|くん|君|ちゃん)?[）)、,]");

	/** A relation, a comma and a kana given name: 孫、しょうたろう が. */
	private static final Pattern RELATION_COMMA = Pattern.compile("(?:"
			+ String.join("|", NameContext.RELATIONS.stream().filter((relation) -> !"うち".equals(relation)).toList())
			+ ")[、,] ?(?<v>[ぁ-ゖ]{2,8})(?=[ 　]|が|は|も|と|に|[（(])");

	/** The rest of a Latin given name after a hyphen, and the family name after it. */
	private static final Pattern HYPHEN_REST = Pattern.compile(
			"^-(?!(?:san|sama|kun|chan|sensei|shi|like|based|style|type|ish|era|year|old|led|owned|run|made)\\b)[a-z]{2,5}\\b"
					+ "(?<family> [A-Z][a-z]{1,15}\\b)?");

	private static final String KANJI_DIGITS = "〇一二三四五六七八九十百千万";

	private NamesBeforeBracketedNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		for (Finding name : candidates) {
			if (name.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			beforeBracket(folded, name, added);
			hyphenRest(folded, name, added);
		}
		if (folded.indexOf('、') >= 0 || folded.indexOf(',') >= 0 && TextFold.isJapanese(folded)) {
			Matcher relation = RELATION_COMMA.matcher(folded);
			while (relation.find()) {
				String word = relation.group("v");
				if (kanaName(word) && !oneCommonWord(word)) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, relation));
				}
			}
		}
		candidates.addAll(added);
	}

	private static void beforeBracket(String folded, Finding name, List<Finding> out) {
		int open = name.start() - 1;
		if (open > 0 && folded.charAt(open) == ' ') {
			open--;
		}
		if (open < 1 || folded.charAt(open) != '（' && folded.charAt(open) != '('
				|| !BRACKET_REST.matcher(folded).region(name.end(), folded.length()).lookingAt()) {
			return;
		}
		int end = open;
		while (end > 0 && folded.charAt(end - 1) == ' ') {
			end--;
		}
		Matcher nickname = NICKNAME.matcher(folded).region(Math.max(0, end - 10), end);
		if (nickname.find()) {
			end = nickname.start();
		}
		int start = runStart(folded, end);
		if (start < 0) {
			return;
		}
		String word = folded.substring(start, end);
		// A hiragana run right after kanji or katakana ends a word (息子さん), names nobody.
		boolean suffix = JapaneseScripts.of(word.charAt(0)) == JapaneseScripts.HIRAGANA && start > 0
				&& JapaneseScripts.of(folded.charAt(start - 1)) > JapaneseScripts.HIRAGANA;
		if (!suffix && nameLike(word)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
		}
	}

	private static void hyphenRest(String folded, Finding name, List<Finding> out) {
		if (name.end() >= folded.length() || folded.charAt(name.end()) != '-'
				|| !Character.isUpperCase(folded.charAt(name.start()))) {
			return;
		}
		Matcher rest = HYPHEN_REST.matcher(folded).region(name.end(), folded.length());
		if (!rest.lookingAt()) {
			return;
		}
		String family = rest.group("family");
		int end = (family != null && !PlainWords.plain(family)) ? rest.end()
				: rest.end() - (family == null ? 0 : family.length());
		out.add(name.over(name.start(), end));
	}

	/** Where the run of one script (kanji, katakana or hiragana) ending at end starts. */
	private static int runStart(String folded, int end) {
		if (end == 0) {
			return -1;
		}
		int kind = JapaneseScripts.of(folded.charAt(end - 1));
		if (kind == JapaneseScripts.OTHER) {
			return -1;
		}
		int start = end;
		while (start > 0 && end - start < 8 && JapaneseScripts.of(folded.charAt(start - 1)) == kind) {
			start--;
		}
		return (start > 0 && JapaneseScripts.of(folded.charAt(start - 1)) == kind) ? -1 : start;
	}

	private static boolean nameLike(String word) {
		// Kanji numerals before a bracket are a number's end (a phone in kanji, a
		// ticket), not a name.
		if (word.isEmpty() || word.chars().allMatch((c) -> KANJI_DIGITS.indexOf(c) >= 0)
				|| NameContext.RELATIONS.contains(word) || NameLexicon.CONTEXT.contains(word)
				|| NameLexicon.isGeneric(word) || PlainWords.plain(word) || oneCommonWord(word)
				|| JapaneseScripts.of(word.charAt(0)) == JapaneseScripts.KANJI && word.length() >= 3
						&& Morphology.readsOnlyAsCommon(word)) {
			return false;
		}
		return switch (JapaneseScripts.of(word.charAt(0))) {
			case 1 -> kanaName(word);
			case 2 -> word.length() >= 2 && !NameLexicon.KATAKANA_GENERIC.contains(word)
					&& !NameLexicon.isKatakanaGeneric(word);
			default -> word.length() <= 4;
		};
	}

	/**
	 * Whether the dictionary reads the word as one ordinary word or place: 名前, 名義, 親戚, ウチ
	 * (a longer run of ordinary words, 外国人, is checked apart).
	 */
	private static boolean oneCommonWord(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && !tokens.get(0).taggedPerson()
				&& (tokens.get(0).commonWord() || tokens.get(0).taggedPlace());
	}

	private static boolean kanaName(String word) {
		return !JapaneseNames.HIRAGANA_WORDS.contains(word) && !NameLexicon.isHiraganaGeneric(word)
				&& (JapaneseNames.KANA_GIVEN_NAMES.contains(word) || DictionaryNames.kanaGivenName(word)
						|| DictionaryNames.kanaSurname(word));
	}

}
