package jp.kitakyushu.busters.api.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The learned name model: names no rule finds, written for these tests and in no corpus,
 * are flagged; ordinary text is left alone; the shipped weights are what the trainer
 * writes from the labelled files.
 */
class LearnedNamesTests {

	private static final PersonalDataRedactor RULES = new PersonalDataRedactor(PersonalDataRedactor.rules());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			お疲れさまです。自治会で会計をしている たかはし が集金に回ります。よろしくお願いします。 | たかはし
			One of the volunteers, Dilnoza, noticed the ramp at the community hall is cracked.    | Dilnoza
			I run a small cram school in Tobata. A parent, Keiko, asked me about the crossing guard. | Keiko
			""")
	void flagsANameNoRuleFinds(String text, String name) {
		int start = text.indexOf(name);
		assertThat(RULES.detect(text)).as("the rules alone").noneMatch((f) -> f.overlaps(start, start + name.length()));
		assertThat(PersonalDataRedactor.standard().detect(text)).as("rules and model")
			.anyMatch((f) -> f.kind() == PersonalDataKind.PERSON_NAME && f.start() == start
					&& f.end() == start + name.length());
	}

	@ParameterizedTest
	@ValueSource(strings = { "小倉駅の北口から勝山公園まで歩くと、段差が多くてベビーカーが通れません。", "ゴミの収集日が火曜と金曜に変わったことを、回覧板で初めて知りました。",
			"The library near Kurosaki Station closes at 7pm on Fridays; could it stay open later?",
			"Potholes on the road between Orio and Yahata make cycling dangerous after dark.",
			"空き家の侵入・漏水・破損をセンサーで見守ります。", "町内会で空き家の状態(雑草の繁茂・破損・郵便物のたまり)を調べます。", "バス停に屋根がない ELDERLY YAHATA_NISHI" })
	void leavesTextWithoutNamesAlone(String text) {
		List<Finding> found = new ArrayList<>();
		LearnedNames.standard().detect(TextFold.fold(text), found);
		assertThat(found).isEmpty();
	}

	@Test
	void readsBackTheWeightsItWrites(@TempDir Path dir) throws IOException {
		NameModel model = new NameModel(Map.of("w=\n", -1.25f, "w-1=a\tb", 0.5f, "w=\\", 2f, "b", -1f));
		Path file = dir.resolve("model.tsv");
		NameModelTrainer.write(model, file);
		try (var in = Files.newInputStream(file)) {
			assertThat(NameModel.read(in).weights()).isEqualTo(model.weights());
		}
	}

	@Test
	void aLineWithoutAWeightIsAClearError() {
		byte[] file = "# model\nb\t-1.0\nw=山田\n".getBytes(StandardCharsets.UTF_8);
		assertThatIllegalStateException().isThrownBy(() -> NameModel.read(new ByteArrayInputStream(file)))
			.withMessageContaining("Line 3")
			.withMessageContaining("w=山田");
	}

	/**
	 * The shipped file is reproducible: training on the labelled files again gives the
	 * same weights. A corpus changed without retraining fails here.
	 */
	@Test
	void shippedWeightsAreWhatTheTrainerLearnsFromTheLabelledFiles() {
		List<LabelledPost> posts = new ArrayList<>();
		NameModelTrainer.FILES.forEach((file) -> posts.addAll(LabelledPost.load(file)));
		NameModel trained = NameModelTrainer.train(NameModelTrainer.examples(posts));
		assertThat(trained.weights()).isEqualTo(NameModel.standard().weights());
	}

}
