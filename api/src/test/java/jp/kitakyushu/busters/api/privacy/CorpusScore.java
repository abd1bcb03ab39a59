package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and leaks of a redactor on the labelled corpus, per kind and overall.
 *
 * <p>
 * Scoring is span-level and lenient on boundaries: a finding is correct when an expected
 * finding of the same kind overlaps it, and an expected finding is recalled when a
 * finding of its kind overlaps it. A leak is stricter: the expected substring still
 * appears verbatim in the redacted text.
 */
final class CorpusScore {

	private final Map<PersonalDataKind, int[]> counts = new EnumMap<>(PersonalDataKind.class);

	private final List<String> misses = new ArrayList<>();

	private final List<String> falseAlarms = new ArrayList<>();

	private final List<String> leaks = new ArrayList<>();

	private static final int FOUND = 0;

	private static final int CORRECT = 1;

	private static final int EXPECTED = 2;

	private static final int RECALLED = 3;

	private static final int LEAKED = 4;

	static CorpusScore of(PersonalDataRedactor redactor, List<LabelledSentence> sentences) {
		CorpusScore score = new CorpusScore();
		for (LabelledSentence sentence : sentences) {
			score.add(redactor, sentence);
		}
		return score;
	}

	private CorpusScore() {
		for (PersonalDataKind kind : PersonalDataKind.values()) {
			this.counts.put(kind, new int[5]);
		}
	}

	private void add(PersonalDataRedactor redactor, LabelledSentence sentence) {
		String text = sentence.text();
		List<Finding> findings = redactor.detect(text);
		String redacted = redactor.redact(text);
		for (Finding finding : findings) {
			int[] c = this.counts.get(finding.kind());
			c[FOUND]++;
			boolean correct = sentence.expected()
				.stream()
				.anyMatch((e) -> e.kind() == finding.kind() && finding.overlaps(e.start(), e.end()));
			if (correct) {
				c[CORRECT]++;
			}
			else {
				this.falseAlarms.add(finding.kind() + " '" + finding.in(text) + "' in: " + text);
			}
		}
		for (LabelledSentence.Expected expected : sentence.expected()) {
			int[] c = this.counts.get(expected.kind());
			c[EXPECTED]++;
			boolean recalled = findings.stream()
				.anyMatch((f) -> f.kind() == expected.kind() && f.overlaps(expected.start(), expected.end()));
			if (recalled) {
				c[RECALLED]++;
			}
			else {
				this.misses.add(expected.kind() + " '" + expected.value() + "' in: " + text);
			}
			if (redacted.contains(expected.value())) {
				c[LEAKED]++;
				this.leaks.add(expected.kind() + " '" + expected.value() + "' in: " + redacted);
			}
		}
	}

	double precision(PersonalDataKind kind) {
		return ratio(this.counts.get(kind)[CORRECT], this.counts.get(kind)[FOUND]);
	}

	double recall(PersonalDataKind kind) {
		return ratio(this.counts.get(kind)[RECALLED], this.counts.get(kind)[EXPECTED]);
	}

	double precision() {
		return ratio(sum(CORRECT), sum(FOUND));
	}

	double recall() {
		return ratio(sum(RECALLED), sum(EXPECTED));
	}

	double leakRate() {
		return ratio(sum(LEAKED), sum(EXPECTED));
	}

	int leakCount() {
		return sum(LEAKED);
	}

	List<String> misses() {
		return this.misses;
	}

	List<String> falseAlarms() {
		return this.falseAlarms;
	}

	List<String> leaks() {
		return this.leaks;
	}

	private int sum(int column) {
		return this.counts.values().stream().mapToInt((c) -> c[column]).sum();
	}

	/** No findings at all is perfect precision, no expectations perfect recall. */
	private static double ratio(int numerator, int denominator) {
		return (denominator != 0) ? (double) numerator / denominator : 1.0;
	}

	String table() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-15s %8s %8s %8s %9s %7s %6s%n", "kind", "expected", "found", "correct",
				"precision", "recall", "leaks"));
		for (PersonalDataKind kind : PersonalDataKind.values()) {
			int[] c = this.counts.get(kind);
			out.append(String.format(Locale.ROOT, "%-15s %8d %8d %8d %9.3f %7.3f %6d%n", kind, c[EXPECTED], c[FOUND],
					c[CORRECT], precision(kind), recall(kind), c[LEAKED]));
		}
		out.append(String.format(Locale.ROOT, "%-15s %8d %8d %8d %9.3f %7.3f %6d%n", "OVERALL", sum(EXPECTED),
				sum(FOUND), sum(CORRECT), precision(), recall(), sum(LEAKED)));
		return out.toString();
	}

}
