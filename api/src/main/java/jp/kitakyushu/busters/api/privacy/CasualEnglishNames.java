package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in casual English, where capitals are dropped and a dash signs a post: "--
 * jen", "- Mike (…)" or a name alone on the last line, "my kid's friend tommy", "mr
 * suzuki", and Vietnamese names with their middle name (Nguyen Thi Lan). The word must be
 * a known given name or surname ({@link LatinWords}, {@link DictionaryNames}): a
 * lowercase word is otherwise any word.
 */
final class CasualEnglishNames implements Detector {

	private static final String WORD = "[A-Za-z][a-z]{1,14}";

	/** A dash that signs a post, then one or two words that end it or its line. */
	private static final Pattern SIGNED = Pattern.compile("(?:^|\\n|[.!?)] |, )-{1,2} ?(?<v>" + WORD + ")(?: (?<w>"
			+ WORD + "))?(?=[ .!]*(?:\\(|,|$|\\n))|(?<= )-{1,2} ?(?<v2>" + WORD + ")[ .!]*$");

	/** The last line of a post, a name and perhaps its contact in brackets: "Ben (…)". */
	private static final Pattern LAST_LINE = Pattern
		.compile("\\n(?<v>[A-Z][a-z]{1,14})(?: (?<w>[A-Z][a-z]{1,14}))?(?: ?\\([^\\n]*\\))?[ .!]*$");

	/**
	 * Vietnamese names, family name first, often with a middle name such as Thi or Van:
	 * Nguyen Thi Lan, PHAM VAN HUNG.
	 */
	private static final Pattern VIETNAMESE = Pattern
		.compile("(?i:\\b(?<v>(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo"
				+ "|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Trinh|Dinh|Mai|Truong) (?:Thi|Van|Thanh|Minh|Duc|Quoc|Ngoc|Huu|Xuan|Thu|Kim)"
				+ " [A-Z][a-z]{1,10})\\b)");

	private static final Pattern RELATION = Pattern
		.compile("(?i:\\b(?:my|his|her|our|their) (?:kid's |son's |daughter's |child's )?"
				+ "(?:friend|neighbou?r|son|daughter|wife|husband|kid|boyfriend|girlfriend|classmate|coworker|roommate"
				+ "|grandson|granddaughter|grandma|grandpa|nephew|niece|cousin|brother|sister)"
				+ "|\\bsigned,? (?:grandma|grandpa|granny|mom|mum|dad|auntie|uncle)) (?<v>[a-z]{2,14})\\b");

	/**
	 * A listed given name alone ending a post after its last sentence: "… is terrible.
	 * Dave".
	 */
	private static final Pattern LAST_WORD = Pattern.compile("(?:[.!?)] |[.!?]\\n|\\n)(?<v>[A-Z][a-z]{2,14})[ .!]*$");

	/** Olivia's mum, Kaoru's guardian: a capitalised word whose family the writer is. */
	private static final Pattern FAMILY_OF = Pattern
		.compile("\\b(?<v>[A-Z][a-z]{2,14})'s (?:father|mother|mom|mum|dad|parents?"
				+ "|guardian|grandmother|grandfather|grandma|grandpa|husband|wife|son|daughter|brother|sister)\\b");

	/**
	 * my name is ahmed, i'm priya: a listed name in lower case after a self-introduction.
	 */
	private static final Pattern SELF_LOWER = Pattern
		.compile("(?i:\\bmy name is|\\bi'?m|\\bi am|\\bthis is|\\bits|\\bit's) (?<v>[a-z]{3,14})\\b");

	/** Regards,\nMatsuo: a name on the line after a closing. */
	private static final Pattern AFTER_CLOSING = Pattern
		.compile("(?i:regards|thanks|thank you|sincerely|best|cheers),?\\n"
				+ "(?<v>[A-Z][a-z]{2,14}|[A-Z]{2,14} [A-Z][a-z]{2,14}|[A-Z][a-z]{2,14} [A-Z]{2,14})(?=\\n|$)");

	/** tanaka-san, yui-chan: a romanised name with a Japanese honorific, in any case. */
	private static final Pattern HONORIFIC = Pattern
		.compile("(?<![A-Za-z\\-])(?<v>[a-z]{3,14})-(?:san|kun|chan|sama|sensei)\\b");

