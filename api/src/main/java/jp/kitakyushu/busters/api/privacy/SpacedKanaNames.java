package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full names written in kana with a space between surname and given name (たなか ゆうと,
 * スズキ ハルカ) when both words read as names, a katakana name of two words before a word for
 * its bearer's role (… 主宰, … さん), and a reading in kana in brackets right after と申します.
 */
final class SpacedKanaNames {

	/**
	 * Two words of hiragana or two of katakana, one space between, nothing kana around.
	 */
	private static final Pattern PAIR = Pattern.compile("(?<![ぁ-ゖァ-ヺー])(?:(?<h>[ぁ-ゖ]{3,5}) (?<hg>[ぁ-ゖ]{2,4})"
			+ "|(?<k>[ァ-ヺー]{2,6}) (?<kg>[ァ-ヺー]{2,6}))(?![ぁ-ゖァ-ヺー])");

	/** Two katakana words, then a word that says a person bears them. */
	private static final Pattern KATAKANA_BEFORE_ROLE = Pattern
		.compile("(?<![ァ-ヺー・])(?<v>[ァ-ヺ][ァ-ヺー]{1,7} [ァ-ヺ][ァ-ヺー]{1,7})(?=主宰|代表|さん|様|氏|先生|と申します)");

	/** Two kana words in brackets after a card or form that bears a name: 免許証（…）. */
	private static final Pattern ON_A_CARD = Pattern
		.compile("(?:免許証|保険証|学生証|在留カード|カード|名義|氏名|名前)\\((?<v>[ぁ-ゖ]{2,6} [ぁ-ゖ]{1,5}|[ァ-ヺー]{2,7} [ァ-ヺー]{2,7})\\)");

	/** A reading in brackets after the writer's own name: …と申します（くろかわ）. */
	private static final Pattern READING_AFTER_SELF = Pattern
		.compile("(?:と申します|といいます|です)\\((?<v>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,6})\\)");

	/** More pairs than this and the post is written with spaces between its words. */
	private static final int MOST_PAIRS = 3;

	private SpacedKanaNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded) || folded.indexOf(' ') < 0 && folded.indexOf('(') < 0) {
			return;
		}
		// A post that spaces its kana words (ひらがなで わかち がき) gives pairs of any words.
		Matcher pair = PAIR.matcher(folded);
		int pairs = 0;
		while (pair.find()) {
			pairs++;
		}
		pair.reset();
		while (pairs <= MOST_PAIRS && pair.find()) {
			String surname = (pair.group("h") != null) ? pair.group("h") : pair.group("k");
			String given = (pair.group("h") != null) ? pair.group("hg") : pair.group("kg");
			if (DictionaryNames.kanaSurname(surname) && DictionaryNames.kanaGivenName(given)
					&& !NameLexicon.HIRAGANA_GENERIC.contains(surname) && !generic(surname + " " + given)) {
				candidates.add(new Finding(PersonalDataKind.PERSON_NAME, pair.start(), pair.end()));
			}
		}
		find(KATAKANA_BEFORE_ROLE, folded, candidates);
		find(ON_A_CARD, folded, candidates);
		find(READING_AFTER_SELF, folded, candidates);
	}

	/** Whether either word is a common katakana word (マサル ends in サル, yet is a name). */
	private static boolean generic(String words) {
		for (String word : words.split(" ")) {
			if (NameLexicon.KATAKANA_GENERIC.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static void find(Pattern pattern, String folded, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			String word = matcher.group("v");
			if (!generic(word) && !PetNames.isAnimal(word)) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
			}
		}
	}

}
