package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rough figure for how much redaction costs a list page: every corpus sentence stands
 * for one public field.
 */
class PersonalDataThroughputTests {

	private static final int ROUNDS = 30;

	/** Far above what a laptop measures, so only a pathological slowdown fails. */
	private static final double MAX_MICROS_PER_FIELD = 2000;

	@Test
	void redactsATypicalFieldInWellUnderAMillisecond() {
		PersonalDataRedactor redactor = PersonalDataRedactor.standard();
		List<String> fields = LabelledSentence.load(LabelledSentence.TUNING)
			.stream()
			.map(LabelledSentence::text)
			.toList();
		for (int warmUp = 0; warmUp < ROUNDS; warmUp++) {
			fields.forEach(redactor::redact);
		}
		int chars = fields.stream().mapToInt(String::length).sum();
		long start = System.nanoTime();
		for (int round = 0; round < ROUNDS; round++) {
			fields.forEach(redactor::redact);
		}
		double micros = (System.nanoTime() - start) / 1000.0 / ROUNDS / fields.size();
		System.out.printf(Locale.ROOT, "redact: %.1f µs per field (%d fields, %.0f chars on average)%n", micros,
				fields.size(), (double) chars / fields.size());
		assertThat(micros).isLessThan(MAX_MICROS_PER_FIELD);
	}

}
