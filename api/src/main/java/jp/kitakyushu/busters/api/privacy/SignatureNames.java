package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds the names people sign a post with and list after a label: the last line (八幡西区
 * 井手口恭子, ―― 浦川俊介, （記入者 米倉 祐介）), a line followed only by contact details, a name closing
 * the text (…（夜は出られません）水野), and 参加者：戸田、野上.
 */
final class SignatureNames {

	private static final String HAN = "[\\p{IsHan}々]";

	/** A name at the end of a line: one word, or two split by a space. */
	private static final Pattern LINE_END_NAME = Pattern.compile(
			"(?<=^|[ ()\\]【】「」:、。―—\\-])(?<v>" + HAN + "{1,4}(?: ?(?:" + HAN + "{1,4}|[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,5}))?)\\)?$");

	/** A name of up to nine chars, a space and a closing bracket. */
	private static final int LINE_END_REACH = 12;

	/**
	 * Lines after a signature that do not end the signature's role as the last line:
	 * contact details, and a line all in brackets (the writer's address or ward).
	 */
	private static final Pattern CONTACT_LINE = Pattern
		.compile("^(?:連絡先|電話|TEL|Tel|tel|FAX|Fax|携帯|メール|E-?mail|e-?mail|〒|住所|\\[|［).*|^[\\d\\- ()+]+$|^\\(.*\\)$");

	private static final Pattern LIST_LABEL = Pattern.compile("(?:参加者|出席者|欠席者|メンバー|班員|役員|当番|構成員|発起人|連名|記入者|署名) ?: ?");

	private static final Pattern KANA_AFTER_SCHOOL_YEAR = Pattern
		.compile("(?:小|中|高|小学|中学|高校)\\d ?(?:年生?)? ?(?<v>[ぁ-ゖ]{2,4})$");

	private SignatureNames() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		String[] lines = folded.split("\n", -1);
		int lineStart = 0;
		boolean onlyContactsAfter = true;
		int[] starts = new int[lines.length];
		for (int i = 0; i < lines.length; i++) {
			starts[i] = lineStart;
			lineStart += lines[i].length() + 1;
		}
		for (int i = lines.length - 1; i >= 0; i--) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (onlyContactsAfter) {
				lastLineName(folded, tokens, lines[i], starts[i], lines.length > 1, out);
			}
			onlyContactsAfter = onlyContactsAfter && CONTACT_LINE.matcher(line).matches();
		}
		listedNames(folded, tokens, out);
	}

	private static void lastLineName(String folded, List<Token> tokens, String line, int lineStart,
			boolean severalLines, List<Finding> out) {
		String trimmed = line.stripTrailing();
		if (trimmed.endsWith("。") || trimmed.endsWith("です") || trimmed.endsWith("ます")) {
			return;
		}
		// A name closes the line, so only its last chars need the pattern.
		Matcher matcher = LINE_END_NAME.matcher(trimmed)
			.useTransparentBounds(true)
			.region(Math.max(0, trimmed.length() - LINE_END_REACH), trimmed.length());
		if (!matcher.find()) {
			kanaAfterSchoolYear(trimmed, lineStart, out);
			return;
		}
		int start = lineStart + matcher.start("v");
		int end = lineStart + matcher.end("v");
		String name = matcher.group("v");
		String before = trimmed.substring(0, matcher.start("v")).strip();
		if (!severalLines && before.isEmpty()) {
			// A one-line post that is only a word or two is a place or a topic as often.
			return;
		}
		Confidence confidence = judge(folded, tokens, start, end, name, before);
		if (confidence != null) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, confidence));
		}
	}

	/** ―小5 はるか: a child signs with a school year and a given name in hiragana. */
	private static void kanaAfterSchoolYear(String line, int lineStart, List<Finding> out) {
		Matcher matcher = KANA_AFTER_SCHOOL_YEAR.matcher(line);
		if (matcher.find() && !NameLexicon.isHiraganaGeneric(matcher.group("v"))) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, lineStart + matcher.start("v"),
					lineStart + matcher.end("v")));
		}
	}

	/**
	 * Sure with a known surname, flagged for two words split by a space, else nothing.
	 */
	private static Confidence judge(String folded, List<Token> tokens, int start, int end, String name, String before) {
		String compact = name.replace(" ", "");
		if (NameLexicon.isGeneric(compact) || compact.length() > 7
				|| NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)) {
			return null;
		}
		Token first = tokenAt(tokens, start);
		boolean listed = JapaneseNames.SURNAMES.contains(name.split(" ")[0]) || NameLexicon.startsWithSurname(compact);
		boolean tagged = first != null && first.taggedPerson();
		boolean afterPlace = before.endsWith("区") || before.endsWith("市") || before.endsWith("町");
		if (listed) {
			return Confidence.MASKED;
		}
		if (afterPlace) {
			return null;
		}
		if (tagged || name.contains(" ") || signatureWord(folded, tokens, start, end, before)) {
			return Confidence.FLAGGED;
		}
		return null;
	}

	/**
	 * 大賀 alone on the last line: a word the dictionary does not know, or a plain noun of
	 * two or three kanji that is no adverb, verbal noun or generic word (以上, 感謝).
	 */
	private static boolean signatureWord(String folded, List<Token> tokens, int start, int end, String before) {
		if (!before.isEmpty() || end - start < 2 || end - start > 3) {
			return false;
		}
		Token first = tokenAt(tokens, start);
		if (first == null || first.end() != end) {
			return NameEvidence.of(folded, tokens, start, end) == NameEvidence.UNKNOWN;
		}
		return !first.known() || first.pos().equals("名詞-一般") || first.pos().startsWith("名詞-固有名詞");
	}

	/** 参加者：星野、川上、松浦、大庭の4名: every surname in the list. */
	private static void listedNames(String folded, List<Token> tokens, List<Finding> out) {
		Matcher label = LIST_LABEL.matcher(folded);
		while (label.find()) {
			int at = label.end();
			for (int i = Morphology.indexAt(tokens, at); i >= 0; i = Morphology.indexAt(tokens, at)) {
				Token token = tokens.get(i);
				boolean surname = token.allKanji() && (JapaneseNames.SURNAMES.contains(token.surface())
						|| (token.taggedPerson() && token.length() >= 2));
				if (!surname) {
					break;
				}
				out.add(new Finding(PersonalDataKind.PERSON_NAME, token.start(), token.end()));
				at = token.end();
				if (at < folded.length() && "、・, ".indexOf(folded.charAt(at)) >= 0) {
					at++;
				}
			}
		}
	}

	private static Token tokenAt(List<Token> tokens, int start) {
		int index = Morphology.indexAt(tokens, start);
		return (index >= 0) ? tokens.get(index) : null;
	}

}
