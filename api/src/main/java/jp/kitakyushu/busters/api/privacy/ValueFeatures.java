package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * What the learned value model ({@link ValueModel}) knows about each word: the word (or
 * the shape of its digits), the digit groups around it (d4-d4-d4), the words before it on
 * its line and the two after it, the label its line starts with (Account:, 住所：), whether
 * it stands in brackets, and what the rules and the name model found just before or after
 * it. The label of the word before is added while tagging, since it is only known then.
 */
final class ValueFeatures {

	/** Where each word's shape ({@code s=d4}) stands among its features. */
	static final int SHAPE = 1;

	/** The features of a line break: none, and no value crosses one. */
	static final String[] LINE_BREAK = new String[0];

	/** How many words before a word its context bag holds. */
	private static final int BEFORE = 6;

	/** How far (chars) a finding may end before a word, or start after it, to count. */
	private static final int NEAR = 3;

	private static final int MAX_LABEL = 16;

	private static final int MAX_PATTERN = 24;

	private static final String OPENING = "(「『【[";

	private static final String CLOSING = ")」』】]";

	private ValueFeatures() {
	}

	/**
	 * The features of every word, in order; the label feature is not among them. A word a
	 * finding already covers has none: its place holds null; a line break's holds
	 * {@link #LINE_BREAK}.
	 * @param folded the folded text
	 * @param words its words ({@link NameWords#of})
	 * @param found what the detectors before found, in any order
	 */
	static List<String[]> of(String folded, List<NameWords.Word> words, List<Finding> findings) {
		return of(folded, words, findings, false);
	}

