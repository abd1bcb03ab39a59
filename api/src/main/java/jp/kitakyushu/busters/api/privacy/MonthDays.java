package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a month's short name with its day visible (Jan 18, 3 Sept): capitalised and
 * short, it looks like a given name (Jan, May) to the lists and the model, but a day
 * beside it makes it a date.
 */
final class MonthDays {

	private static final Pattern MONTH = Pattern.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
			+ "|January|February|March|April|June|July|August|September|October|November|December");

	private static final Pattern DAY_AFTER = Pattern.compile("^\\.? \\d{1,2}(?:st|nd|rd|th)?(?!\\d)");

	private static final Pattern DAY_BEFORE = Pattern.compile("(?<!\\d)\\d{1,2}(?:st|nd|rd|th)? (?:of )?$");

	private MonthDays() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME
				&& MONTH.matcher(finding.in(folded)).matches()
				&& (DAY_AFTER.matcher(folded).region(finding.end(), Math.min(folded.length(), finding.end() + 6)).find()
						|| DAY_BEFORE.matcher(folded)
							.region(Math.max(0, finding.start() - 8), finding.start())
							.find()));
	}

}
