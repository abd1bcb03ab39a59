package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Personal values other than names (addresses, phones, accounts, birth dates, My Numbers,
 * plates) found by the learned model ({@link ValueModel}) where neither the rules nor the
 * name model found anything: runs of words it scores above a threshold, joined across
 * spaces and marks, holding a digit. The context tells what a number is where no rule
 * lists the words ("Account number on the card: 0992154", 記号番号は …). They are flagged, so
 * staff decide.
 */
final class LearnedValues implements Detector {

	/**
	 * The score above which a word is flagged as part of a value (a value's digit words
	 * must score above it on average), chosen on the pooled leave-one-file-out
	 * cross-validation over all 38 labelled files ({@code ValueModelCrossValidation},
	 * keep cost 5): posts leaking a value 147 to 146 of 9,428, must-stay strings masked
	 * 130 to 130 of 17,907. Lower scores find more but mask the look-alikes the rules'
	 * tests keep (20: 143 and 131, with 2024・12・05, 1234 5678 9012 and 4-9-1 taken for
	 * values; 30: 144 and 131).
	 */
	static final float DEFAULT_FLAG_SCORE = 38f;

	private final ValueModel model;

	private final float flagScore;

	LearnedValues(ValueModel model, float flagScore) {
		this.model = model;
		this.flagScore = flagScore;
	}

	/** The shipped model at the default score. */
	static LearnedValues standard() {
		return new LearnedValues(ValueModel.standard(), DEFAULT_FLAG_SCORE);
	}

	@Override
	public void detect(String folded, List<Finding> out) {
		if (!ValueFeatures.hasDigit(folded)) {
			// Every kind this model finds holds a digit.
			return;
		}
		List<NameWords.Word> words = NameWords.of(folded);
		if (words.isEmpty()) {
			return;
		}
		List<Finding> found = List.copyOf(out);
		List<String[]> features = ValueFeatures.of(folded, words, found);
		ValueFeatures.Found coverage = null;
		// The end of the last value taken: runs split by a mark inside one digit group
		// grow to the same value, taken once.
		int taken = 0;
		float[] scores = this.model.scores(features, this.flagScore);
		int i = 0;
		while (i < scores.length) {
			if (scores[i] <= this.flagScore) {
				i++;
				continue;
			}
			int last = i;
			while (last + 1 < scores.length && scores[last + 1] > this.flagScore) {
				last++;
			}
			int first = i;
			while (first <= last && mark(words.get(first))) {
				first++;
			}
			int end = last;
			while (end >= first && mark(words.get(end))) {
				end--;
			}
			if (first <= end && hasDigit(words, first, end)) {
				if (coverage == null) {
					coverage = new ValueFeatures.Found(folded.length(), found);
				}
				int start = ValueFeatures.groupStart(folded, words.get(first).start(), coverage);
				int stop = ValueFeatures.groupEnd(folded, words.get(end).end(), coverage);
				if (start < taken || groupScore(words, scores, start, stop) <= this.flagScore) {
					i = last + 1;
					continue;
				}
				out.add(new Finding(kind(folded, words, first, end, features), start, stop, Confidence.FLAGGED));
				taken = stop;
			}
			i = last + 1;
		}
	}

	/**
	 * The mean score of the digit words of a value grown to its whole digit groups: a
	 * group is taken whole or not at all, and a date or range whose other groups score
	 * low (2024/03|/15, 300|-1200 yen) is no value.
	 */
	static float groupScore(List<NameWords.Word> words, float[] scores, int start, int stop) {
		float sum = 0;
		int count = 0;
		for (int i = 0; i < words.size() && words.get(i).start() < stop; i++) {
			NameWords.Word word = words.get(i);
			if (word.end() > start && ValueFeatures.hasDigit(word.surface())) {
				sum += Math.max(scores[i], -100f);
				count++;
			}
		}
		return (count == 0) ? Float.NEGATIVE_INFINITY : sum / count;
	}

	/** A word of marks alone (a comma, a bracket): no value starts or ends with one. */
	private static boolean mark(NameWords.Word word) {
		String surface = word.surface();
		for (int i = 0; i < surface.length(); i++) {
			if (Character.isLetterOrDigit(surface.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasDigit(List<NameWords.Word> words, int first, int last) {
		for (int i = first; i <= last; i++) {
			if (ValueFeatures.hasDigit(words.get(i).surface())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What the value is, for its marker alone: the kind of a finding beside it, else its
	 * digits' shape, else the words before it on its line; an address when nothing says.
	 */
	static PersonalDataKind kind(String folded, List<NameWords.Word> words, int first, int last,
			List<String[]> features) {
		String[] firstFeatures = features.get(first);
		for (String feature : firstFeatures) {
			if (feature.startsWith("fb=") || feature.startsWith("fa=")) {
				PersonalDataKind beside = PersonalDataKind.valueOf(feature.substring(3));
				if (beside != PersonalDataKind.PERSON_NAME && beside != PersonalDataKind.EMAIL) {
					return beside;
				}
			}
		}
		String value = folded.substring(words.get(first).start(), words.get(last).end());
		int digits = 0;
		for (int i = 0; i < value.length(); i++) {
			digits += Character.isDigit(value.charAt(i)) ? 1 : 0;
		}
		int line = folded.lastIndexOf('\n', words.get(first).start() - 1) + 1;
		String context = folded.substring(Math.max(line, words.get(first).start() - 40), words.get(first).start())
			.toLowerCase(Locale.ROOT);
		if (digits == 12 && !value.contains(":")) {
			return PersonalDataKind.MY_NUMBER;
		}
		if (containsAny(context, "口座", "記号", "通帳", "passbook", "account", "acct", "bank", "銀行", "支店", "branch", "普通",
				"当座")) {
			return PersonalDataKind.BANK_ACCOUNT;
		}
		if (containsAny(context, "電話", "携帯", "tel", "phone", "fax", "mobile", "cell", "call", "連絡")
				|| (value.startsWith("0") && (digits == 10 || digits == 11))) {
			return PersonalDataKind.PHONE;
		}
		String after = folded.substring(words.get(last).end(), Math.min(folded.length(), words.get(last).end() + 2));
		if (after.startsWith("生") || containsAny(context, "生", "born", "birth", "dob", "誕生", "b.")
				|| value.matches("\\d{4}-\\d{2}-\\d{2}")
				|| value.matches("[SHTRMshtrm]\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}.*")) {
			return PersonalDataKind.DATE_OF_BIRTH;
		}
		if (containsAny(context, "マイナンバー", "個人番号", "my number", "mynumber")) {
			return PersonalDataKind.MY_NUMBER;
		}
		if (containsAny(context, "ナンバー", "plate", "車")) {
			return PersonalDataKind.NUMBER_PLATE;
		}
		return PersonalDataKind.POSTAL_ADDRESS;
	}

	private static boolean containsAny(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

}
