package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a redactor hides and shows on a labelled post corpus, as the public would read it.
 *
 * <p>
 * A value is hidden when every occurrence of it in the post is covered by findings,
 * except spaces and the punctuation between its parts; a finding of another kind still
 * hides it. It is hidden by sure findings alone when the {@link Confidence#MASKED}
 * findings cover it. A must-stay string is masked by mistake when any finding touches any
 * occurrence of it. A finding is right (for precision) when it touches an occurrence of a
 * labelled value of any kind: what matters to the public is that the value is hidden.
 */
final class PostScore {

	private static final String SEPARATORS = " 　,、.・-－()（）\n";

	private final Map<PersonalDataKind, int[]> counts = new EnumMap<>(PersonalDataKind.class);

	private static final int EXPECTED = 0;

	private static final int HIDDEN = 1;

	private static final int MASKED = 2;

	private static final int FLAGGED_ONLY = 3;

	private static final int FOUND = 4;

	private static final int FOUND_RIGHT = 5;

	private int posts;

	private int postsWithData;

	private int postsLeaking;

	private int keepStrings;

	private int keepMasked;

	private int postsWithoutData;

	private int postsWithoutDataUnchanged;

	private final List<String> leaks = new ArrayList<>();

	private final List<String> maskedOnlyMisses = new ArrayList<>();

	private final List<String> overMasked = new ArrayList<>();

	private final List<String> changedWithoutData = new ArrayList<>();

	private final List<String> wrongFindings = new ArrayList<>();

	static PostScore of(PersonalDataRedactor redactor, List<LabelledPost> posts) {
		PostScore score = new PostScore();
		posts.forEach((post) -> score.add(redactor, post));
		return score;
	}

	/** A score to which posts are added one by one, each with its own redactor. */
	static PostScore empty() {
		return new PostScore();
	}

	private PostScore() {
		for (PersonalDataKind kind : PersonalDataKind.values()) {
			this.counts.put(kind, new int[6]);
		}
	}

	void add(PersonalDataRedactor redactor, LabelledPost post) {
		add(redactor, post, redactor.detect(post.text()));
	}

	/** Scores the post by findings made elsewhere (the keep model's cross-validation). */
	void add(PersonalDataRedactor redactor, LabelledPost post, List<Finding> findings) {
		String text = post.text();
		String redacted = redactor.redact(text, findings);
		BitSet all = new BitSet();
		BitSet sure = new BitSet();
		for (Finding finding : findings) {
			all.set(finding.start(), finding.end());
			if (!finding.flagged()) {
				sure.set(finding.start(), finding.end());
			}
		}
		BitSet labelled = new BitSet();
		for (LabelledPost.Value value : post.values()) {
			for (int at = text.indexOf(value.text()); at >= 0; at = text.indexOf(value.text(), at + 1)) {
				labelled.set(at, at + value.text().length());
			}
		}
		for (Finding finding : findings) {
			int[] c = this.counts.get(finding.kind());
			c[FOUND]++;
			int next = labelled.nextSetBit(finding.start());
			if (next >= 0 && next < finding.end()) {
				c[FOUND_RIGHT]++;
			}
			else {
				this.wrongFindings.add(finding.kind() + " '" + text.substring(finding.start(), finding.end()) + "' in: "
						+ oneLine(text));
			}
		}
		this.posts++;
		boolean leaking = false;
		for (LabelledPost.Value value : post.values()) {
			int[] c = this.counts.get(value.kind());
			c[EXPECTED]++;
			boolean hidden = covered(text, value.text(), all);
			boolean masked = covered(text, value.text(), sure);
			if (hidden) {
				c[HIDDEN]++;
			}
			else {
				leaking = true;
				this.leaks.add(value.kind() + " '" + value.text() + "' in: " + oneLine(redacted));
			}
			if (masked) {
				c[MASKED]++;
			}
			else if (hidden) {
				c[FLAGGED_ONLY]++;
				this.maskedOnlyMisses.add(value.kind() + " '" + value.text() + "' (flagged) in: " + oneLine(text));
			}
		}
		if (post.hasPersonalData()) {
			this.postsWithData++;
			if (leaking) {
				this.postsLeaking++;
			}
		}
		else {
			this.postsWithoutData++;
			if (redacted.equals(text)) {
				this.postsWithoutDataUnchanged++;
			}
			else {
				this.changedWithoutData.add(oneLine(redacted));
			}
		}
		for (String keep : post.keep()) {
			this.keepStrings++;
			if (touched(text, keep, all, labelled)) {
				this.keepMasked++;
				this.overMasked.add("'" + keep + "' in: " + oneLine(redacted));
			}
		}
	}

	private static boolean covered(String text, String value, BitSet covered) {
		for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
			for (int i = at; i < at + value.length(); i++) {
				if (!covered.get(i) && SEPARATORS.indexOf(text.charAt(i)) < 0) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether a finding touches the must-stay string where it stands on its own: where it
	 * is part of a labelled value ("Tobata" in "Tobata-ku Nakamotomachi 6-14"), it cannot
	 * stay visible without showing part of the value.
	 */
	private static boolean touched(String text, String keep, BitSet covered, BitSet labelled) {
		for (int at = text.indexOf(keep); at >= 0; at = text.indexOf(keep, at + 1)) {
			if (labelled.nextClearBit(at) >= at + keep.length()) {
				continue;
			}
			int next = covered.nextSetBit(at);
			if (next >= 0 && next < at + keep.length()) {
				return true;
			}
		}
		return false;
	}

	private static String oneLine(String text) {
		return text.replace("\n", "⏎");
	}

	private int sum(int column) {
		return this.counts.values().stream().mapToInt((c) -> c[column]).sum();
	}

	private static double ratio(int numerator, int denominator) {
		return (denominator != 0) ? (double) numerator / denominator : 1.0;
	}

	/** Posts with personal data that show at least one value. */
	int leakingPosts() {
		return this.postsLeaking;
	}

	/** Posts with personal data. */
	int postsWithData() {
		return this.postsWithData;
	}

	/** Must-stay strings touched by a finding. */
	int keepMasked() {
		return this.keepMasked;
	}

	/** Must-stay strings. */
	int keepStrings() {
		return this.keepStrings;
	}

	/** Posts without personal data that come back exactly as written. */
	int unchangedPosts() {
		return this.postsWithoutDataUnchanged;
	}

	/** Posts without personal data. */
	int postsWithoutData() {
		return this.postsWithoutData;
	}

	/** Values hidden by sure or flagged findings. */
	int hiddenValues() {
		return sum(HIDDEN);
	}

	/** Values hidden by sure findings alone. */
	int maskedValues() {
		return sum(MASKED);
	}

	/** Labelled values. */
	int values() {
		return sum(EXPECTED);
	}

	/** Values hidden by sure or flagged findings, over all values. */
	double recall() {
		return ratio(sum(HIDDEN), sum(EXPECTED));
	}

	/** Values of one kind hidden by sure or flagged findings, over all values of it. */
	double recall(PersonalDataKind kind) {
		return ratio(this.counts.get(kind)[HIDDEN], this.counts.get(kind)[EXPECTED]);
	}

	/** Findings that touch a labelled value, over all findings. */
	double precision() {
		return ratio(sum(FOUND_RIGHT), sum(FOUND));
	}

	/** Values hidden by sure findings alone, over all values. */
	double maskedRecall() {
		return ratio(sum(MASKED), sum(EXPECTED));
	}

	/** Posts with personal data that show at least one value, over posts with data. */
	double leakingPostRate() {
		return ratio(this.postsLeaking, this.postsWithData);
	}

	/** Must-stay strings touched by a finding, over all must-stay strings. */
	double overMaskedRate() {
		return ratio(this.keepMasked, this.keepStrings);
	}

	/** Posts without personal data that come back exactly as written. */
	double unchangedRate() {
		return ratio(this.postsWithoutDataUnchanged, this.postsWithoutData);
	}

	String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%-15s %8s %8s %8s %8s %7s %7s %8s %9s%n", "kind", "values", "hidden",
				"masked", "flagged", "recall", "masked", "findings", "precision"));
		for (PersonalDataKind kind : PersonalDataKind.values()) {
			out.append(row(kind.name(), this.counts.get(kind)));
		}
		int[] overall = new int[6];
		this.counts.values().forEach((c) -> Arrays.setAll(overall, (i) -> overall[i] + c[i]));
		out.append(row("OVERALL", overall));
		out.append(String.format(Locale.ROOT, "%nposts: %d, %d with personal data, %d without%n", this.posts,
				this.postsWithData, this.postsWithoutData));
		out.append(String.format(Locale.ROOT, "value recall (masked + flagged): %.3f%n", recall()));
		out.append(String.format(Locale.ROOT, "value recall (masked alone):     %.3f%n", maskedRecall()));
		out.append(String.format(Locale.ROOT, "finding precision:               %.3f (%d of %d)%n", precision(),
				sum(FOUND_RIGHT), sum(FOUND)));
		out.append(String.format(Locale.ROOT, "posts leaking a value:           %.3f (%d of %d)%n", leakingPostRate(),
				this.postsLeaking, this.postsWithData));
		out.append(String.format(Locale.ROOT, "must-stay strings masked:        %.3f (%d of %d)%n", overMaskedRate(),
				this.keepMasked, this.keepStrings));
		out.append(String.format(Locale.ROOT, "posts without data unchanged:    %.3f (%d of %d)%n", unchangedRate(),
				this.postsWithoutDataUnchanged, this.postsWithoutData));
		list(out, "values still visible", this.leaks);
		list(out, "values only flagged", this.maskedOnlyMisses);
		list(out, "must-stay strings masked", this.overMasked);
		list(out, "posts without data changed", this.changedWithoutData);
		list(out, "findings on no labelled value", this.wrongFindings);
		return out.toString();
	}

	private static String row(String name, int[] c) {
		return String.format(Locale.ROOT, "%-15s %8d %8d %8d %8d %7.3f %7.3f %8d %9.3f%n", name, c[EXPECTED], c[HIDDEN],
				c[MASKED], c[FLAGGED_ONLY], ratio(c[HIDDEN], c[EXPECTED]), ratio(c[MASKED], c[EXPECTED]), c[FOUND],
				ratio(c[FOUND_RIGHT], c[FOUND]));
	}

	private static void list(StringBuilder out, String title, List<String> lines) {
		out.append(title).append(" (").append(lines.size()).append(")\n");
		lines.forEach((line) -> out.append("  ").append(line).append('\n'));
	}

}
