package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops one-word Latin "names" that are places or firms by their context: a word after
 * "visit from" or "moved from" (a city), a word ending with a romanised town's suffix
 * (Midorigaoka, Sakaimachi), and a word after "partner with" or "companies like" (a
 * firm).
 *
 * <p>
 * A listed given name stays a person's: "a visit from Emma" names her.
 */
final class PlacesFirmsAndNamesakes {

	/** Coming from somewhere: what follows is a place. */
	private static final Pattern FROM_BEFORE = Pattern
		.compile("\\b(?i:visits?|visiting|visited|comes?|came|coming|moved|moving|flew|flying|fly|travel(?:s|led|ling)?"
				+ "|returned|relocated|emigrated|immigrated) from $");

	/** Working with a firm: what follows is a company. */
	private static final Pattern FIRM_BEFORE = Pattern
		.compile("\\b(?i:partner(?:s|ed|ing)? with|team(?:s|ed)? up with|companies like|firms like|brands like"
				+ "|makers like|manufacturers like|sponsored by) $");

	/**
	 * Suffixes of romanised towns and estates: -gaoka (hill), -machi (town), -mura
	 * (village).
	 */
	/** A capitalised Latin word, the only form a one-word place or firm takes here. */
	private static final Pattern ONE_LATIN_WORD = Pattern.compile("[A-Z][a-z]{2,20}");

	private static final Pattern TOWN_SUFFIX = Pattern.compile("[A-Z][a-z]{2,}(?:gaoka|machi|mura|danchi)");

	private PlacesFirmsAndNamesakes() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && notAPerson(folded, finding));
	}

	private static boolean notAPerson(String folded, Finding finding) {
		String word = finding.in(folded);
		if (!ONE_LATIN_WORD.matcher(word).matches() || LatinWords.isGiven(word)) {
			return false;
		}
		if (TOWN_SUFFIX.matcher(word).matches() && !LatinWords.isSurname(word)) {
			return true;
		}
		String before = folded.substring(Math.max(0, finding.start() - 24), finding.start());
		return FROM_BEFORE.matcher(before).find() || FIRM_BEFORE.matcher(before).find();
	}

}
