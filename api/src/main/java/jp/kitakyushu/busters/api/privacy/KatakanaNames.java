package jp.kitakyushu.busters.api.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds Western and other foreign names written in katakana with a middle dot (マリア・サントス,
 * グエン・ヴァン・ナム). Loanword phrases are written the same way (ワーク・ライフ・バランス), so a name is
 * sure when one part is a known or dictionary-tagged name, flagged when no part is a
 * dictionary word, and dropped when one is.
 */
final class KatakanaNames {

	/**
	 * Korean surnames of one kana (イ・ソヨン, オ・ジフン): a name's first part, never a word's.
	 */
	private static final String KOREAN_ONE_CHAR_SURNAMES = "[イオソハユウノペホコクナレド]";

	private static final Pattern DOTTED = Pattern.compile(
			"(?<![\\p{IsKatakana}ー・])(?:\\p{IsKatakana}[\\p{IsKatakana}ー]{1,11}|(?<korean>" + KOREAN_ONE_CHAR_SURNAMES
					+ "))(?:・\\p{IsKatakana}[\\p{IsKatakana}ー]{1,11}){1,3}(?![\\p{IsKatakana}ー・])");

	/** What only follows a person: a long dotted loanword phrase may take が or は too. */
	private static final List<String> INTRODUCED = List.of("さん", "氏", "様", "です", " です", "と申します", " と申します", "といいます",
			"と言います", "と名乗");

	/** タパ・ビカスです: only people introduce themselves by a dotted name. */
	private static final List<String> SELF_INTRODUCED = List.of("です", " です", "と申します", " と申します", "といいます", "と言います");

	/** A katakana word right before 先生, not joined to more katakana or a dot. */
	private static final Pattern BEFORE_TEACHER = Pattern
		.compile("(?<![\\p{IsKatakana}ー・])(?<v>\\p{IsKatakana}[\\p{IsKatakana}ー]{1,9})(?:先生|せんせい)");

	private KatakanaNames() {
	}

	/**
	 * ジェイソン先生, マリア先生: a foreign teacher (an ALT, a nurse, a doctor) is called by their
	 * name before 先生, while a subject (ピアノ, ダンス) is a word the dictionary knows.
	 */
	static void findBeforeTeacher(String folded, List<Token> tokens, List<Finding> out) {
		if (!folded.contains("先生") && !folded.contains("せんせい")) {
			return;
		}
		Matcher matcher = BEFORE_TEACHER.matcher(folded);
		while (matcher.find()) {
			String word = matcher.group("v");
			Token token = tokenAt(tokens, matcher.start("v"), matcher.end("v"));
			boolean person = LatinNames.KATAKANA_NAMES.contains(word) || (token != null && token.taggedPerson());
			if (!person
					&& (NameLexicon.isKatakanaGeneric(word) || (token != null && token.known() && commonWord(token)))) {
				continue;
			}
			out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), matcher.end("v"),
					person ? Confidence.MASKED : Confidence.FLAGGED));
		}
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		if (folded.indexOf('・') < 0) {
			return;
		}
		Matcher matcher = DOTTED.matcher(folded);
		while (matcher.find()) {
			boolean person = false;
			boolean word = false;
			int partStart = matcher.start();
			for (String part : matcher.group().split("・")) {
				Token token = tokenAt(tokens, partStart, partStart + part.length());
				if (LatinNames.KATAKANA_NAMES.contains(part) || (token != null && token.taggedPerson())) {
					person = true;
				}
				else if (NameLexicon.KATAKANA_GENERIC.contains(part) || (token != null && commonWord(token))) {
					word = true;
				}
				partStart += part.length() + 1;
			}
			if (matcher.group("korean") != null) {
				person = true;
			}
			boolean acting = matcher.group().split("・").length == 2 ? personParticleFollows(folded, matcher.end())
					: NameContext.startsWithAny(folded, matcher.end(), INTRODUCED);
			if (person || !word || acting) {
				boolean introduced = NameContext.startsWithAny(folded, matcher.end(), SELF_INTRODUCED)
						&& Arrays.stream(matcher.group().split("・")).noneMatch(NameLexicon::isKatakanaGeneric);
				out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start(), matcher.end(),
						(person || introduced) ? Confidence.MASKED : Confidence.FLAGGED));
			}
		}
	}

	/**
	 * イー・ウェイが, プラカシュ・シャルマ・ポウデルです: dotted words acting as a person in the sentence.
	 */
	private static boolean personParticleFollows(String folded, int end) {
		return NameContext.startsWithAny(folded, end,
				List.of("さん", "氏", "様", "が", "は", "と一緒", "から", "です", " です", "と申します", " と申します", "といいます", "と言います"));
	}

	private static boolean commonWord(Token token) {
		String pos = token.pos();
		return pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続") || pos.startsWith("名詞-形容動詞語幹")
				|| pos.startsWith("名詞-固有名詞-組織") || pos.startsWith("名詞-固有名詞-地域") || pos.startsWith("動詞")
				|| pos.startsWith("形容詞");
	}

	private static Token tokenAt(List<Token> tokens, int start, int end) {
		int index = Morphology.indexAt(tokens, start);
		return (index >= 0 && tokens.get(index).end() == end) ? tokens.get(index) : null;
	}

}
