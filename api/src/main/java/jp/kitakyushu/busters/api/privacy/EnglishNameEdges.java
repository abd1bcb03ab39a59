package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Latin-script names at the edges of what other rules found or in places that
 * announce a person: a surname in capitals before a found given name (LEE ［氏名］), a
 * surname after a name and its nickname in quotes (… "Bo" Larsen), a full name before the
 * phone it leaves (Ann Kowalczyk, tel …), and given names in lower case joined by "and"
 * after "with" (with taro and emi).
 */
final class EnglishNameEdges {

	/** A word in capitals, then one space; a found name follows. */
	private static final Pattern CAPITALS_BEFORE = Pattern.compile("(?<![A-Za-z])(?<v>[A-Z]{2,10}) $");

	/** Acronyms that stand before names without being one. */
	private static final Pattern ACRONYM = Pattern.compile(
			"^(?:NPO|ATM|JR|ALT|PTA|NHK|TV|OK|SNS|LINE|ID|NG|PC|DM|PS|FAQ|URL|HP|AM|PM|MR|MRS|MS|DR|TEL|FAX|ATTN)$");

	/** A nickname in quotes closing a found name, then the surname. */
	private static final Pattern AFTER_NICKNAME = Pattern
		.compile("^[\"”'] (?<v>[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?)(?![A-Za-z])");

	/** Two capitalised words, a comma, then the phone or e-mail they leave. */
	private static final Pattern BEFORE_CONTACT = Pattern.compile("(?<![A-Za-z] ?)(?<a>[A-Z][a-z]{1,15}) "
			+ "(?<b>[A-Z][a-z]{1,15}(?:-[A-Z][a-z]{1,15})?), (?i:tel\\.?|phone|mobile|cell|call|e-?mail)\\b");

	/** Two lower-case words joined by "and" after "with": with taro and emi. */
	private static final Pattern LOWER_PAIR = Pattern
		.compile("\\b(?i:with) (?<a>[a-z]{3,10}) and (?<b>[a-z]{3,10})\\b");

	private EnglishNameEdges() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		for (Finding name : candidates) {
			if (name.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			Matcher capitals = CAPITALS_BEFORE.matcher(folded.substring(Math.max(0, name.start() - 12), name.start()));
			if (capitals.find() && !ACRONYM.matcher(capitals.group("v")).matches()
					&& !Places.isRomajiPlace(capitals.group("v"))) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, name.start() - capitals.group().length(),
						name.start() - 1, name.confidence()));
			}
			if (name.start() > 0 && "\"“'".indexOf(folded.charAt(name.start() - 1)) >= 0) {
				Matcher surname = AFTER_NICKNAME.matcher(folded).region(name.end(), folded.length());
				if (surname.lookingAt() && !LatinWords.notLast(surname.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, surname));
				}
			}
		}
		if (!TextFold.isJapanese(folded)) {
			Matcher contact = BEFORE_CONTACT.matcher(folded);
			while (contact.find()) {
				if (!LatinWords.notLast(contact.group("a")) && !LatinWords.notLast(contact.group("b"))
						&& !Places.isRomajiPlace(contact.group("a")) && !Places.isRomajiPlace(contact.group("b"))) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, contact.start("a"), contact.end("b")));
				}
			}
			Matcher pair = LOWER_PAIR.matcher(folded);
			while (pair.find()) {
				if (given(pair.group("a")) && given(pair.group("b"))) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, pair.start("a"), pair.end("a")));
					added.add(new Finding(PersonalDataKind.PERSON_NAME, pair.start("b"), pair.end("b")));
				}
			}
		}
		candidates.addAll(added);
	}

	private static boolean given(String lower) {
		String capitalised = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
		return LatinWords.isGiven(capitalised) || DictionaryNames.romajiGivenName(lower);
	}

}
