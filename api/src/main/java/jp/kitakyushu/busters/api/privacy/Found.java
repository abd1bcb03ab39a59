package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a rule's matches into findings: the span of the match's {@code v} group (the
 * value, without the cue around it) or of the whole match, of one kind.
 */
final class Found {

	private static final String VALUE = "v";

	private Found() {
	}

	/**
	 * The value a match found, sure.
	 * @param kind what it is
	 * @param match a match with a {@code v} group that took part
	 * @return the finding over that group
	 */
	static Finding value(PersonalDataKind kind, MatchResult match) {
		return new Finding(kind, match.start(VALUE), match.end(VALUE));
	}

	/**
	 * The value a match found, as sure as the rule says.
	 * @param kind what it is
	 * @param match a match with a {@code v} group that took part
	 * @param confidence masked or flagged
	 * @return the finding over that group
	 */
	static Finding value(PersonalDataKind kind, MatchResult match, Confidence confidence) {
		return new Finding(kind, match.start(VALUE), match.end(VALUE), confidence);
	}

	/**
	 * Adds every whole match of a pattern as a sure finding.
	 * @param pattern the rule
	 * @param folded the folded text
	 * @param kind what each match is
	 * @param out where the findings go
	 */
	static void all(Pattern pattern, String folded, PersonalDataKind kind, List<Finding> out) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			out.add(new Finding(kind, matcher.start(), matcher.end()));
		}
	}

	/**
	 * Adds a name over the span unless a finding already found or added overlaps it: a
	 * later rule never splits or doubles an earlier one's value.
	 * @param candidates the findings so far
	 * @param added the findings this rule added
	 * @param start where the name starts
	 * @param end where it ends
	 */
	static void nameUnlessTaken(List<Finding> candidates, List<Finding> added, int start, int end) {
		if (candidates.stream().noneMatch((f) -> f.overlaps(start, end))
				&& added.stream().noneMatch((f) -> f.overlaps(start, end))) {
			added.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
		}
	}

	/**
	 * Adds a rule's new names to the findings after dropping those the earlier filters
	 * take for a pet, a public figure, a thing, a shop, a month or a plain word: a late
	 * rule's names must pass the same look-alike checks as the early ones'.
	 * @param folded the folded text
	 * @param candidates the findings so far
	 * @param added the names the rule found
	 */
	static void addUnlessLookAlikes(String folded, List<Finding> candidates, List<Finding> added) {
		PetNames.removePets(folded, added);
		PublicFigures.removePublicFigures(folded, added);
		ThingsNamedLikePeople.remove(folded, added);
		NonNameWords.remove(folded, added);
		QuotedShopNames.remove(folded, added);
		ShopsClubsAndStops.remove(folded, added);
		MonthDays.remove(folded, added);
		PlainWords.remove(folded, added);
		candidates.addAll(added);
	}

	/**
	 * Widens the findings of one kind from {@code from} on over a link's scheme written
	 * right before them (tel:, mailto:): the scheme tells what the value is as surely as
	 * the value does, and a reader sees it as part of it.
	 * @param folded the folded text
	 * @param out the findings
	 * @param from the first finding to look at
	 * @param kind the kind to widen
	 * @param scheme the scheme in lower case
	 */
	static void widenOverPrefix(String folded, List<Finding> out, int from, PersonalDataKind kind, String scheme) {
		for (int i = from; i < out.size(); i++) {
			Finding finding = out.get(i);
			int start = finding.start() - scheme.length();
			if (finding.kind() == kind && start >= 0 && folded.regionMatches(true, start, scheme, 0, scheme.length())) {
				out.set(i, finding.over(start, finding.end()));
			}
		}
	}

}