	/**
	 * Said "Hamada", a tag reading "Okamura": a surname in romaji quoted alone. Flagged:
	 * a quoted word may as well be a shop or a place.
	 */
	private static final Pattern QUOTED = Pattern.compile("\"(?<v>[A-Z][a-z]{2,14})\"");

	private static final Pattern TITLE = Pattern.compile("\\b(?:mr|mrs|ms|dr)\\.? (?<v>[a-z]{3,15})\\b");

	@Override
	public void detect(String folded, List<Finding> out) {
		if (folded.indexOf('-') >= 0) {
			Matcher matcher = SIGNED.matcher(folded);
			while (matcher.find()) {
				if (matcher.group("v2") != null) {
					if (given(matcher.group("v2"))) {
						out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v2"), matcher.end("v2"),
								Confidence.MASKED));
					}
					continue;
				}
				String first = matcher.group("v");
				String second = matcher.group("w");
				if (!given(first)) {
					continue;
				}
				int end = (second != null && surname(second)) ? matcher.end("w") : matcher.end("v");
				if (second != null && end == matcher.end("v") && !second.equals("here")) {
					// "- Ben and the kids" goes on as a sentence: no signature.
					continue;
				}
				out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), end, Confidence.MASKED));
			}
		}
		Matcher last = LAST_LINE.matcher(folded);
		if (last.find() && given(last.group("v"))) {
			String second = last.group("w");
			int end = (second == null) ? last.end("v") : last.end("w");
			if (second == null || surname(second)) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, last.start("v"), end, Confidence.MASKED));
			}
		}
		Matcher lastWord = LAST_WORD.matcher(folded);
		if (lastWord.find() && given(lastWord.group("v")) && !Places.isRomajiPlace(lastWord.group("v"))) {
			out.add(Found.value(PersonalDataKind.PERSON_NAME, lastWord, Confidence.MASKED));
		}
		if (folded.indexOf('\'') >= 0) {
			Matcher family = FAMILY_OF.matcher(folded);
			while (family.find()) {
				String word = family.group("v");
				if (!Places.isRomajiPlace(word) && !LatinWords.notLast(word)) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, family, Confidence.MASKED));
				}
			}
		}
		Matcher self = SELF_LOWER.matcher(folded);
		while (self.find()) {
			if (given(self.group("v")) && !LatinWords.notLast(capitalised(self.group("v")))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, self, Confidence.MASKED));
			}
		}
		Matcher closing = AFTER_CLOSING.matcher(folded);
		while (closing.find()) {
			String[] words = closing.group("v").split(" ");
			boolean name = false;
			for (String word : words) {
				name |= given(word) || surname(word);
			}
			if (name && !Places.isRomajiPlace(words[0])) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, closing, Confidence.MASKED));
			}
		}
		Matcher vietnamese = VIETNAMESE.matcher(folded);
		while (vietnamese.find()) {
			out.add(Found.value(PersonalDataKind.PERSON_NAME, vietnamese, Confidence.MASKED));
		}
		Matcher relation = RELATION.matcher(folded);
		while (relation.find()) {
			if (given(relation.group("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, relation, Confidence.MASKED));
			}
		}
		if (folded.indexOf('-') >= 0) {
			Matcher honorific = HONORIFIC.matcher(folded);
			while (honorific.find()) {
				String word = honorific.group("v");
				if (surname(word) || given(word)) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, honorific, Confidence.MASKED));
				}
			}
		}
		if (folded.indexOf('"') >= 0) {
			Matcher quoted = QUOTED.matcher(folded);
			while (quoted.find()) {
				String word = quoted.group("v");
				if (DictionaryNames.romajiSurname(word) && !LatinWords.notLast(word) && !Places.isRomajiPlace(word)) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, quoted, Confidence.FLAGGED));
				}
			}
		}
		Matcher title = TITLE.matcher(folded);
		while (title.find()) {
			if (surname(title.group("v"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, title, Confidence.MASKED));
			}
		}
	}

	private static boolean given(String word) {
		return LatinWords.isGiven(capitalised(word)) || DictionaryNames.romajiGivenName(word);
	}

	private static boolean surname(String word) {
		return LatinWords.isSurname(capitalised(word)) || DictionaryNames.romajiSurname(word);
	}

	private static String capitalised(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
	}

}
