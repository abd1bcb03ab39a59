package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Finds telephone and fax numbers: Japanese landline, mobile and toll-free numbers in
 * their usual spellings, +81 and other international forms, North American forms, and any
 * digit run introduced by a word such as 電話 or "phone".
 *
 * <p>
 * All phone numbers are redacted, the city's own public numbers included: telling a
 * public office's number from a private one is guesswork, and the office's number can be
 * read from its own site.
 */
final class PhoneDetector implements Detector {

	/** Not inside another number; a slash counts only after a digit (POCHI/090-…). */
	private static final String NOT_AFTER = "(?<![\\d+\\-.,]|\\d/)";

	private static final String NOT_BEFORE = "(?![\\d\\-]|[.,/]\\d)";

	/** Japanese numbers start with 0 and have 10 digits (11 for mobile and IP). */
	private static final PatternRule DOMESTIC = PatternRule
		.of(NOT_AFTER + "(?<v>" + "\\(0\\d{1,4}\\) ?\\d{1,4}[- ]?\\d{3,4}" + "|0\\d{1,4} ?\\(\\d{1,4}\\) ?\\d{3,4}"
				+ "|0\\d{1,4}(?<s>[- .・･/])\\d{1,4}\\k<s>\\d{3,4}" + "|0\\d{1,4}-\\d{1,4} \\d{3,4}" + "|0\\d{9,10})"
				+ NOT_BEFORE, (match) -> {
					int digits = PatternRule.digitCount(match.group("v"));
					return digits == 10 || digits == 11;
				})
		.startingAt(StartSet.anyOf("(0"));

	/** +81 93-123-4567, +81 (0)90 1234 5678, +1 555 010 0123, +44 20 7946 0000. */
	private static final PatternRule INTERNATIONAL = PatternRule.of(NOT_AFTER
			+ "(?<v>(?:\\+|00(?=[1-9]))\\d{1,3}[ -]?(?:\\(0\\)[ -]?)?\\(?\\d{1,4}\\)?(?:[ .\\-]?\\d{2,4}){1,4})"
			+ NOT_BEFORE, (match) -> {
				int digits = PatternRule.digitCount(match.group("v"));
				// 00 and a country's code, then a whole national number: 0081 90….
				int fewest = match.group("v").startsWith("00") ? 11 : 8;
				return digits >= fewest && digits <= 15;
			})
		.startingAt(StartSet.anyOf("+0"));

	/**
	 * (555) 010-0123, 555-010-0123, 555.010.0123: separators required, spaces too weak.
	 */
	private static final PatternRule NORTH_AMERICAN = PatternRule
		.of(NOT_AFTER + "(?<v>\\(\\d{3}\\) ?\\d{3}[-.]\\d{4}|\\d{3}(?<s>[-.])\\d{3}\\k<s>\\d{4})" + NOT_BEFORE)
		.startingAt(StartSet.anyOf("(").or(StartSet.runOf(StartSet.DIGIT)));

	/**
	 * Anything that looks dialable right after a word that says it is a number
	 * (tel.093…).
	 */
	private static final PatternRule INTRODUCED = PatternRule
		.of("(?i:\\b(?:telephone|tel\\.?|cellphone|cell|mobile(?: phone)?|phone|fax)"
				+ "(?: ?(?:no\\.?|number|#))?|電話(?:番号)?|携帯(?:電話)?(?:番号)?|ファッ?クス(?:番号)?|連絡先)"
				+ " ?(?:[:：]|は|is)? ?(?<v>\\+?[\\d(][\\d() \\-]{5,18}\\d)" + NOT_BEFORE, PhoneDetector::plausibleLength)
		.startingAt(StartSet.anyOf("tTpPfFmMcC電携連フ"))
		.onlyWith("tel", "Tel", "TEL", "phone", "Phone", "PHONE", "fax", "Fax", "FAX", "mobile", "Mobile", "cell",
				"Cell", "電話", "携帯", "ファックス", "ファクス", "連絡先");

	private static final List<PatternRule> RULES = List.of(DOMESTIC, INTERNATIONAL, NORTH_AMERICAN, INTRODUCED);

	private static boolean plausibleLength(MatchResult match) {
		int digits = PatternRule.digitCount(match.group("v"));
		return digits >= 7 && digits <= 15;
	}

	@Override
	public void detect(String folded, List<Finding> out) {
		int from = out.size();
		SpelledPhones.detect(folded, out);
		if (hasEnoughDigits(folded)) {
			for (PatternRule rule : RULES) {
				rule.findAll(folded, PersonalDataKind.PHONE, out);
			}
		}
		SpelledPhones.extend(folded, out, from);
		Found.widenOverPrefix(folded, out, from, PersonalDataKind.PHONE, "tel:");
	}

	/**
	 * Most public fields have too few digits for any phone number; skip the patterns
	 * then.
	 */
	private static boolean hasEnoughDigits(String folded) {
		int digits = 0;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= '0' && c <= '9') {
				if (++digits >= 7) {
					return true;
				}
			}
		}
		return false;
	}

}
