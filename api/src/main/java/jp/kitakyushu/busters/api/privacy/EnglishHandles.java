package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the forms an English writer gives a name without a sentence around it: an initial
 * and a surname as a handle (j. morrison, s.nakamura) after a dash or "by", a surname in
 * capitals with its given name (LIU Yang, YAMAGUCHI RYO) after a label or before と申します,
 * and a given name with a romanised place in the post's last bracket (Dean, Tobata).
 */
final class EnglishHandles {

	/** An initial, a dot and a surname, signing a post or after "by". */
	private static final Pattern HANDLE = Pattern.compile("(?:(?:^|\\n|[.!?] )[-~] ?|\\b(?i:by|from|signed):? )"
			+ "(?<v>[A-Za-z]\\. ?[A-Za-z][a-z]{2,}(?:-[A-Za-z][a-z]+)?)(?![A-Za-z@]|\\.[a-z])");

	/** A surname in capitals beside a given name, after a label that asks for a name. */
	private static final Pattern CAPITALS_LABELLED = Pattern
		.compile("\\b(?i:account holder|holder|name|applicant|tenant|owner|resident|patient|from|signed)\\b:? (?<v>"
				+ "[A-Z]{2,}(?: [A-Z][a-z]+){1,2}|[A-Z][a-z]+ [A-Z]{2,})(?![A-Za-z])");

	/** A name in capitals before と申します or です in a Japanese post. */
	private static final Pattern CAPITALS_INTRODUCED = Pattern
		.compile("(?<v>[A-Z]{2,}(?: [A-Z]{2,}){1,2})(?= ?(?:と申します|といいます|です))");

	/** A given name and a romanised place closing a post in brackets: (Dean, Tobata). */
	private static final Pattern LAST_BRACKET = Pattern
		.compile("\\((?<v>[A-Z][a-z]{2,}), (?<place>[A-Z][a-z]+)\\)\\.?\\s*$");

	private EnglishHandles() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		find(HANDLE, folded, added);
		Matcher labelled = CAPITALS_LABELLED.matcher(folded);
		while (labelled.find()) {
			// Capitals alone may be an acronym (ATM, NHK): only a word beside a given
			// name.
			added.add(Found.value(PersonalDataKind.PERSON_NAME, labelled));
		}
		find(CAPITALS_INTRODUCED, folded, added);
		Matcher bracket = LAST_BRACKET.matcher(folded);
		if (bracket.find() && Places.isRomajiPlace(bracket.group("place"))
				&& !Places.isRomajiPlace(bracket.group("v"))) {
			added.add(Found.value(PersonalDataKind.PERSON_NAME, bracket));
		}
		candidates.addAll(added);
	}

	private static void find(Pattern pattern, String folded, List<Finding> added) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			added.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
		}
	}

}
