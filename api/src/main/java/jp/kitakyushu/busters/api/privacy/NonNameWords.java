package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 31: drops English name findings that are a weekday written as a date's day (Sat,
 * Fri), a role or kin word standing for a person (Owner, Treasurer, Mum) or a common noun
 * (Website, Scam), or a place or other word that is no given name followed by a landmark
 * word (Wakato Ohashi), whatever rule took them for names.
 */
final class NonNameWords {

	/** Weekdays, short and long. */
	private static final Pattern WEEKDAY = Pattern
		.compile("(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\\.?|Wednesday|Tuesday|Thursday|Saturday");

	/**
	 * A naming cue right before a weekday-shaped word makes it a name (Her name is Thu).
	 */
	private static final Pattern NAMING_CUE = Pattern.compile("(?i)(?:name is|name's|I'm|I am|called|named|this is) $");

	/** How far before a weekday the naming cue is looked for. */
	private static final int CUE_WINDOW = 16;

	/**
	 * Roles, kin words and common nouns that stand where a name could and are none: —
	 * Owner, Derek Lim; Website says; call Mama.
	 */
	private static final Set<String> ROLES = WordLists.of("""
			owner treasurer secretary chair chairman chairperson president vice manager caretaker landlord landlady
			organizer organiser coordinator leader captain director principal teacher prof professor vet doctor nurse
			admin staff tourist resident residents neighbour neighbor people website site app scam number plate
			mum mom mama mommy mummy papa dad daddy grandma grandpa granny gran nana son daughter
			thx thanks fine ok""");

	/**
	 * Romaji words that end a landmark's name: Wakato Ohashi, Heiwa Dori, Katsuyama Koen.
	 */
	private static final Set<String> LANDMARK_ENDS = WordLists.of("""
			ohashi bashi hashi dori doori koen kouen jinja jingu gawa kawa yama dake shima jima minato eki""");

	private NonNameWords() {
	}

	static void remove(String folded, List<Finding> candidates) {
		if (TextFold.isJapanese(folded)) {
			return;
		}
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && notName(folded, finding));
	}

	private static boolean notName(String folded, Finding finding) {
		String value = finding.in(folded).strip();
		if (WEEKDAY.matcher(value).matches()) {
			String before = folded.substring(Math.max(0, finding.start() - CUE_WINDOW), finding.start());
			return !NAMING_CUE.matcher(before).find();
		}
		if (roleWord(value)) {
			return true;
		}
		String[] words = value.split(" ");
		return words.length == 2 && (Places.isRomajiPlace(words[0]) || !LatinWords.isGiven(words[0]))
				&& LANDMARK_ENDS.contains(words[1].toLowerCase(Locale.ROOT));
	}

	/** Whether a value is one role, kin or common word (Owner, Mum, Website). */
	static boolean roleWord(String value) {
		String word = value.replaceAll("[.\\s]+$", "");
		return word.matches("[A-Za-z]+") && ROLES.contains(word.toLowerCase(Locale.ROOT));
	}

}
