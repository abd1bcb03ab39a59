package jp.kitakyushu.busters.api.privacy;

import java.time.Year;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates of birth in the notations the date rules leave out: a date written in
 * hiragana (2025ねん 9がつ 30にち うまれ), any full date in the same sentence as a birthday's word
 * ("her birthday … is 2019/05/12"), and the same date repeated in brackets right after a
 * date of birth found (… (12 May)).
 */
final class SpelledBirthDates {

	private static final Pattern KANA_DATE = Pattern
		.compile("(?<v>(?:\\d{4}|(?:へいせい|れいわ|しょうわ|平成|令和|昭和) ?\\d{1,2}) ?(?:ねん|年) ?"
				+ "\\d{1,2} ?(?:がつ|月) ?\\d{1,2} ?(?:にち|日))(?= ?(?:うまれ|生まれ|生(?![一-龯])|の うまれ|に うまれ|にうまれ))");

	private static final Pattern BIRTHDAY_WORD = Pattern
		.compile("(?i:birthday|birth date|date of birth|\\bdob\\b|\\bd\\.o\\.b\\.?)|誕生日|たんじょうび|生年月日");

	private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

	private static final Pattern FULL_DATE = Pattern
		.compile("(?<![\\d/.\\-])(?:(?:19|20)\\d{2}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}"
				+ "|\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)? " + MONTH + ",? (?:19|20)\\d{2}|"
				+ MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\\d{2})(?![\\d/.\\-])");

	/** The same date again in brackets: (12 May), (2019年5月12日). */
	private static final Pattern REPEATED = Pattern.compile("\\G ?[(（](?<v>[^()（）\\n]{3,20})[)）]");

	private static final Pattern DATE_LIKE = Pattern
		.compile("\\d{1,2} ?" + MONTH + "|" + MONTH + " ?\\d{1,2}|\\d{1,4}[年月日/.\\-]");

	/** A birthday celebrated rather than a person's date of birth. */
	private static final Pattern EVENT = Pattern
		.compile("(?i:party|anniversary|celebrat|festival|event|city's|company's|school's|town's)|記念|周年|祭|イベント|パーティー");

	/** How far a birthday's word reaches for its date. */
	private static final int CLAUSE = 80;

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private SpelledBirthDates() {
	}

	private static int year(String date) {
		Matcher year = YEAR.matcher(date);
		return year.find() ? Integer.parseInt(year.group()) : 0;
	}

	static void add(String folded, List<Finding> candidates) {
		if (folded.chars().noneMatch((c) -> c >= '0' && c <= '9')) {
			return;
		}
		if (folded.contains("ねん") || folded.contains("年")) {
			Matcher kana = KANA_DATE.matcher(folded);
			while (kana.find()) {
				candidates.add(Found.value(PersonalDataKind.DATE_OF_BIRTH, kana));
			}
		}
		Matcher word = BIRTHDAY_WORD.matcher(folded);
		while (word.find()) {
			// The date the birthday's word introduces, in the rest of its sentence and
			// no further than a short clause: bounded, so no input makes this quadratic.
			int end = word.end();
			int limit = Math.min(folded.length(), word.end() + CLAUSE);
			while (end < limit && ".!?\n。;".indexOf(folded.charAt(end)) < 0) {
				end++;
			}
			String sentence = folded.substring(Math.max(0, word.start() - CLAUSE), end);
			if (EVENT.matcher(sentence).find()) {
				continue;
			}
			Matcher date = FULL_DATE.matcher(folded);
			date.region(word.end(), end);
			while (date.find()) {
				// A birth is past: a later year is a celebration's date, not a birthday.
				if (year(date.group()) <= Year.now().getValue()) {
					candidates.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, date.start(), date.end()));
				}
			}
		}
		int size = candidates.size();
		for (int i = 0; i < size; i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.DATE_OF_BIRTH || finding.end() >= folded.length()) {
				continue;
			}
			Matcher repeated = REPEATED.matcher(folded);
			repeated.region(finding.end(), folded.length());
			if (repeated.lookingAt() && DATE_LIKE.matcher(repeated.group("v")).find()) {
				candidates.add(Found.value(PersonalDataKind.DATE_OF_BIRTH, repeated));
			}
		}
	}

}
