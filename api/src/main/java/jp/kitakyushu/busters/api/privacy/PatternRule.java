package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One precompiled pattern whose group {@code v} (or whole match, when it has none) is a
 * finding, optionally vetted by code for what regexes express badly (digit counts,
 * stop-lists).
 *
 * <p>
 * Speed matters because this runs on every public field: a rule is skipped outright when
 * the text lacks all its trigger words, the regex is tried only where its
 * {@link StartSet} allows, and every repetition in the patterns is bounded, so each
 * attempt costs a bounded amount of work and no input can make the engine backtrack for
 * long.
 */
final class PatternRule {

	private static final String VALUE_GROUP = "v";

	private static final StartSet ANYWHERE = (text, index) -> true;

	private final Pattern pattern;

	private final boolean hasValueGroup;

	private final Vetter vetter;

	private final StartSet starts;

	private final List<String> triggers;

	private final int digitWithin;

	private final Confidence confidence;

	private PatternRule(Pattern pattern, Vetter vetter, StartSet starts, List<String> triggers, int digitWithin,
			Confidence confidence) {
		this.pattern = pattern;
		this.hasValueGroup = pattern.namedGroups().containsKey(VALUE_GROUP);
		this.vetter = vetter;
		this.starts = starts;
		this.triggers = triggers;
		this.digitWithin = digitWithin;
		this.confidence = confidence;
	}

	static PatternRule of(String regex) {
		return new PatternRule(Pattern.compile(regex), (match) -> 0, ANYWHERE, List.of(), 0, Confidence.MASKED);
	}

	static PatternRule of(String regex, Predicate<MatchResult> accept) {
		return of(regex).vetting((match) -> accept.test(match) ? 0 : -1);
	}

	static PatternRule trimming(String regex, Vetter vetter) {
		return of(regex).vetting(vetter);
	}

	PatternRule vetting(Vetter vetter) {
		return new PatternRule(this.pattern, vetter, this.starts, this.triggers, this.digitWithin, this.confidence);
	}

	/** Tries the pattern only where the start set allows. */
	PatternRule startingAt(StartSet starts) {
		return new PatternRule(this.pattern, this.vetter, starts, this.triggers, this.digitWithin, this.confidence);
	}

	/** Skips the rule when the text contains none of these words. */
	PatternRule onlyWith(String... triggers) {
		return new PatternRule(this.pattern, this.vetter, this.starts, List.of(triggers), this.digitWithin,
				this.confidence);
	}

	/** Tries the pattern only where an ASCII digit follows within this many chars. */
	PatternRule needingDigitWithin(int chars) {
		return new PatternRule(this.pattern, this.vetter, this.starts, this.triggers, chars, this.confidence);
	}

	/** Makes the rule's findings {@link Confidence#FLAGGED}: its shape is only a hint. */
	PatternRule flagging() {
		return new PatternRule(this.pattern, this.vetter, this.starts, this.triggers, this.digitWithin,
				Confidence.FLAGGED);
	}

	void findAll(String folded, PersonalDataKind kind, List<Finding> out) {
		if (!hasTrigger(folded)) {
			return;
		}
		// Created on the first candidate: most rules find none in most fields.
		Matcher matcher = null;
		int length = folded.length();
		int nextDigit = -1;
		for (int at = 0; at < length; at++) {
			if (Character.isLowSurrogate(folded.charAt(at)) && at > 0
					&& Character.isHighSurrogate(folded.charAt(at - 1))) {
				continue;
			}
			if (this.digitWithin > 0) {
				if (nextDigit < at) {
					nextDigit = nextDigit(folded, at);
				}
				if (nextDigit - at > this.digitWithin) {
					// Nothing can start before the digit comes into reach.
					at = nextDigit - this.digitWithin - 1;
					continue;
				}
			}
			if (!this.starts.canStart(folded, at)) {
				continue;
			}
			if (matcher == null) {
				matcher = this.pattern.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
			}
			matcher.region(at, length);
			if (matcher.lookingAt()) {
				int end = add(matcher, kind, out);
				if (end > at) {
					at = end - 1;
				}
			}
		}
	}

	private boolean hasTrigger(String folded) {
		if (this.triggers.isEmpty()) {
			return true;
		}
		for (String trigger : this.triggers) {
			if (folded.contains(trigger)) {
				return true;
			}
		}
		return false;
	}

	/** Adds the finding if it passes, and returns where the next search may start. */
	private int add(Matcher matcher, PersonalDataKind kind, List<Finding> out) {
		int start = this.hasValueGroup ? matcher.start(VALUE_GROUP) : matcher.start();
		int end = this.hasValueGroup ? matcher.end(VALUE_GROUP) : matcher.end();
		int keepFrom = (start >= 0 && end > start) ? this.vetter.keepFrom(matcher) : -1;
		if (keepFrom >= 0 && start + keepFrom < end) {
			out.add(new Finding(kind, start + keepFrom, end, this.confidence));
			return matcher.end();
		}
		// A rejected candidate must not hide a good one that starts inside it
		// (職員山田さん: the run from 職 is rejected, the one from 山 is not).
		return -1;
	}

	private static int nextDigit(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				return i;
			}
		}
		return Integer.MAX_VALUE / 2;
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
