package jp.kitakyushu.busters.api.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of the labelled corpus with the personal data a reader would expect to be
 * hidden.
 *
 * @param language {@code ja} or {@code en}
 * @param text the sentence
 * @param expected the findings a perfect detector would make
 */
record LabelledSentence(String language, String text, List<Expected> expected) {

	/** Sentences the rules were tuned on. */
	static final String TUNING = "/privacy/corpus.tsv";

	/** Sentences written after tuning and never tuned on. */
	static final String HELD_OUT = "/privacy/corpus-holdout.tsv";

	/**
	 * One expected finding: its kind, the exact substring, and where it first occurs.
	 *
	 * @param kind what it is
	 * @param value the substring
	 * @param start offset of its first occurrence in the sentence
	 */
	record Expected(PersonalDataKind kind, String value, int start) {

		int end() {
			return this.start + this.value.length();
		}

	}

	static List<LabelledSentence> load(String resource) {
		InputStream in = Objects.requireNonNull(LabelledSentence.class.getResourceAsStream(resource), resource);
		List<LabelledSentence> sentences = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					sentences.add(parse(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sentences;
	}

	private static LabelledSentence parse(String line) {
		String[] columns = line.split("\t");
		String text = columns[1];
		List<Expected> expected = new ArrayList<>();
		for (int i = 2; i < columns.length; i++) {
			int equals = columns[i].indexOf('=');
			String value = columns[i].substring(equals + 1);
			int start = text.indexOf(value);
			if (start < 0) {
				throw new IllegalStateException("'" + value + "' is not in: " + text);
			}
			expected.add(new Expected(PersonalDataKind.valueOf(columns[i].substring(0, equals)), value, start));
		}
		return new LabelledSentence(columns[0], text, List.copyOf(expected));
	}

	boolean japanese() {
		return "ja".equals(this.language);
	}

}
