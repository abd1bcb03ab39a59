package jp.kitakyushu.busters.api.privacy;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates of birth that a birth word announces from further off than the detector's
 * own rules reach (a date written day first, with an ordinal, or an era with dots, in the
 * words after "DOB", "birthday" or "born"), and a full date right after a person's name
 * and a comma.
 */
final class BirthDatesNearCues {

	/** A birth word; the date it announces may come a clause or a sentence later. */
	private static final Pattern CUE = Pattern
		.compile("(?i:\\bD\\.?O\\.?B\\b|\\bdate of birth|\\bbirth ?date|\\bbirthday|\\bborn\\b)|生年月日|誕生日");

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
			+ "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

	/**
	 * Day first (23/11/2012, 3.7.2019), year first (1996/12/04), with an ordinal (30th of
	 * June 2017), an era with dots (Heisei 9.10.3, H.3.7.21), or an era's year and then
	 * the month in words (Showa 22, May 3; Heisei 8 (1996), on the 17th of August).
	 */
	private static final Pattern DATE = Pattern.compile("(?<![0-9/.\\-])(?:"
			+ "[0-9]{1,2}(?<s1>[/.\\-])[0-9]{1,2}\\k<s1>(?<y1>(?:19|20)[0-9]{2})"
			+ "|(?<y2>(?:19|20)[0-9]{2})(?<s2>[/.\\-])[0-9]{1,2}\\k<s2>[0-9]{1,2}"
			+ "|[0-9]{1,2}(?:st|nd|rd|th)(?: of)? " + MONTH + ",? (?<y3>(?:19|20)[0-9]{2})" + "|" + MONTH
			+ " [0-9]{1,2}(?:st|nd|rd|th),? (?<y4>(?:19|20)[0-9]{2})"
			+ "|(?:Meiji|Taisho|Showa|Heisei|Reiwa) [0-9]{1,2}(?: \\((?:18|19|20)[0-9]{2}\\))?, (?:on )?(?:(?:the )?[0-9]{1,2}"
			+ "(?:st|nd|rd|th)? of " + MONTH + "|" + MONTH + " [0-9]{1,2}(?:st|nd|rd|th)?)"
			+ "|(?:Meiji|Taisho|Showa|Heisei|Reiwa) ?[0-9]{1,2}(?<s5>[./])[0-9]{1,2}\\k<s5>[0-9]{1,2}"
			+ "|(?<![A-Za-z])[MTSHR]\\. ?[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{1,2})(?![0-9]|[/.\\-][0-9])");

	/** How far after a birth word its date may stand. */
	private static final int REACH = 70;

	/** A full date after a name and a comma: applicant Ann Lee, 1996/12/04. */
	private static final Pattern AFTER_NAME = Pattern.compile("^, ?(?:born |DOB:? )?(?<v>"
			+ "(?:19|20)[0-9]{2}(?<a>[/.\\-])[0-9]{1,2}\\k<a>[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/(?:19|20)[0-9]{2}"
			+ "|(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日)(?![0-9])");

	/**
	 * A date after a name is someone's birth only if it is at least this many years back.
	 */
	private static final int YEARS_BACK = 10;

	private BirthDatesNearCues() {
	}

	static void add(String folded, List<Finding> candidates) {
		// An era date may have two digits only: Showa 5, May 3.
		if (PatternRule.digitCount(folded) < 2) {
			return;
		}
		int thisYear = Year.now().getValue();
		List<Finding> found = new java.util.ArrayList<>();
		Matcher cue = CUE.matcher(folded);
		int from = 0;
		while (cue.find()) {
			int start = Math.max(cue.end(), from);
			Matcher date = DATE.matcher(folded).region(start, Math.min(folded.length(), cue.end() + REACH));
			if (date.find() && !between(folded, cue.end(), date.start()).contains("dated")) {
				int year = year(date);
				if (year == 0 || year <= thisYear) {
					found.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, date.start(), date.end()));
					from = date.end();
				}
			}
		}
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.PERSON_NAME) {
				Matcher date = AFTER_NAME.matcher(folded).region(finding.end(), folded.length());
				if (date.lookingAt()) {
					int year = Integer
						.parseInt(date.group("v").replaceAll("^[0-9]{1,2}/[0-9]{1,2}/", "").substring(0, 4));
					if (year <= thisYear - YEARS_BACK) {
						found.add(Found.value(PersonalDataKind.DATE_OF_BIRTH, date));
					}
				}
			}
		}
		candidates.addAll(found);
	}

	private static String between(String folded, int start, int end) {
		return folded.substring(start, end);
	}

	/** The western year of a date, or 0 for an era's. */
	private static int year(Matcher date) {
		for (String group : new String[] { "y1", "y2", "y3", "y4" }) {
			if (date.group(group) != null) {
				return Integer.parseInt(date.group(group));
			}
		}
		return 0;
	}

}
