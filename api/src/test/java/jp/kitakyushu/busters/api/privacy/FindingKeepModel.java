package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A logistic model, trained on the labelled posts (see {@code FindingKeepModelTrainer} in
 * the tests), that drops a finding whose kind, shape and surroundings say it is no one's
 * personal data (a shop, a place, an office's number).
 */
final class FindingKeepModel {

	/** The feature always present: the model's bias. */
	static final String BIAS = "bias";

	/** The line of the weights file that holds the probability above which to drop. */
	static final String THRESHOLD = "#threshold";

	/** The line of the weights file that names the kinds the model may drop. */
	static final String KINDS = "#kinds";

	private static final int WINDOW = 8;

	private final Map<String, Float> weights;

	private final double threshold;

	private final Set<PersonalDataKind> kinds;

	FindingKeepModel(Map<String, Float> weights, double threshold, Set<PersonalDataKind> kinds) {
		this.weights = Map.copyOf(weights);
		this.threshold = threshold;
		this.kinds = Set.copyOf(kinds);
	}

	/**
	 * Removes the findings the model is surer than its threshold are no personal data.
	 * @param folded the folded text
	 * @param candidates the findings so far; changed in place
	 */
	void remove(String folded, List<Finding> candidates) {
		if (candidates.isEmpty() || this.threshold >= 1) {
			return;
		}
		List<Finding> dropped = null;
		for (Finding finding : candidates) {
			if (this.kinds.contains(finding.kind()) && probability(folded, finding, candidates) > this.threshold) {
				if (dropped == null) {
					dropped = new ArrayList<>();
				}
				dropped.add(finding);
			}
		}
		if (dropped != null) {
			candidates.removeAll(dropped);
		}
	}

	/** The probability that a finding is no personal data. */
	double probability(String folded, Finding finding, List<Finding> all) {
		double sum = 0;
		for (String feature : features(folded, finding, all)) {
			Float weight = this.weights.get(feature);
			sum += (weight != null) ? weight : 0f;
		}
		return 1 / (1 + Math.exp(-sum));
	}

	/**
	 * The features of one finding: its kind and confidence, the shape of its text, the
	 * chars and words just before and after it, the label before a colon on its line and
	 * how many other findings the text has.
	 */
	static List<String> features(String folded, Finding finding, List<Finding> all) {
		List<String> out = new ArrayList<>(48);
		String kind = finding.kind().name();
		String found = folded.substring(finding.start(), finding.end());
		out.add(BIAS);
		out.add("k=" + kind);
		out.add("kc=" + kind + finding.confidence());
		int length = found.length();
		String bucket = (length <= 2) ? "1-2" : (length <= 4) ? "3-4"
				: (length <= 7) ? "5-7" : (length <= 12) ? "8-12" : (length <= 20) ? "13-20" : "21+";
		out.add("len=" + kind + bucket);
		int digits = 0;
		boolean kanji = false;
		boolean hiragana = false;
		boolean katakana = false;
		boolean upper = false;
		boolean lower = false;
		boolean space = false;
		boolean hyphen = false;
		for (int i = 0; i < length; i++) {
			char c = found.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '\u3041' && c <= '\u309f') {
				hiragana = true;
			}
			else if (c >= '\u30a0' && c <= '\u30ff') {
				katakana = true;
			}
			else if (c >= '\u4e00' && c <= '\u9fff') {
				kanji = true;
			}
			else if (c == ' ' || c == '\u3000') {
				space = true;
			}
			else if (c == '-' || c == '\u30fc' || c == '\u2010' || c == '\u2212') {
				hyphen = true;
			}
		}
		out.add("dig=" + kind + ((digits == 0) ? "0" : (digits <= 3) ? "1-3" : (digits <= 7) ? "4-7" : "8+"));
		out.add("scr=" + kind + (kanji ? "K" : "") + (hiragana ? "H" : "") + (katakana ? "T" : "") + (upper ? "U" : "")
				+ (lower ? "L" : "") + (space ? "S" : "") + (hyphen ? "-" : ""));
		// The last chars and last word: a shop's, clinic's or place's suffix.
		out.add("end1=" + found.substring(length - 1));
		if (length >= 2) {
			out.add("end2=" + found.substring(length - 2));
		}
		out.add("beg1=" + kind + found.charAt(0));
		int lastSpace = found.lastIndexOf(' ');
		if (lastSpace > 0 && lastSpace < length - 1) {
			out.add("lastw=" + found.substring(lastSpace + 1).toLowerCase(java.util.Locale.ROOT));
		}
		// The chars just before and after, as bigrams, and the whole word on each side.
		int from = Math.max(0, finding.start() - WINDOW);
		String before = folded.substring(from, finding.start()).toLowerCase(java.util.Locale.ROOT);
		int to = Math.min(folded.length(), finding.end() + WINDOW);
		String after = folded.substring(finding.end(), to).toLowerCase(java.util.Locale.ROOT);
		for (int i = 0; i + 1 < before.length(); i++) {
			out.add("b2=" + before.substring(i, i + 2));
		}
		for (int i = 0; i + 1 < after.length(); i++) {
			out.add("a2=" + after.substring(i, i + 2));
		}
		out.add("b1=" + kind + (before.isEmpty() ? "^" : before.substring(before.length() - 1)));
		out.add("a1=" + kind + (after.isEmpty() ? "$" : after.substring(0, 1)));
		out.add("bw=" + lastWord(before));
		out.add("aw=" + firstWord(after));
		// The label before a colon on the finding's line ("Name:", "店名：").
		int lineStart = folded.lastIndexOf('\n', finding.start() - 1) + 1;
		for (int i = finding.start() - 1; i >= lineStart && i >= finding.start() - 30; i--) {
			char c = folded.charAt(i);
			if (c == ':' || c == '：') {
				int labelFrom = Math.max(lineStart, i - 12);
				String label = folded.substring(labelFrom, i).strip().toLowerCase(java.util.Locale.ROOT);
				out.add("lab=" + lastWord(label));
				break;
			}
		}
		int others = 0;
		int otherKinds = 0;
		for (Finding other : all) {
			if (other != finding) {
				others++;
				if (other.kind() != finding.kind()) {
					otherKinds++;
				}
			}
		}
		out.add("oth=" + kind + Math.min(others, 3));
		out.add("othk=" + Math.min(otherKinds, 2));
		return out;
	}

	private static String lastWord(String text) {
		int end = text.length();
		while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && end - start < 6) {
			start--;
		}
		return text.substring(start, end);
	}

	private static String firstWord(String text) {
		int start = 0;
		while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && end - start < 6) {
			end++;
		}
		return text.substring(start, end);
	}

	Map<String, Float> weights() {
		return this.weights;
	}

	double threshold() {
		return this.threshold;
	}

	Set<PersonalDataKind> kinds() {
		return this.kinds;
	}

}
