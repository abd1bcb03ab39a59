package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One precompiled pattern whose group {@code v} (or whole match, when it has none) is a
 * finding, optionally vetted by a predicate that regexes cannot express well (digit
 * counts, stop-lists).
 *
 * <p>
 * Patterns are written so that each start position costs a bounded amount of work: every
 * repetition is bounded or possessive and every pattern starts with a literal or a
 * negative lookbehind, because these run on every public field and a catastrophic
 * backtrack would stall a list page.
 */
final class PatternRule {

	private static final String VALUE_GROUP = "v";

	private final Pattern pattern;

	private final boolean hasValueGroup;

	private final Vetter vetter;

	private PatternRule(Pattern pattern, Vetter vetter) {
		this.pattern = pattern;
		this.hasValueGroup = pattern.namedGroups().containsKey(VALUE_GROUP);
		this.vetter = vetter;
	}

	static PatternRule of(String regex) {
		return new PatternRule(Pattern.compile(regex), (match) -> 0);
	}

	static PatternRule of(String regex, Predicate<MatchResult> accept) {
		return new PatternRule(Pattern.compile(regex), (match) -> accept.test(match) ? 0 : -1);
	}

	static PatternRule trimming(String regex, Vetter vetter) {
		return new PatternRule(Pattern.compile(regex), vetter);
	}

	void findAll(String folded, PersonalDataKind kind, List<Finding> out) {
		Matcher matcher = this.pattern.matcher(folded);
		int from = 0;
		while (from < folded.length() && matcher.find(from)) {
			int start = this.hasValueGroup ? matcher.start(VALUE_GROUP) : matcher.start();
			int end = this.hasValueGroup ? matcher.end(VALUE_GROUP) : matcher.end();
			int keepFrom = (start >= 0 && end > start) ? this.vetter.keepFrom(matcher) : -1;
			if (keepFrom >= 0 && start + keepFrom < end) {
				out.add(new Finding(kind, start + keepFrom, end));
				from = Math.max(matcher.end(), matcher.start() + 1);
			}
			else {
				// A rejected candidate must not hide a good one that starts inside it
				// (職員山田さん: the run from 職 is rejected, the one from 山 is not).
				from = matcher.start() + 1;
			}
		}
	}

	/**
	 * Decides on a candidate, and may drop leading context from it.
	 */
	@FunctionalInterface
	interface Vetter {

		/**
		 * How many leading chars of the candidate are context rather than personal data.
		 * @param match the candidate match
		 * @return chars to drop from the start of the candidate, or -1 to reject it
		 */
		int keepFrom(MatchResult match);

	}

	static int digitCount(CharSequence text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				count++;
			}
		}
		return count;
	}

}