	/**
	 * The features of every word, those a finding covers too when asked: the trainer
	 * learns from every value, the rules' too, what a value looks like in its context.
	 */
	static List<String[]> of(String folded, List<NameWords.Word> words, List<Finding> findings, boolean coveredToo) {
		Found found = new Found(folded.length(), findings);
		int n = words.size();
		String[] keys = new String[n];
		for (int i = 0; i < n; i++) {
			keys[i] = key(words.get(i).surface());
		}
		List<String[]> all = new ArrayList<>(n);
		List<String> features = new ArrayList<>(24);
		// One pass over the chars for the line's label and open brackets.
		int cursor = 0;
		int depth = 0;
		int colon = labelColon(folded, 0);
		for (int i = 0; i < n; i++) {
			NameWords.Word word = words.get(i);
			for (; cursor < word.start(); cursor++) {
				char c = folded.charAt(cursor);
				if (c == '\n') {
					depth = 0;
					colon = labelColon(folded, cursor + 1);
				}
				else if (OPENING.indexOf(c) >= 0) {
					depth++;
				}
				else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
					depth--;
				}
			}
			if (NameWords.BREAK.equals(word.pos())) {
				all.add(LINE_BREAK);
				continue;
			}
			if (!coveredToo && found.covered(word.start(), word.end())) {
				all.add(null);
				continue;
			}
			features.clear();
			String shape = shape(word.surface());
			features.add("b");
			features.add("s=" + shape);
			features.add("w=" + keys[i]);
			features.add("p=" + pos(word));
			String pattern = digitGroups(folded, word.start(), word.end());
			if (pattern != null) {
				features.add("g=" + pattern);
			}
			int first = i;
			for (int k = 1; k <= BEFORE && i - k >= 0; k++) {
				NameWords.Word before = words.get(i - k);
				if (NameWords.BREAK.equals(before.pos())) {
					features.add("bol" + k);
					break;
				}
				first = i - k;
				features.add("c=" + keys[i - k]);
				if (k <= 2) {
					features.add("c" + k + "=" + keys[i - k]);
					features.add("c" + k + "p=" + pos(before));
				}
			}
			if (i == 0) {
				features.add("bol0");
			}
			for (int k = 1; k <= 2 && i + k < n; k++) {
				features.add("n" + k + "=" + keys[i + k]);
				if (k == 1) {
					features.add("n1p=" + pos(words.get(i + 1)));
				}
			}
			if (word.spaceBefore()) {
				features.add("sp");
			}
			if (word.start() > 0) {
				features.add("pc=" + charClass(folded.charAt(word.start() - 1)));
			}
			if (word.end() < folded.length()) {
				features.add("nc=" + charClass(folded.charAt(word.end())));
			}
			if (colon >= 0 && colon < word.start()) {
				int line = folded.lastIndexOf('\n', colon) + 1;
				features.add("lab=" + folded.substring(line, colon).strip().toLowerCase(Locale.ROOT));
			}
			if (depth > 0) {
				features.add("br");
			}
			PersonalDataKind before = found.before(word.start());
			if (before != null) {
				features.add("fb=" + before);
			}
			PersonalDataKind after = found.after(word.end());
			if (after != null) {
				features.add("fa=" + after);
			}
			if (first != i && before == null) {
				// A finding a few words back on the line (a name before its birth date).
				PersonalDataKind back = found.between(words.get(first).start(), word.start());
				if (back != null) {
					features.add("fc=" + back);
				}
			}
			all.add(features.toArray(new String[0]));
		}
		return all;
	}

	/** The word as a feature: lowercased, its digits by their shape. */
	static String key(String surface) {
		return hasDigit(surface) ? "#" + shape(surface) : surface.toLowerCase(Locale.ROOT);
	}

	static boolean hasDigit(String surface) {
		for (int i = 0; i < surface.length(); i++) {
			char c = surface.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The shape of a word: its chars by class (d digit, a Latin letter, K kanji, h
	 * hiragana, k katakana, others as written), runs collapsed, digit runs with their
	 * length (S9 is a1d1; 502 is d3).
	 */
	static String shape(String surface) {
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < surface.length() && out.length() < MAX_PATTERN) {
			char c = surface.charAt(i);
			char cls = charClass(c);
			int end = i + 1;
			while (end < surface.length() && charClass(surface.charAt(end)) == cls) {
				end++;
			}
			out.append(cls);
			if (cls == 'd') {
				out.append(Math.min(end - i, 13));
			}
			i = end;
		}
		return out.toString();
	}

	private static char charClass(char c) {
		if (c >= '0' && c <= '9') {
			return 'd';
		}
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			return 'a';
		}
		if (StartSet.HAN.test(c)) {
			return 'K';
		}
		if (StartSet.HIRAGANA.test(c)) {
			return 'h';
		}
		if (StartSet.KATAKANA.test(c)) {
			return 'k';
		}
		return Character.isLetter(c) ? 'L' : c;
	}

	/**
	 * The digit groups around a word with a digit, as one pattern (2290 4417 3308 is
	 * d4_d4_d4, 1942-08-19 is d4-d2-d2, S9.11.5 is a1d1.d2.d1); null for a word without
	 * digits.
	 */
	static String digitGroups(String folded, int start, int end) {
		if (!hasDigit(folded.substring(start, end))) {
			return null;
		}
		int from = start;
		while (from > 0 && start - from < MAX_PATTERN && groupChar(folded, from - 1)) {
			from--;
		}
		int to = end;
		while (to < folded.length() && to - end < MAX_PATTERN && groupChar(folded, to)) {
			to++;
		}
		while (from < start && !Character.isLetterOrDigit(folded.charAt(from))) {
			from++;
		}
		while (to > end && !Character.isLetterOrDigit(folded.charAt(to - 1))) {
			to--;
		}
		String group = folded.substring(from, to).replace(' ', '_').replace(',', ';');
		return shape(group);
	}

	/**
	 * The end of the digit group a value ends in, so that a number is never left half
	 * shown (1942-08|-19); not across a finding, nor past a mark it ends with.
	 */
	static int groupEnd(String folded, int end, Found found) {
		int to = end;
		while (to < folded.length() && to - end < MAX_PATTERN && groupChar(folded, to) && !found.covered(to, to + 1)) {
			to++;
		}
		while (to > end && !Character.isLetterOrDigit(folded.charAt(to - 1))) {
			to--;
		}
		return to;
	}

	/** The start of the digit group a value starts in; see {@link #groupEnd}. */
	static int groupStart(String folded, int start, Found found) {
		int from = start;
		while (from > 0 && start - from < MAX_PATTERN && groupChar(folded, from - 1)
				&& !found.covered(from - 1, from)) {
			from--;
		}
		while (from < start && !Character.isLetterOrDigit(folded.charAt(from))) {
			from++;
		}
		return from;
	}

	/**
	 * A char of a digit group: a digit, a Latin letter, -./: or a space or comma between
	 * digits.
	 */
	private static boolean groupChar(String folded, int i) {
		char c = folded.charAt(i);
		if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || "-./:".indexOf(c) >= 0) {
			return true;
		}
		// A space between digit groups (2290 4417 3308), a comma inside an amount
		// (1,200,000).
		return (c == ' ' || c == ',') && i > 0 && i + 1 < folded.length() && Character.isDigit(folded.charAt(i - 1))
				&& Character.isDigit(folded.charAt(i + 1));
	}

	/**
	 * The colon ending the label a line starts with (Account:, 住所：): the first colon
	 * within a few chars of the line's start, after some text; -1 if none.
	 */
	static int labelColon(String folded, int line) {
		for (int i = line; i < folded.length() && i - line <= MAX_LABEL; i++) {
			char c = folded.charAt(i);
			if (c == '\n') {
				return -1;
			}
			if ((c == ':' || c == '：') && !folded.substring(line, i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private static String pos(NameWords.Word word) {
		String pos = word.pos();
		int dash = pos.indexOf('-');
		if (dash > 0) {
			int second = pos.indexOf('-', dash + 1);
			pos = (second > 0) ? pos.substring(0, second) : pos;
		}
		return word.known() ? pos : pos + "?";
	}

	/**
	 * Where the findings before lie: the chars they cover, and the kind of one ending or
	 * starting at each offset. Built once per text, so a post with thousands of findings
	 * stays linear.
	 */
	static final class Found {

		private final BitSet covered = new BitSet();

		private final PersonalDataKind[] endingAt;

		private final PersonalDataKind[] startingAt;

		Found(int length, List<Finding> found) {
			this.endingAt = new PersonalDataKind[length + 1];
			this.startingAt = new PersonalDataKind[length + 1];
			for (Finding finding : found) {
				if (finding.end() > length) {
					continue;
				}
				this.covered.set(finding.start(), finding.end());
				this.endingAt[finding.end()] = finding.kind();
				this.startingAt[finding.start()] = finding.kind();
			}
		}

		boolean covered(int start, int end) {
			int next = this.covered.nextSetBit(start);
			return next >= 0 && next < end;
		}

		/** The kind of a finding ending at most {@link #NEAR} chars before an offset. */
		PersonalDataKind before(int at) {
			for (int i = at; i >= 0 && at - i <= NEAR; i--) {
				if (this.endingAt[i] != null) {
					return this.endingAt[i];
				}
			}
			return null;
		}

		/** The kind of a finding starting at most {@link #NEAR} chars after an offset. */
		PersonalDataKind after(int at) {
			for (int i = at; i < this.startingAt.length && i - at <= NEAR; i++) {
				if (this.startingAt[i] != null) {
					return this.startingAt[i];
				}
			}
			return null;
		}

		/** The kind of the last finding ending between two offsets. */
		PersonalDataKind between(int from, int to) {
			for (int i = to; i > from; i--) {
				if (this.endingAt[i] != null) {
					return this.endingAt[i];
				}
			}
			return null;
		}

	}

}
