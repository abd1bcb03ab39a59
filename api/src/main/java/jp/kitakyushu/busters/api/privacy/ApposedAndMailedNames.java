package jp.kitakyushu.busters.api.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English names by what stands beside them rather than before them: a name opening
 * a sentence with "my son", "my 9-year-old" after its comma, a listed given name someone
 * is asked to check on, a word that is also the first part of the post's e-mail, a
 * surname after a given name found and before a comma, a name signing a line before a
 * dash and a phone; and drops an unknown word before "from the", which is a thing there
 * (Noise from the stage).
 */
final class ApposedAndMailedNames {

	/** A name, its comma and who the person is to the writer. */
	private static final Pattern APPOSED = Pattern.compile("(?:^|[.!?]\\s+|\\n)(?<v>[A-Z][a-z]{2,12}), (?:my|our) "
			+ "(?:[0-9]{1,2}[- ]year[- ]old|little|eldest|youngest|oldest|son|daughter|boy|girl|kid|child|husband|wife"
			+ "|mother|father|mum|mom|dad|grand(?:son|daughter|mother|father)|neighbou?r|brother|sister|friend|tenant)\\b"
			+ "(?!['’]s)");

	/** Words opening a sentence before a comma that greet or answer, no name. */
	private static final Set<String> GREETINGS = Set.of("Hey", "Hi", "Hello", "Yes", "No", "Oh", "Well", "Sorry",
			"Please", "Thanks", "Also", "Sadly", "Today", "Yesterday", "Recently", "Again", "Unfortunately");

	/** Someone to look in on, before a question or a stop. */
	private static final Pattern CHECK_ON = Pattern.compile(
			"\\b(?i:check on|check in on|look in on|looking in on|checked on|worried about|haven't seen|have not seen"
					+ "|hasn't seen|visit|find) (?<v>[A-Z][a-z]{2,12})(?=[?.,!]| (?:today|again|soon|please)\\b)");

	/** A given name found, then one capitalised word before a comma or a stop. */
	private static final Pattern SURNAME_AFTER = Pattern.compile("\\G (?<v>[A-Z][a-z]{1,14})(?=[,;]|\\.(?:\\s|$))");

	private static final Pattern CALENDAR = Pattern
		.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
				+ "|September|October|November|December|Today|Tomorrow|Yesterday|Please|Thanks|Thank");

	/** A name opening a line before a dash and a phone. */
	private static final Pattern DASH_SIGNATURE = Pattern.compile("(?:^|\\n)(?<v>[A-Z][a-z]{2,12}) [-–—] $");

	private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]{2,14}\\b");

	/** An unknown subject before "from the": a thing coming from a place. */
	private static final Pattern FROM_THE = Pattern.compile("\\G from the\\b");

	private ApposedAndMailedNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			return;
		}
		dropThingsFromPlaces(folded, candidates);
		if (folded.contains(", my ") || folded.contains(", our ")) {
			named(APPOSED, folded, candidates, false);
		}
		named(CHECK_ON, folded, candidates, true);
		Set<String> mailParts = new HashSet<>();
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() == PersonalDataKind.EMAIL) {
				String local = finding.in(folded).toLowerCase(Locale.ROOT).split("@| at ", 2)[0];
				for (String part : local.split("[._\\-+]| dot |[0-9]+")) {
					if (part.length() >= 3 && part.chars().allMatch(Character::isLetter)) {
						mailParts.add(part);
					}
				}
			}
			else if (finding.kind() == PersonalDataKind.PHONE) {
				Matcher dash = DASH_SIGNATURE.matcher(folded)
					.region(Math.max(0, finding.start() - 16), finding.start());
				if (dash.find() && ordinaryName(dash.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, dash));
				}
			}
			else if (finding.kind() == PersonalDataKind.PERSON_NAME && givenAlone(finding.in(folded))) {
				Matcher surname = SURNAME_AFTER.matcher(folded).region(finding.end(), folded.length());
				if (surname.lookingAt()
						&& (ordinaryName(surname.group("v")) || LatinWords.isSurname(surname.group("v")))
						&& !CALENDAR.matcher(surname.group("v")).matches()) {
					candidates.add(new Finding(PersonalDataKind.PERSON_NAME, finding.start(), surname.end("v"),
							finding.confidence()));
				}
			}
		}
		if (!mailParts.isEmpty()) {
			mailedNames(folded, mailParts, candidates);
		}
	}

	/**
	 * A capitalised word that spells a part of the post's e-mail is its writer's name.
	 */
	private static void mailedNames(String folded, Set<String> mailParts, List<Finding> candidates) {
		Matcher word = CAPITALISED.matcher(folded);
		while (word.find()) {
			if (mailParts.contains(word.group().toLowerCase(Locale.ROOT)) && ordinaryName(word.group())
					&& listed(word.group())) {
				candidates.add(new Finding(PersonalDataKind.PERSON_NAME, word.start(), word.end()));
			}
		}
	}

	private static void named(Pattern pattern, String folded, List<Finding> candidates, boolean listed) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			String word = matcher.group("v");
			Finding found = Found.value(PersonalDataKind.PERSON_NAME, matcher);
			if (ordinaryName(word) && !GREETINGS.contains(word) && (!listed || listed(word))
					&& !PetNames.isPet(folded, found)) {
				candidates.add(found);
			}
		}
	}

	/** One given name, or a hyphenated one (Ji-ho), alone. */
	private static boolean givenAlone(String name) {
		return name.matches("[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?") && (name.indexOf('-') > 0 || LatinWords.isGiven(name));
	}

	/** A given name or surname the lists know, in English or in romaji. */
	private static boolean listed(String word) {
		return LatinWords.isGiven(word) || LatinWords.isSurname(word) || DictionaryNames.romajiSurname(word)
				|| DictionaryNames.romajiGivenName(word);
	}

	private static boolean ordinaryName(String word) {
		return !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word) && !LatinWords.notLast(word)
				&& !Places.isRomajiPlace(word);
	}

	/** Drops a flagged, unlisted word opening a sentence before "from the". */
	private static void dropThingsFromPlaces(String folded, List<Finding> candidates) {
		if (!folded.contains(" from the")) {
			return;
		}
		candidates.removeIf((finding) -> {
			if (finding.kind() != PersonalDataKind.PERSON_NAME || !finding.flagged()
					|| !FROM_THE.matcher(folded).region(finding.end(), folded.length()).lookingAt()) {
				return false;
			}
			String word = finding.in(folded);
			return !word.contains(" ") && EnglishPersonCues.startsSentence(folded, finding.start()) && !listed(word);
		});
	}

}
