package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds the person a phone number or an e-mail address belongs to, written next to it:
 * 090-0000-1234（柚木）, （090-0000-7753、美智代）, mayu@example.jp 土肥 at the end of a line. Next
 * to contact details a word is a name unless it says what the number is (自宅, 平日, 内線).
 */
final class ContactNames {

	private static final String CONTACT = "(?:\\+?\\d[\\d\\-]{6,14}\\d|[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+)";

	private static final String NAME = "(?<v>[\\p{IsHan}々]{1,4}|[\\p{IsKatakana}ー・]{2,12}|[ぁ-ゖ]{2,4})";

	/** mayu@example.jp 土肥 at the end of a line. */
	private static final Pattern LINE_END = Pattern.compile(CONTACT + " " + NAME + " ?(?:\\n|$)");

	/** 090-0000-1234（柚木）, （090-0000-7753、美智代）, （美智代：090-0000-7753）. */
	private static final List<Pattern> PATTERNS = List.of(Pattern.compile(CONTACT + " ?\\( ?" + NAME + " ?\\)"),
			Pattern.compile("\\(" + CONTACT + " ?[、,/ ] ?" + NAME + " ?\\)"),
			Pattern.compile("\\(" + NAME + " ?[、,/: ] ?" + CONTACT + " ?\\)"), LINE_END);

	/**
	 * 企救丘2丁目 安田 093-000-0000: a surname alone between spaces right before a number, how a
	 * contact line is signed. Only a name the dictionary or the lists know: a word there
	 * may as well say what the number is (電話 093-…).
	 */
	private static final Pattern BEFORE_NUMBER = Pattern
		.compile("(?<![^ \\n])(?<v>[\\p{IsHan}々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,7}) (?:tel\\.?|TEL\\.?|Tel\\.?)? ?"
				+ "\\+?\\d[\\d\\-() ]{6,16}\\d");

	/** Words next to a number that say what kind of number it is, not whose. */
	private static final Set<String> NUMBER_WORDS = Set.of("自宅", "携帯", "平日", "夜間", "日中", "代表", "内線", "直通", "事務所", "事務局",
			"土日", "祝日", "留守電", "留守番電話", "受付", "窓口", "本部", "会社", "職場", "夜", "昼", "朝", "夕方", "緊急", "緊急時", "担当", "固定",
			"本人", "家族", "父", "母", "夫", "妻", "ファックス", "ファクス", "メール", "ショートメール", "ライン", "フリーダイヤル", "ナビダイヤル");

	private ContactNames() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		if (PatternRule.digitCount(folded) < 8 && folded.indexOf('@') < 0) {
			return;
		}
		for (Pattern pattern : PATTERNS) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				int start = matcher.start("v");
				int end = matcher.end("v");
				String name = matcher.group("v");
				if (NUMBER_WORDS.contains(name) || NameContext.RELATIONS.contains(name) || NameLexicon.isGeneric(name)
						|| NameLexicon.isKatakanaGeneric(name)
						|| (pattern == LINE_END && StartSet.HIRAGANA.test(name.charAt(0)))) {
					continue;
				}
				// A common word next to a number is most often a name the dictionary also
				// knows as a word (大賀, 千秋), but a firm's name looks the same: flagged.
				NameEvidence evidence = NameEvidence.of(folded, tokens, start, end);
				out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end,
						(evidence == NameEvidence.WORD) ? Confidence.FLAGGED : Confidence.MASKED));
			}
		}
		Matcher before = BEFORE_NUMBER.matcher(folded);
		while (before.find()) {
			int start = before.start("v");
			int end = before.end("v");
			String name = before.group("v");
			boolean kana = !StartSet.HAN.test(name.charAt(0));
			if (!NUMBER_WORDS.contains(name) && !NameLexicon.isGeneric(name) && !NameLexicon.isKatakanaGeneric(name)
					&& (kana ? DictionaryNames.kanaSurname(name)
							: NameEvidence.knownSurname(folded, tokens, start, end))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, Confidence.MASKED));
			}
		}
	}

}
