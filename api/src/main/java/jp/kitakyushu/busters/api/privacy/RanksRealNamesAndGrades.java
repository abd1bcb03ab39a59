package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names by cues no other rule reads: a rank before a surname (Sgt. Ono), a nickname
 * before the bracket that gives the real name (はるりん（本名 …）), a child's name after the
 * school grade in a bracket (（小3、はると）), the name a reply goes to (連絡は井上まで), and a listed
 * surname right before a found given name.
 */
final class RanksRealNamesAndGrades {

	/** A police or military rank, then one or two capitalised words. */
	private static final Pattern RANK = Pattern
		.compile("\\b(?:Sgt|Sergeant|Cpl|Corporal|Lt|Lieutenant|Capt|Captain|Insp|Inspector|Det|Detective|Constable"
				+ "|Officer)\\.? (?<v>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?)\\b");

	/** Cheap look-ups before the rank pattern runs. */
	private static final List<String> RANK_WORDS = List.of("Sgt", "Serg", "Cpl", "Corp", "Lt", "Lieut", "Capt", "Insp",
			"Det", "Constable", "Officer");

	/** Any word before a bracket that opens with 本名 or "real name": a nickname. */
	private static final Pattern BEFORE_REAL_NAME = Pattern.compile(
			"(?<![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々A-Za-z0-9])(?<v>[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{2,8}"
					+ "|[A-Za-z][A-Za-z0-9_.]{1,15}) ?[（(] ?(?:本名|(?i:real name|full name))");

	private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?i:on|in|at|via|from|of|to) $");

	/** A school year or age, a comma and a kana word, alone in a bracket. */
	private static final Pattern GRADE_NAME = Pattern.compile("[（(](?:[小中高][1-6一二三四五六](?:年生?)?|年長|年中|年少|[0-9]{1,2}歳)"
			+ "[、, ] ?(?<v>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,7})(?:くん|ちゃん|君)?[）)]");

	/** Where replies go: 連絡は井上まで, お問い合わせは ヤマダ へ. */
	private static final Pattern REPLY_TO = Pattern
		.compile("(?:連絡|問い合わせ|問合せ|返信|折り返し)(?:先)?(?:は|を) ?(?<v>[\\p{IsHan}々]{1,4}|[ァ-ヺー]{2,6})(?:さん|様)? ?(?:まで|宛)");

	private RanksRealNamesAndGrades() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (RANK_WORDS.stream().anyMatch(folded::contains)) {
			Matcher rank = RANK.matcher(folded);
			while (rank.find()) {
				String name = rank.group("v");
				String first = name.split(" ")[0];
				// A rank names a person only before a name, not before a place or a plain
				// word (Officer Training).
				if (!Places.isRomajiPlace(first) && !LatinWords.notLast(first) && !PlainWords.plain(name)
						&& (LatinWords.romajiShaped(first) || LatinWords.isSurname(first)
								|| LatinWords.isGiven(first))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, rank));
				}
			}
		}
		if (folded.contains("本名") || folded.contains("real name") || folded.contains("full name")) {
			Matcher nickname = BEFORE_REAL_NAME.matcher(folded);
			while (nickname.find()) {
				// After a preposition the word is where the handle is (on Instagram), not
				// the handle.
				boolean where = PREPOSITION_BEFORE.matcher(folded)
					.region(Math.max(0, nickname.start("v") - 6), nickname.start("v"))
					.find();
				if (!where && handle(nickname.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, nickname));
				}
			}
		}
		if (folded.contains("、") || folded.contains(",")) {
			Matcher child = GRADE_NAME.matcher(folded);
			while (child.find()) {
				String word = child.group("v");
				if (!JapaneseNames.HIRAGANA_WORDS.contains(word) && !NameLexicon.isHiraganaGeneric(word)
						&& !NameLexicon.isKatakanaGeneric(word)) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, child));
				}
			}
		}
		if (folded.contains("まで") || folded.contains("宛")) {
			Matcher reply = REPLY_TO.matcher(folded);
			while (reply.find()) {
				String word = reply.group("v");
				// A kanji word must be a listed surname: 連絡は事務局まで names an office.
				boolean kanji = Character.UnicodeBlock
					.of(word.charAt(0)) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
				if (kanji ? JapaneseNames.SURNAMES.contains(word) : handle(word)) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, reply));
				}
			}
		}
		for (Finding name : candidates) {
			if (name.kind() == PersonalDataKind.PERSON_NAME) {
				surnameBefore(folded, name, added);
			}
		}
		candidates.addAll(added);
	}

	/**
	 * Whether a word before 本名 or a reply cue may be a name: no relation, role or place.
	 */
	private static boolean handle(String word) {
		return !NameContext.RELATIONS.contains(word) && !NameLexicon.CONTEXT.contains(word)
				&& !NameLexicon.isGeneric(word) && !PlainWords.plain(word) && !NameLexicon.isKatakanaGeneric(word)
				&& !word.equals("私") && !word.equals("僕") && !word.equals("俺");
	}

	/**
	 * 妹（武内 もも）: a listed surname of two or three kanji, alone in its run, right before a
	 * given name another rule found, is the same person's; both together are surer than
	 * the given name alone.
	 */
	private static void surnameBefore(String folded, Finding name, List<Finding> out) {
		int end = name.start();
		if (end > 0 && folded.charAt(end - 1) == ' ') {
			end--;
		}
		int start = end;
		while (start > 0 && end - start < 4 && kanji(folded.charAt(start - 1))) {
			start--;
		}
		if (end - start < 2 || end - start > 3 || start > 0 && kanji(folded.charAt(start - 1))
				|| !JapaneseNames.SURNAMES.contains(folded.substring(start, end)) || name.end() <= name.start()
				|| kanji(folded.charAt(name.start()))) {
			return;
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, start, name.end()));
	}

	private static boolean kanji(char c) {
		return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || c == '々';
	}

}
