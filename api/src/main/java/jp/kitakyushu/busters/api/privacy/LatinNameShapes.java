package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in Latin letters by their shape: a surname after one or two initials ("J.
 * Whitfield", "A.K. Sharma"), a sign-off's favourite form, sure on a line of its own,
 * with a listed surname or after a lead-in and flagged elsewhere; a family by its plural
 * ("the Hendersons") when the surname is listed; and a name in Latin letters before a
 * Japanese honorific (Nguyen Thi Thu さん).
 */
final class LatinNameShapes implements Detector {

	private static final Pattern FAMILY = Pattern.compile("\\b[Tt]he (?<v>(?<w>[A-Z][a-z]+)(?:e?s))\\b(?! [A-Z])");

	/**
	 * "Nomvula, my neighbour,": a name the writer explains by a relation right after it.
	 */
	private static final Pattern RELATION_AFTER = Pattern
		.compile("(?<![A-Za-z'\\-])(?<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?), "
				+ "(?:my|our|his|her|their) (?:neighbou?r|friend|colleague|husband|wife|son|daughter|mother|father|brother"
				+ "|sister|landlord|landlady|tenant|partner|classmate|flatmate|roommate|grandson|granddaughter|cousin)\\b");

	/** "Hi, it's Lindiwe.": a writer's name after it's. */
	private static final Pattern ITS = Pattern
		.compile("\\b[Ii]t's (?<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[.,!\\n]| here| again|$)");

	private static final Pattern BEFORE_HONORIFIC = Pattern
		.compile("(?<![A-Za-z])(?<v>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}) ?(?:さん|様|氏|くん|ちゃん|先生)");

	private static final Pattern INITIALLED = Pattern
		.compile("(?<![A-Za-z.])(?<v>[A-Z]\\.(?: ?[A-Z]\\.)? ?(?<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))(?![A-Za-z])");

	/**
	 * "block C. Someone": a letter that names a block, a gate or a plan ends a sentence.
	 */
	private static final Pattern DESIGNATOR_BEFORE = Pattern
		.compile("(?i:\\b(?:block|building|bldg|unit|room|section|wing|tower|gate|exit|plan|type|zone|area|class|grade"
				+ "|platform|line|route|course|stage|level|option|size|row|seat)) $");

	/** Words that end a sentence's subject, never a surname after an initial. */
	private static final Set<String> PRONOUNS = Set.of("Someone", "Somebody", "Anyone", "Anybody", "Everyone",
			"Everybody", "Nobody", "They", "We", "She", "He", "It", "There", "This", "That");

	/** 娘 Emma, 幹事 Kenta: a Latin name right after a Japanese relation or role. */
	private static final Pattern AFTER_JAPANESE_CUE = Pattern
		.compile("(?<=[\\p{IsHan}ぁ-ゖ]) ?(?<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![A-Za-z])");

	/**
	 * "WILLIAMS SARAH", "HARUTO K.": a name in capitals, as on a name tag or a bank form.
	 */
	private static final Pattern CAPITALS = Pattern
		.compile("(?<![A-Za-z])(?<v>(?<a>[A-Z]{2,})(?: (?<b>[A-Z]{2,})| (?<i>[A-Z])\\.))(?![A-Za-z])");

	@Override
	public void detect(String folded, List<Finding> out) {
		capitals(folded, out);
		Matcher family = FAMILY.matcher(folded);
		while (family.find()) {
			if (LatinWords.isSurname(family.group("w"))) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, family));
			}
		}
		for (Pattern cue : List.of(RELATION_AFTER, ITS)) {
			Matcher matcher = cue.matcher(folded);
			while (matcher.find()) {
				String name = matcher.group("v");
				String first = name.split(" ")[0];
				if (!NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(first) && !LatinWords.notLast(name)
						&& !Places.isRomajiPlace(first)) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
				}
			}
		}
		if (TextFold.isJapanese(folded)) {
			afterJapaneseCue(folded, out);
			Matcher honorific = BEFORE_HONORIFIC.matcher(folded);
			while (honorific.find()) {
				if (personBeforeHonorific(honorific.group("v"))) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, honorific));
				}
			}
		}
		if (folded.indexOf('.') < 0) {
			return;
		}
		Matcher matcher = INITIALLED.matcher(folded);
		while (matcher.find()) {
			String surname = matcher.group("w");
			if (LatinWords.notLast(surname) || Places.isRomajiPlace(surname)
					|| NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(surname) || PRONOUNS.contains(surname)
					|| DESIGNATOR_BEFORE.matcher(folded)
						.region(Math.max(0, matcher.start() - 12), matcher.start())
						.find()) {
				continue;
			}
			boolean sure = aloneOnLine(folded, matcher.start(), matcher.end()) || LatinWords.isSurname(surname)
					|| EnglishPersonCues.leadIn(folded, matcher.start());
			out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start(), matcher.end(),
					sure ? Confidence.MASKED : Confidence.FLAGGED));
		}
	}

	private static void afterJapaneseCue(String folded, List<Finding> out) {
		Matcher matcher = AFTER_JAPANESE_CUE.matcher(folded);
		// The lookbehind would be tried at every position of a Japanese post.
		boolean possible = CueGates.hasCapitalAfterJapanese(folded);
		while (possible && matcher.find()) {
			String first = matcher.group("v").split(" ")[0];
			if ((NameContext.endsWithAny(folded, matcher.start(), NameContext.ROLES)
					|| NameContext.endsWithAny(folded, matcher.start(), NameContext.RELATIONS))
					&& (LatinWords.isGiven(first) || LatinWords.isSurname(first) || LatinWords.romajiShaped(first))
					&& !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(first) && !LatinWords.notLast(matcher.group("v"))
					&& !Places.isRomajiPlace(first)) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
			}
		}
	}

	private static void capitals(String folded, List<Finding> out) {
		Matcher matcher = CAPITALS.matcher(folded);
		boolean possible = CueGates.hasTwoCapitals(folded);
		while (possible && matcher.find()) {
			String a = titleCase(matcher.group("a"));
			boolean listedA = LatinWords.isGiven(a) || LatinWords.isSurname(a);
			boolean name = (matcher.group("b") != null) ? listedA && (LatinWords.isGiven(titleCase(matcher.group("b")))
					|| LatinWords.isSurname(titleCase(matcher.group("b")))) : LatinWords.isGiven(a);
			if (name && !Places.isRomajiPlace(a)) {
				out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
			}
		}
	}

	private static String titleCase(String word) {
		return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

	/** Two or more words that are no place or firm, or one listed name. */
	private static boolean personBeforeHonorific(String name) {
		String[] words = name.split(" ");
		String last = words[words.length - 1];
		if (LatinWords.notLast(last) || Places.isRomajiPlace(last) || Places.isRomajiPlace(words[0])) {
			return false;
		}
		return words.length > 1 || LatinWords.isGiven(last) || LatinWords.isSurname(last);
	}

	private static boolean aloneOnLine(String folded, int start, int end) {
		int before = start - 1;
		while (before >= 0 && " -—―".indexOf(folded.charAt(before)) >= 0) {
			before--;
		}
		int after = end;
		while (after < folded.length() && " .".indexOf(folded.charAt(after)) >= 0) {
			after++;
		}
		return (before < 0 || folded.charAt(before) == '\n' || folded.charAt(before) == ',')
				&& (after == folded.length() || folded.charAt(after) == '\n');
	}

}
