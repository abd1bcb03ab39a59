package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds Japanese names that a cue right next to them gives away, whatever script they are
 * in: a self-introduction of a surname and a given name written with a space (王 麗華です, 渡辺
 * トミと申します), initials before an honorific or です or closing a line (K.Tくん, 母 R.N), a
 * child's name quoted before くん or ちゃん (「りく」くん), a name after a school year or a relation
 * written in hiragana (3ねんせいの ゆうと です, まごの けいた が), and a name signed after a role at the
 * end of a quoted message (「…班長 新井」).
 */
final class JapaneseCuedNames {

	private static final String INTRO = "(?:です|と申します|といいます|と言います|でございます)";

	/** The words of {@link #INTRO}, for the scan that decides whether to try it. */
	private static final List<String> INTRO_WORDS = List.of("です", "と申します", "といいます", "と言います", "でございます");

	/** What follows a quoted child's name. */
	private static final List<String> AFTER_QUOTED_CHILD = List.of("」くん", "」君", "」ちゃん");

	/** The labels {@link #ON_A_TAG} starts with. */
	private static final List<String> TAG_WORDS = List.of("名札", "ネームプレート", "名前", "サイン", "署名");

	/** The cues of {@link #HIRAGANA_CUE} with the の that must follow them. */
	private static final List<String> HIRAGANA_CUE_WORDS = List.of("ねんせいの", "さいの", "まごの", "むすめの", "むすこの", "おとうとの",
			"いもうとの", "おにいちゃんの", "おねえちゃんの", "ふたごの");

	/** A clause starts here: the start, punctuation, a line, or の/は before the name. */
	private static final String CLAUSE = "(?<=^|[、。!?\\n 「(]|の|は|た|る)";

	private static final Pattern SPACED_INTRO = Pattern.compile(
			CLAUSE + "(?<s>\\p{IsHan}{1,3})[ \\u3000](?<g>\\p{IsHan}{1,3}" + "|[ァ-ヺ][ァ-ヺー]{1,5})(?=" + INTRO + ")");

	private static final Pattern INITIALS = Pattern
		.compile("(?<![A-Za-z.])(?<v>[A-Z]\\.[A-Z]\\.?)(?=(?:くん|君|さん|ちゃん|様|です|と申します|より)|[ \\u3000]*(?:\\n|$))");

	private static final Pattern QUOTED_CHILD = Pattern
		.compile("「(?<v>[ぁ-ゖ]{2,5}|[ァ-ヺ][ァ-ヺー]{1,5}|\\p{IsHan}{1,3})」(?=くん|君|ちゃん)");

	private static final Pattern HIRAGANA_CUE = Pattern
		.compile("(?:[0-9一二三四五六]ねんせい|[0-9]+さい|まご|むすめ|むすこ|おとうと|いもうと|おにいちゃん|おねえちゃん|ふたご)の[ \\u3000]?"
				+ "(?<v>[ぁ-ゖ]{2,4})(?=[ \\u3000]?(?:です|が|は|と|も|を|に|の|、))");

	private static final Pattern ROLE_SIGNED_QUOTE = Pattern
		.compile("(?<role>\\p{IsHan}{1,4})[ \\u3000](?<v>\\p{IsHan}{1,4})(?=」)");

	/** 名札に「前田」: what a name tag or a signature shows is a name. */
	private static final Pattern ON_A_TAG = Pattern
		.compile("(?:名札|ネームプレート|名前|サイン|署名)(?:に|は|には|が|を)?「(?<v>\\p{IsHan}{1,4}|[ァ-ヺ][ァ-ヺー]{1,5}|[ぁ-ゖ]{2,5})」");

	/**
	 * ナスティアです。opening a post: a katakana word that is no common word, introducing the
	 * writer; flagged, as a shop may open its post the same way.
	 */
	private static final Pattern OPENING_KATAKANA = Pattern.compile("^(?<v>[ァ-ヺ][ァ-ヺー]{1,4})です[。、!?\\n ]");

	private JapaneseCuedNames() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		// Each pattern below is tried only if the text has what it cannot match without
		// (its cue words, or a kanji before a space): a regex tried at every position of
		// a long post costs far more than these scans.
		Matcher opening = OPENING_KATAKANA.matcher(folded);
		if (opening.lookingAt() && !NameLexicon.isKatakanaGeneric(opening.group("v")) && tokens.size() > 0
				&& tokens.get(0).end() == opening.end("v") && unknownOrProper(tokens.get(0))) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, 0, opening.end("v"), Confidence.FLAGGED));
		}
		Matcher spaced = SPACED_INTRO.matcher(folded);
		boolean introduces = CueGates.hasWordAfterKanjiAndSpace(folded, 2, 7, INTRO_WORDS);
		while (introduces && spaced.find()) {
			String surname = spaced.group("s");
			// 王, 朴, 林: one-kanji surnames, Chinese and Korean ones among them, that are
			// also words; longer ones must be listed (現在 無職です is no name).
			if ((surname.length() == 1 || JapaneseNames.SURNAMES.contains(surname))
					&& !NameLexicon.isGeneric(spaced.group("g")) && !NameLexicon.isKatakanaGeneric(spaced.group("g"))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, spaced.start("s"), spaced.end("g")));
			}
		}
		if (CueGates.hasDottedCapitals(folded)) {
			addAll(INITIALS.matcher(folded), out);
		}
		if (CueGates.containsAny(folded, AFTER_QUOTED_CHILD)) {
			Matcher quoted = QUOTED_CHILD.matcher(folded);
			while (quoted.find()) {
				if (!NameLexicon.isGeneric(quoted.group("v")) && !NameLexicon.isHiraganaGeneric(quoted.group("v"))) {
					add(quoted, out);
				}
			}
		}
		if (CueGates.containsAny(folded, TAG_WORDS)) {
			addAll(ON_A_TAG.matcher(folded), out);
		}
		Matcher signed = ROLE_SIGNED_QUOTE.matcher(folded);
		boolean signs = CueGates.hasKanjiAndSpaceBeforeClosingQuote(folded, 2, 9);
		while (signs && signed.find()) {
			if (NameContext.ROLES.contains(signed.group("role"))
					&& JapaneseNames.SURNAMES.contains(signed.group("v"))) {
				add(signed, out);
			}
		}
		Matcher hiragana = HIRAGANA_CUE.matcher(folded);
		boolean cued = CueGates.containsAny(folded, HIRAGANA_CUE_WORDS);
		while (cued && hiragana.find()) {
			String name = hiragana.group("v");
			if (!JapaneseNames.HIRAGANA_WORDS.contains(name) && !NameLexicon.isHiraganaGeneric(name)) {
				add(hiragana, out);
			}
		}
	}

	/**
	 * No common word: the dictionary does not know it, or knows it as a person's name.
	 */
	private static boolean unknownOrProper(Token token) {
		return !token.known() || token.pos().startsWith("名詞-固有名詞-人名");
	}

	private static void addAll(Matcher matcher, List<Finding> out) {
		while (matcher.find()) {
			add(matcher, out);
		}
	}

	private static void add(Matcher matcher, List<Finding> out) {
		out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
	}

}
