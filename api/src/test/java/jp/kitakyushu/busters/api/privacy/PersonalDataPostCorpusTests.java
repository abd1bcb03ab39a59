package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the standard redactor on whole citizen posts the way the public reads them,
 * against the goals of issue 10, and prints the figures per kind with every value still
 * visible and every ordinary string masked (also written to
 * {@code target/privacy/posts-<corpus>.txt}).
 *
 * <p>
 * Both tuning sets are what the rules are fixed against, and are held to the goals:
 * {@code posts-tuning.tsv} (four batches, each first run as unseen text) and
 * {@code posts-tuning-2.tsv}, the round-1 held-out set, which became tuning data once it
 * had been measured.
 */
class PersonalDataPostCorpusTests {

	/** Values hidden, masked or flagged. */
	static final double MIN_RECALL = 0.97;

	/** Values hidden by sure findings alone. */
	static final double MIN_MASKED_RECALL = 0.93;

	/** Posts with personal data that still show a value. */
	static final double MAX_LEAKING_POSTS = 0.02;

	/** Company, station and facility names, times, amounts and pets masked by mistake. */
	static final double MAX_OVER_MASKED = 0.01;

	/** Posts without personal data that must come back exactly as written. */
	static final double MIN_UNCHANGED = 0.97;

	@Test
	void firstTuningSetMeetsTheGoals() throws IOException {
		assertMeetsGoals(measure("tuning", LabelledPost.TUNING));
	}

	@Test
	void secondTuningSetMeetsTheGoals() throws IOException {
		assertMeetsGoals(measure("tuning-2", LabelledPost.TUNING_2));
	}

	private static PostScore measure(String name, String resource) throws IOException {
		PostScore score = PostScore.of(PersonalDataRedactor.standard(), LabelledPost.load(resource));
		String report = "== " + resource + " ==\n" + score.report() + goals(score);
		System.out.println(report);
		Path file = Path.of("target", "privacy", "posts-" + name + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report, StandardCharsets.UTF_8);
		return score;
	}

	private static String goals(PostScore score) {
		return "goals of issue 10:\n" + goal("value recall, masked + flagged >= 0.97", score.recall() >= MIN_RECALL)
				+ goal("value recall, masked alone >= 0.93", score.maskedRecall() >= MIN_MASKED_RECALL)
				+ goal("posts leaking a value <= 0.02", score.leakingPostRate() <= MAX_LEAKING_POSTS)
				+ goal("must-stay strings masked <= 0.01", score.overMaskedRate() <= MAX_OVER_MASKED)
				+ goal("posts without data unchanged >= 0.97", score.unchangedRate() >= MIN_UNCHANGED);
	}

	private static String goal(String goal, boolean met) {
		return "  " + (met ? "met     " : "NOT MET ") + goal + "\n";
	}

	private static void assertMeetsGoals(PostScore score) {
		assertThat(score.recall()).as("value recall, masked + flagged").isGreaterThanOrEqualTo(MIN_RECALL);
		assertThat(score.maskedRecall()).as("value recall, masked alone").isGreaterThanOrEqualTo(MIN_MASKED_RECALL);
		assertThat(score.leakingPostRate()).as("posts leaking a value").isLessThanOrEqualTo(MAX_LEAKING_POSTS);
		assertThat(score.overMaskedRate()).as("must-stay strings masked").isLessThanOrEqualTo(MAX_OVER_MASKED);
		assertThat(score.unchangedRate()).as("posts without data unchanged").isGreaterThanOrEqualTo(MIN_UNCHANGED);
	}

}
