package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names by how a post calls someone rather than by a title: a surname after a
 * greeting (こんにちは！…です), a surname in brackets after a nickname (…ちゃん（…）), a surname's
 * nickname after の, names in quotes that someone is called by (「…」って呼ばれて), a katakana
 * name in brackets after a friend or relative, a kana given name before 先生, a katakana
 * name before its romaji, a handle before @ and a place after 投稿, a one-word signature
 * after a dash with an address in brackets, a family before "twins", and a kana name
 * closing the post.
 */
final class CalledNames {

	private static final List<String> GREETINGS = List.of("こんにちは", "こんばんは", "おはようございます", "はじめまして", "お世話になります",
			"お疲れ様です");

	private static final Pattern GREETING = Pattern
		.compile("(?:こんにちは|こんばんは|おはようございます|はじめまして|お世話になります|お疲れ様です)[!、。 ]*(?<v>[一-龯々]{1,3})です");

	private static final Pattern AFTER_NICKNAME = Pattern.compile("ちゃん\\((?<v>[一-龯々]{1,3})\\)");

	private static final Pattern SURNAME_NICKNAME = Pattern.compile("(?<=の)(?<w>[一-龯]{1,2})ちゃん");

	/** Names in quotes, then と/って and 呼ぶ: what someone is called. */
	private static final Pattern CALLED = Pattern
		.compile("「(?<v>[^」\\n]{1,8})」(?=(?:「[^」\\n]{1,8}」)*(?:と|って) ?呼(?<after>[^\\n。]{0,10}))");

	/** What comes after 呼ばれてる when an animal is meant. */
	private static final Pattern ANIMAL_AFTER = Pattern.compile("犬|猫|ねこ|いぬ|鳥|カラス|インコ|ネコ|イヌ");

	private static final Pattern FRIEND_KATAKANA = Pattern.compile("(?:友達|友人|知人|同僚|ともだち)\\((?<v>[ァ-ヺー・]{2,10})\\)");

	private static final Pattern KANA_SENSEI = Pattern.compile("(?<![ぁ-ゖ])(?<v>[ぁ-ゖ]{2,4})先生");

	private static final Pattern KATAKANA_ROMAJI = Pattern
		.compile("(?<![ァ-ヺー])(?<v>[ァ-ヺー]{2,6})\\((?=[A-Z][a-z]+ [A-Z][a-z]+\\))");

	private static final Pattern POSTER_AT_PLACE = Pattern.compile("投稿者?[:] ?(?<v>[ぁ-ゖァ-ヺー一-龯]{2,6})@");

	private static final Pattern DASH_SIGNATURE = Pattern
		.compile("[—–-] ?(?<v>[A-Z][a-z]{2,14}) \\((?=[^)\\n]{0,60}@)");

	private static final Pattern FAMILY = Pattern
		.compile("\\b[Tt]he (?<v>[A-Z][a-z]{2,}) (?:twins|family|brothers|sisters)\\b(?!['’])");

	/** A kana word alone at the end, after a sentence's end, a space or a line break. */
	private static final Pattern KANA_LAST = Pattern.compile("(?:^|[。!? \\n])(?<v>[ぁ-ゖ]{2,5})\\s*$");

	private CalledNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			japanese(folded, added);
		}
		else {
			if (folded.indexOf('@') >= 0) {
				values(DASH_SIGNATURE, folded, Confidence.MASKED, added);
			}
			if (folded.contains("he ")) {
				values(FAMILY, folded, Confidence.FLAGGED, added);
			}
		}
		candidates.addAll(added);
	}

	private static void japanese(String folded, List<Finding> added) {
		if (folded.contains("です") && GREETINGS.stream().anyMatch(folded::contains)) {
			Matcher greeting = GREETING.matcher(folded);
			while (greeting.find()) {
				if (surname(greeting.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, greeting));
				}
			}
		}
		if (folded.contains("ちゃん")) {
			Matcher bracket = AFTER_NICKNAME.matcher(folded);
			while (bracket.find()) {
				if (surname(bracket.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, bracket));
				}
			}
			Matcher nickname = SURNAME_NICKNAME.matcher(folded);
			while (nickname.find()) {
				if (surname(nickname.group("w"))) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, nickname.start(), nickname.end()));
				}
			}
		}
		if (folded.indexOf('呼') >= 0) {
			Matcher called = CALLED.matcher(folded);
			while (called.find()) {
				if (!ANIMAL_AFTER.matcher(called.group("after")).find()) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, called));
				}
			}
		}
		if (folded.indexOf('(') >= 0) {
			Matcher friend = FRIEND_KATAKANA.matcher(folded);
			while (friend.find()) {
				if (!NameLexicon.isKatakanaGeneric(friend.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, friend));
				}
			}
			values(KATAKANA_ROMAJI, folded, Confidence.MASKED, added);
		}
		if (folded.contains("先生")) {
			Matcher sensei = KANA_SENSEI.matcher(folded);
			while (sensei.find()) {
				if (DictionaryNames.kanaGivenName(sensei.group("v"))
						|| JapaneseNames.KANA_GIVEN_NAMES.contains(sensei.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, sensei));
				}
			}
		}
		if (folded.contains("投稿") && folded.indexOf('@') >= 0) {
			values(POSTER_AT_PLACE, folded, Confidence.MASKED, added);
		}
		Matcher last = KANA_LAST.matcher(folded);
		if (last.find()) {
			String word = last.group("v");
			if (DictionaryNames.kanaGivenName(word) || DictionaryNames.kanaSurname(word)
					|| JapaneseNames.KANA_GIVEN_NAMES.contains(word)) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, last, Confidence.FLAGGED));
			}
		}
	}

	private static boolean surname(String word) {
		return JapaneseNames.SURNAMES.contains(word) || NameLexicon.SURNAMES.contains(word);
	}

	private static void values(Pattern pattern, String folded, Confidence confidence, List<Finding> out) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher, confidence));
		}
	}

}
