package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the standard redactor on the labelled corpora in
 * {@code src/test/resources/privacy/}, prints the figures (also written to
 * {@code target/privacy/corpus-report.txt}) and holds them above floors.
 *
 * <p>
 * {@code corpus.tsv} is the set the rules were tuned on, so it must stay perfect: a
 * regression there is a rule that broke. {@code corpus-holdout.tsv} was written after
 * tuning and is the honest estimate; its floors sit just under what it measures.
 */
class PersonalDataCorpusTests {

	/**
	 * The held-out set measured precision 1.000, recall 0.900 and 6 leaks out of 60 when
	 * first run; floors sit just under that.
	 */
	private static final double HELD_OUT_MIN_PRECISION = 0.97;

	private static final double HELD_OUT_MIN_RECALL = 0.88;

	private static final int HELD_OUT_MAX_LEAKS = 6;

	private static List<LabelledSentence> tuning;

	private static List<LabelledSentence> heldOut;

	private static CorpusScore tuningScore;

	private static CorpusScore heldOutScore;

	@BeforeAll
	static void measure() throws IOException {
		PersonalDataRedactor redactor = PersonalDataRedactor.standard();
		tuning = LabelledSentence.load(LabelledSentence.TUNING);
		heldOut = LabelledSentence.load(LabelledSentence.HELD_OUT);
		tuningScore = CorpusScore.of(redactor, tuning);
		heldOutScore = CorpusScore.of(redactor, heldOut);
		List<LabelledSentence> all = new ArrayList<>(tuning);
		all.addAll(heldOut);
		String report = section("Tuning corpus (corpus.tsv)", tuning, tuningScore)
				+ section("Held-out corpus (corpus-holdout.tsv)", heldOut, heldOutScore)
				+ section("Both together", all, CorpusScore.of(redactor, all));
		System.out.println(report);
		Path file = Path.of("target", "privacy", "corpus-report.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	private static String section(String title, List<LabelledSentence> corpus, CorpusScore score) {
		long japanese = corpus.stream().filter(LabelledSentence::japanese).count();
		long japaneseWithData = corpus.stream().filter((s) -> s.japanese() && !s.expected().isEmpty()).count();
		long english = corpus.size() - japanese;
		long englishWithData = corpus.stream().filter((s) -> !s.japanese() && !s.expected().isEmpty()).count();
		StringBuilder out = new StringBuilder();
		out.append("== ").append(title).append(" ==\n");
		out.append(String.format(Locale.ROOT,
				"sentences: %d (ja %d: %d with personal data, %d without; en %d: %d with, %d without)%n%n",
				corpus.size(), japanese, japaneseWithData, japanese - japaneseWithData, english, englishWithData,
				english - englishWithData));
		out.append(score.table());
		out.append(String.format(Locale.ROOT, "leak rate: %.3f (%d expected strings still visible after redact)%n",
				score.leakRate(), score.leakCount()));
		appendAll(out, "missed", score.misses());
		appendAll(out, "false alarms", score.falseAlarms());
		appendAll(out, "leaks", score.leaks());
		return out.append('\n').toString();
	}

	private static void appendAll(StringBuilder out, String title, List<String> lines) {
		out.append(title).append(" (").append(lines.size()).append(")\n");
		lines.forEach((line) -> out.append("  ").append(line).append('\n'));
	}

	@Test
	void corpusIsLargeMostlyJapaneseAndBalanced() {
		long japanese = tuning.stream().filter(LabelledSentence::japanese).count();
		long withData = tuning.stream().filter((s) -> !s.expected().isEmpty()).count();
		assertThat(tuning).hasSizeGreaterThanOrEqualTo(200);
		assertThat((double) japanese / tuning.size()).isBetween(0.6, 0.75);
		assertThat((double) withData / tuning.size()).isBetween(0.4, 0.6);
	}

	@Test
	void tuningCorpusIsDetectedWithoutMissesOrFalseAlarms() {
		assertThat(tuningScore.misses()).isEmpty();
		assertThat(tuningScore.falseAlarms()).isEmpty();
	}

	@Test
	void redactedTuningSentencesShowNoExpectedPersonalData() {
		assertThat(tuningScore.leaks()).isEmpty();
	}

	@Test
	void heldOutPrecisionAndRecallStayAboveFloors() {
		assertThat(heldOutScore.precision()).isGreaterThanOrEqualTo(HELD_OUT_MIN_PRECISION);
		assertThat(heldOutScore.recall()).isGreaterThanOrEqualTo(HELD_OUT_MIN_RECALL);
		assertThat(heldOutScore.leakCount()).isLessThanOrEqualTo(HELD_OUT_MAX_LEAKS);
	}

}
