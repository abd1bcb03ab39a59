package jp.kitakyushu.busters.api.privacy;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the other full dates of a post that already gives a date of birth (a correction,
 * a second child, a parent): in a post about birth dates, a full date some years back is
 * one more birth date, while the dates of events (this year's or last year's) stay
 * visible.
 */
final class OtherBirthDates {

	/**
	 * The numeric form's separators are matched by name: a number would count the named
	 * groups.
	 */
	private static final Pattern DATE = Pattern
		.compile("(?<![\\d\\-/.])(?:(?<era>明治|大正|昭和|平成|令和) ?(?<eraYear>\\d{1,2}|元)"
				+ "|(?<year>\\d{4}) ?)年 ?\\d{1,2} ?月 ?\\d{1,2} ?日"
				+ "|(?<![\\d\\-/.])(?<numYear>\\d{4})(?<ns>[\\-/.])\\d{1,2}\\k<ns>\\d{1,2}(?![\\d])"
				+ "|\\b\\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October"
				+ "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?,? (?<enYear>\\d{4})\\b"
				+ "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
				+ "|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.? \\d{1,2}(?:st|nd|rd|th)?,? (?<enYear2>\\d{4})\\b");

	/** A date at least this many years back is no event a post reports. */
	private static final int YEARS_BACK = 2;

	/**
	 * A post that talks of a birth date without one next to the word (生年月日を入力する欄で…
	 * 1948年11月2日と入れても): a full date this many years back is a person's birth, not an
	 * event.
	 */
	private static final int YEARS_BACK_IN_BIRTH_TALK = 15;

	private static final Pattern BIRTH_TALK = Pattern
		.compile("生年月日|出生日|誕生日|(?i:date of birth|birth ?date|birthday|\\bDOB\\b)");

	/** The Japanese words of {@link #BIRTH_TALK}. */
	private static final List<String> BIRTH_WORDS = List.of("生年月日", "出生日", "誕生日");

	private OtherBirthDates() {
	}

	/**
	 * Adds the older full dates of a text in which a date of birth was found, or which
	 * talks of one.
	 * @param folded the folded text
	 * @param out the findings so far, dates of birth among them
	 */
	static void find(String folded, List<Finding> out) {
		List<Finding> births = out.stream()
			.filter((finding) -> finding.kind() == PersonalDataKind.DATE_OF_BIRTH)
			.toList();
		int yearsBack = YEARS_BACK;
		if (births.isEmpty()) {
			if (!talksOfBirth(folded)) {
				return;
			}
			yearsBack = YEARS_BACK_IN_BIRTH_TALK;
		}
		int latest = Year.now().getValue() - yearsBack;
		Matcher matcher = DATE.matcher(folded);
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			boolean known = births.stream().anyMatch((birth) -> birth.overlaps(start, end));
			int year = year(matcher);
			if (!known && year > 0 && year <= latest) {
				out.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, start, end));
			}
		}
	}

	/**
	 * {@link #BIRTH_TALK}, tried only on a text with one of its words or the letters of
	 * "birth" or "DOB": most texts have no date of birth, and the regex would try every
	 * position of each.
	 */
	private static boolean talksOfBirth(String folded) {
		boolean cue = CueGates.containsAny(folded, BIRTH_WORDS) || CueGates.containsIgnoreCase(folded, "birth")
				|| CueGates.containsIgnoreCase(folded, "dob");
		return cue && BIRTH_TALK.matcher(folded).find();
	}

	private static int year(Matcher matcher) {
		if (matcher.group("era") != null) {
			String eraYear = matcher.group("eraYear");
			int number = eraYear.equals("元") ? 1 : Integer.parseInt(eraYear);
			return switch (matcher.group("era")) {
				case "明治" -> 1867 + number;
				case "大正" -> 1911 + number;
				case "昭和" -> 1925 + number;
				case "平成" -> 1988 + number;
				default -> 2018 + number;
			};
		}
		for (String group : List.of("year", "numYear", "enYear", "enYear2")) {
			if (matcher.group(group) != null) {
				return Integer.parseInt(matcher.group(group));
			}
		}
		return -1;
	}

}
