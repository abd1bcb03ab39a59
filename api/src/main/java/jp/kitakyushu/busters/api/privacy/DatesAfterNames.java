package jp.kitakyushu.busters.api.privacy;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full date with its year written right after a found name, in brackets or after a
 * slash, comma or space (父［氏名］（1940-12-03）, 世帯主 ［氏名］／1983.3.21, [name] (5/23/1972),
 * [name], 12 Feb 1979), is that person's birth date: people write a person's birth date
 * there, and a date of something else after a name comes with a word saying what
 * happened. Dates of this year (in Japan) or later are left alone, since they are seldom
 * birth dates (a report's date after its sender's name).
 */
final class DatesAfterNames {

	/** The platform's calendar: Japan's, whatever the server's zone. */
	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final String MONTH = "(?:0?[1-9]|1[0-2])";

	private static final String DAY = "(?:0?[1-9]|[12][0-9]|3[01])";

	private static final String YEAR = "(?<y%d>(?:19|20)[0-9]{2})";

	private static final String ENGLISH_MONTH = "(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

	/** The dates taken, each with its year in {@code y} or an era in {@code era}. */
	private static final String DATE = "(?:" + YEAR.formatted(1) + "[-/.・]" + MONTH + "[-/.・]" + DAY + "(?![0-9])" + "|"
			+ YEAR.formatted(2) + "年" + MONTH + "月" + DAY + "日" + "|(?<era>昭和|平成|令和|大正|[SHRT])(?<n>[0-9]{1,2}|元)[./年・]"
			+ MONTH + "[./月・]" + DAY + "日?(?![0-9])" + "|" + MONTH + "[/-]" + DAY + "[/-]" + YEAR.formatted(3) + "|"
			+ DAY + "(?:st|nd|rd|th)?(?: of)? " + ENGLISH_MONTH + ",? " + YEAR.formatted(4) + "|" + ENGLISH_MONTH + " "
			+ DAY + "(?:st|nd|rd|th)?,? " + YEAR.formatted(5) + ")";

	private static final int YEAR_GROUPS = 5;

	/**
	 * Right after the name: an honorific, then an opening bracket, a slash, a comma or
	 * spaces, then the date.
	 */
	private static final Pattern DATE_AFTER_NAME = Pattern
		.compile("(?:さん|様|さま|くん|ちゃん|氏)?(?:[ ]*[（(／/][ ]*|[ ]*[,、][ ]*|[ ]+)(?<v>" + DATE + ")");

	private DatesAfterNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		Matcher date = DATE_AFTER_NAME.matcher(folded);
		for (Finding found : candidates) {
			if (found.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			date.region(found.end(), folded.length());
			if (date.lookingAt() && past(date)) {
				added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, date.start("v"), date.end("v")));
			}
		}
		candidates.addAll(added);
	}

	/**
	 * Whether the date's year is before this one: any Showa, Heisei or Taisho year is.
	 */
	private static boolean past(Matcher date) {
		int latest = Year.now(JAPAN).getValue() - 1;
		for (int i = 1; i <= YEAR_GROUPS; i++) {
			String year = date.group("y" + i);
			if (year != null) {
				return Integer.parseInt(year) <= latest;
			}
		}
		String era = date.group("era");
		if (era.equals("令和") || era.equals("R")) {
			String n = date.group("n");
			// Reiwa 1 is 2019.
			return n.equals("元") || 2018 + Integer.parseInt(n) <= latest;
		}
		return true;
	}

}
