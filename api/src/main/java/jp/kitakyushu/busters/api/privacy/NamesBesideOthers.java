package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names by what stands beside them rather than by a list: a katakana name with ・
 * signing a line (…ガイド ヤマグチ・ケイ), a katakana name after a nationality (ブラジル人のシルバです), a
 * kana nickname before ばあちゃん/じいちゃん, a one-kanji given name listed after a name (…・紬), a
 * surname signing a post with より, a katakana surname after a phone at a line's end; in
 * English, the rest of a hyphenated name in capitals (CHEN WEI-LING), an unknown given
 * name before a surname found (Marisol Tanaka), a name in apposition to "me" (me, Fajar,)
 * and a name after an arrow from a name found (… → Noa).
 */
final class NamesBesideOthers {

	/** Two katakana words joined by ・ ending a line, or before a bracket, です or と申します. */
	private static final Pattern DOTTED_KATAKANA = Pattern
		.compile("(?:^|[ \\n、])(?<v>[ァ-ヺー]{2,7}・[ァ-ヺー]{1,7})" + "(?=[ ]*(?:$|\\n|\\(|です|と申します|といいます|より|さん|様))");

	private static final Pattern NATIONALITY = Pattern.compile(
			"(?:[一-龯ァ-ヺー]{1,8}人|[一-龯ァ-ヺー]{1,8}出身|[一-龯ァ-ヺー]{1,8}から来た)の(?<v>[ァ-ヺー]{2,8})(?=です|と申します|といいます|さん|と言います)");

	private static final Pattern ELDER_NICKNAME = Pattern.compile(
			"(?:^|[のはも \\n、])(?<v>[ァ-ヺー]{2,4}|(?!うち|おれ|ぼく|わし|あたし|ひい|ひぃ)[ぁ-ゖ]{1,2}[ぁ-ゖ&&[^のがはもとをにへで]])(?=お?(?:ばあちゃん|じいちゃん|ばぁちゃん|じぃちゃん|ばあば|じいじ))");

	private static final Pattern KANJI_AFTER_DOT = Pattern.compile("\\G・(?<v>[一-龯々]{1,3})(?=$|[。、\\n ]|です)");

	/** A surname signing a post with より, after a comma, a space or a line start. */
	private static final Pattern FROM_SIGNATURE = Pattern.compile("(?:^|[、 \\n])(?<v>[一-龯々]{1,4})より[。!]?\\s*$");

	private static final Pattern KATAKANA_LINE_END = Pattern.compile("\\G[ ]{0,3}(?<v>[ァ-ヺー]{2,6})(?=[ ]*(?:\\n|$))");

	/** The letters after a hyphen that continue a name in capitals. */
	private static final Pattern HYPHEN_REST = Pattern.compile("\\G-[A-Z][A-Za-z]+");

	private static final Pattern WORD_BEFORE = Pattern
		.compile("(?:^|[:,(\\n] ?|\\b(?i:coordinator|contact|by|from|owner|name|dad|mum|mom|mother|father) )"
				+ "(?<v>[A-Z][a-z]{2,14}) $");

	/** Capitalised words a label or a greeting puts where a given name would stand. */
	private static final Set<String> NOT_GIVEN = Set.of("Thanks", "Thank", "Dear", "Hello", "Regards", "Cheers",
			"Sincerely", "Best", "Please", "Contact", "Name", "Owner", "Mrs", "Miss", "Sorry", "Yes", "Also", "Call",
			"Email", "Ask", "Tel", "Phone", "Mobile", "Family", "From", "Signed", "The", "And", "But", "Ward", "City",
			"Station", "Bus", "Route", "Park", "School", "Elementary", "Hospital", "Bank", "Branch", "Dad", "Mum",
			"Mom", "Mother", "Father", "Coordinator", "Teacher", "Doctor", "Nurse", "Manager", "Chair", "President");

	private static final Pattern APPOSED_ME = Pattern.compile("\\b(?:me|myself|I)\\b, (?<v>[A-Z][a-z]{2,14}),");

