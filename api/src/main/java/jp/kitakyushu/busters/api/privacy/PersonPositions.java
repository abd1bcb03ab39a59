package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Finds words that stand where a person stands in a Japanese sentence, whatever the word:
 * before an age (颯真（7歳）), before a role (陣内会長), after 私、(私、轟の携帯), and as the one who is
 * met, told or consulted (柚木に相談, 轟と一緒に). The lists cannot know every name, but the
 * sentence does.
 *
 * <p>
 * A word that may be a name ({@link NameEvidence#possibleName()}) is masked where the
 * position is certain (an age, a role, a self-introduction) and flagged where people and
 * firms share it (から連絡, に相談), so staff decide.
 */
final class PersonPositions {

	/** （7歳）, （86）, （小3）, （中学2年）, （年長）: an age or a school year after a name. */
	private static final Pattern AGE = Pattern
		.compile("^ ?\\((?:\\d{1,3} ?歳?|[一二三四五六七八九十]{1,3}歳|(?:小学?|中学?|高校?)[1-6一二三四五六] ?年?生?|年長|年中|年少|[1-6]年生?)[)、,]");

	/** What follows a person met, told or consulted, or acting. */
	private static final Pattern PERSON_ACTS = Pattern.compile("^(?:と(?:一緒|二人|私|僕|わたし)|から(?:連絡|電話|聞|言われ|相談|メール|話|頼)"
			+ "|に(?:連絡|電話|相談|聞|言われ|頼|伝え|お願い|話|教え|注意)|が(?:言|話|対応|連絡|相談|心配|困って|来て|亡くな|転|倒れ|入院|けが|怪我|見つけ|気づ|気付)"
			+ "|は(?:言|話|困って))");

	/** Someone the writer does things with: a person, never a firm. */
	private static final Pattern COMPANION = Pattern.compile("^と(?:一緒|二人|2人|ふたり|私|僕)");

	/** What follows 私、and a name: the name's things, or です. */
	private static final Pattern AFTER_I = Pattern.compile("^(?:の(?:携帯|自宅|家|電話|名前|母|父|妻|夫|息子|娘)|です|と申|でございます)");

	private static final int MAX_KANJI = 4;

	private static final IntPredicate KATAKANA_OR_DOT = StartSet.KATAKANA.or((c) -> c == '・');

	private PersonPositions() {
	}

	static void find(String folded, List<Token> tokens, List<Finding> out) {
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!NameTokens.standsAlone(tokens, i) || !nameScript(folded.charAt(token.start()))) {
				continue;
			}
			int end = wordEnd(folded, token.start());
			if (end <= token.start()) {
				continue;
			}
			judge(folded, tokens, token.start(), end, out);
		}
	}

	private static void judge(String folded, List<Token> tokens, int start, int end, List<Finding> out) {
		if (end - start >= 3 && folded.charAt(end - 1) == '方'
				&& JapaneseNames.SURNAMES.contains(folded.substring(start, end - 1))) {
			// 竹下方に住む: care of a household, which the dictionary may read as 竹 + 下方.
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end - 1));
			return;
		}
		String rest = folded.substring(end, Math.min(folded.length(), end + 12));
		boolean age = AGE.matcher(rest).find();
		boolean role = (NameContext.startsWithAny(folded, end, NameContext.ROLES) && roleIsAWord(tokens, start, end))
				|| roleInBrackets(folded, end);
		boolean afterI = afterI(folded, start) && AFTER_I.matcher(rest).find();
		boolean acts = PERSON_ACTS.matcher(rest).find();
		if (!age && !role && !afterI && !acts) {
			return;
		}
		NameEvidence evidence = NameEvidence.of(folded, tokens, start, end);
		if (role && !age && !afterI && NameContext.startsWithAny(folded, end, NameContext.PLACE_OR_BUSINESS_ENDINGS)) {
			return;
		}
		if (evidence.possibleName()) {
			boolean companion = COMPANION.matcher(rest).find() && evidence == NameEvidence.NAME;
			boolean sure = age || afterI || companion || (role && evidence == NameEvidence.NAME);
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end,
					sure ? Confidence.MASKED : Confidence.FLAGGED));
		}
		else if (evidence == NameEvidence.PLACE && !Places.JAPANESE.contains(folded.substring(start, end))
				&& (age || role)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, Confidence.FLAGGED));
		}
	}

	/** 管理事務所 is no 管 + 理事: a one-kanji name needs its role to start a word of its own. */
	private static boolean roleIsAWord(List<Token> tokens, int start, int end) {
		return end - start > 1 || Morphology.indexAt(tokens, end) >= 0;
	}

	private static boolean nameScript(char c) {
		return StartSet.HAN.test(c) || StartSet.KATAKANA.test(c);
	}

	/**
	 * Where a name that starts here ends: up to four kanji, or a katakana word, possibly
	 * followed by a space and a given name; -1 if the run is too long for a name.
	 */
	static int wordEnd(String folded, int start) {
		boolean kanji = StartSet.HAN.test(folded.charAt(start));
		int end = NameTokens.runEnd(folded, start, kanji ? StartSet.HAN : KATAKANA_OR_DOT);
		if (kanji) {
			// 砂田和夫会長: a role may close the run.
			end = withoutRole(folded, start, end);
			if (end - start > MAX_KANJI) {
				return -1;
			}
		}
		if (end + 1 < folded.length() && folded.charAt(end) == ' ') {
			char next = folded.charAt(end + 1);
			int given = -1;
			if (kanji && StartSet.HAN.test(next)) {
				given = NameTokens.runEnd(folded, end + 1, StartSet.HAN);
				given = (given - end - 1 <= 3) ? given : -1;
			}
			else if (kanji && StartSet.HIRAGANA.test(next)) {
				given = KanaNames.end(folded, end + 1);
			}
			else if (!kanji && StartSet.KATAKANA.test(next)) {
				given = NameTokens.runEnd(folded, end + 1, KATAKANA_OR_DOT);
			}
			if (given > end + 1 && !NameContext.startsWithAny(folded, end + 1, NameContext.ROLES)) {
				end = given;
			}
		}
		return end;
	}

	private static int withoutRole(String folded, int start, int end) {
		for (int at = start + 1; at < end; at++) {
			if (NameContext.startsWithAny(folded, at, NameContext.ROLES)) {
				return at;
			}
		}
		return end;
	}

	/** 平井（防災部長）: a role in brackets after the name. */
	static boolean roleInBrackets(String folded, int at) {
		int close = folded.indexOf(')', at);
		if (!folded.startsWith("(", at) || close < 0 || close - at > 12) {
			return false;
		}
		return NameContext.endsWithAny(folded, close, NameContext.ROLES);
	}

	private static boolean afterI(String folded, int start) {
		return NameContext.endsWithAny(folded, start, List.of("私、", "私,", "わたし、", "僕、", "私 ", "私は", "わたしは"));
	}

}