	private static final Pattern ARROW_NAME = Pattern
		.compile("\\G ?(?:→|->|=>|to) ?(?<v>[A-Z][a-z]{1,14})(?![A-Za-z])");

	private NamesBesideOthers() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			japanese(folded, candidates);
		}
		else {
			english(folded, candidates);
		}
	}

	private static void japanese(String folded, List<Finding> candidates) {
		if (folded.indexOf('・') >= 0) {
			Matcher dotted = DOTTED_KATAKANA.matcher(folded);
			while (dotted.find()) {
				String[] parts = dotted.group("v").split("・");
				// A compound of katakana words (メディア・ドーム) is a facility's or event's
				// name: only parts that read as names.
				if (readsAsName(parts[0]) || readsAsName(parts[1])) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, dotted));
				}
			}
		}
		if (folded.indexOf('人') >= 0 || folded.contains("出身") || folded.contains("来た")) {
			Matcher nationality = NATIONALITY.matcher(folded);
			while (nationality.find()) {
				if (!commonKatakana(nationality.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, nationality));
				}
			}
		}
		if (folded.contains("ばあ") || folded.contains("じい") || folded.contains("ばぁ") || folded.contains("じぃ")) {
			values(ELDER_NICKNAME, folded, Confidence.MASKED, candidates);
		}
		Matcher signature = FROM_SIGNATURE.matcher(folded);
		if (folded.contains("より") && signature.find() && !NameLexicon.GENERIC.contains(signature.group("v"))
				&& NameLexicon.GENERIC_ENDINGS.stream().noneMatch(signature.group("v")::endsWith)) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, signature, Confidence.MASKED));
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() == PersonalDataKind.PERSON_NAME) {
				after(KANJI_AFTER_DOT, folded, finding, candidates);
			}
			else if (finding.kind() == PersonalDataKind.PHONE) {
				after(KATAKANA_LINE_END, folded, finding, candidates);
			}
		}
	}

	private static boolean readsAsName(String kana) {
		return LatinNames.KATAKANA_NAMES.contains(kana) || DictionaryNames.kanaSurname(kana)
				|| DictionaryNames.kanaGivenName(kana);
	}

	/** A katakana word the dictionary knows as an ordinary word (ボランティア, スタッフ). */
	private static boolean commonKatakana(String kana) {
		if (NameLexicon.KATAKANA_GENERIC.contains(kana) || readsAsName(kana)) {
			return NameLexicon.KATAKANA_GENERIC.contains(kana);
		}
		List<Morphology.Token> tokens = Morphology.tokens(kana);
		return tokens.size() == 1 && tokens.get(0).commonWord();
	}

	private static void english(String folded, List<Finding> candidates) {
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.PERSON_NAME || finding.flagged()) {
				continue;
			}
			Matcher rest = HYPHEN_REST.matcher(folded);
			rest.region(finding.end(), folded.length());
			if (rest.lookingAt()) {
				candidates.set(i, finding.over(finding.start(), rest.end()));
				finding = candidates.get(i);
			}
			Matcher before = WORD_BEFORE.matcher(folded);
			before.region(Math.max(0, finding.start() - 40), finding.start());
			if (before.find() && !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(before.group("v"))
					&& !NOT_GIVEN.contains(before.group("v")) && !Places.isRomajiPlace(before.group("v"))) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, before));
			}
			after(ARROW_NAME, folded, finding, candidates);
		}
		values(APPOSED_ME, folded, Confidence.MASKED, candidates);
	}

	private static void after(Pattern pattern, String folded, Finding finding, List<Finding> candidates) {
		if (finding.end() >= folded.length()) {
			return;
		}
		Matcher matcher = pattern.matcher(folded);
		matcher.region(finding.end(), folded.length());
		if (matcher.lookingAt()) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
		}
	}

	private static void values(Pattern pattern, String folded, Confidence confidence, List<Finding> candidates) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher, confidence));
		}
	}

}
