package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
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

/**
 * The learned value detector, on examples written for these tests and in no corpus: with
 * hand-set weights, how runs of words become findings (whole digit groups, flagged, only
 * where nothing was found, the kind from the context); with the shipped weights, that
 * times, dates, prices and route numbers stay visible.
 */
class LearnedValuesTests {

	/** A model that takes a word of seven digits for a value, and nothing else. */
	private static final ValueModel SEVEN_DIGITS = new ValueModel(Map.of("b", -10f, "s=d7", 30f));

	private static List<Finding> detect(ValueModel model, String text, List<Finding> before) {
		List<Finding> out = new ArrayList<>(before);
		new LearnedValues(model, 0f).detect(TextFold.fold(text), out);
		return out.subList(before.size(), out.size());
	}

	@Test
	void flagsARunOfWordsTheModelScoresAboveTheThreshold() {
		String text = "The membership card says 7730418 on the back.";
		assertThat(detect(SEVEN_DIGITS, text, List.of())).singleElement().satisfies((finding) -> {
			assertThat(finding.in(text)).isEqualTo("7730418");
			assertThat(finding.flagged()).isTrue();
		});
	}

	@Test
	void addsNothingWhereTheRulesFoundSomethingAlready() {
		String text = "The membership card says 7730418 on the back.";
		int start = text.indexOf("7730418");
		Finding rule = new Finding(PersonalDataKind.BANK_ACCOUNT, start, start + 7);
		assertThat(detect(SEVEN_DIGITS, text, List.of(rule))).isEmpty();
	}

	@Test
	void addsNothingToATextWithoutDigits() {
		ValueModel everything = new ValueModel(Map.of("b", 50f));
		assertThat(detect(everything, "Nothing here but words, ここにも言葉だけ。", List.of())).isEmpty();
	}

	@Test
	void aValueHoldsADigitAndNoMarkAtItsEnds() {
		ValueModel everything = new ValueModel(Map.of("b", 50f));
		String text = "(Unit 7)";
		assertThat(detect(everything, text, List.of())).singleElement()
			.satisfies((finding) -> assertThat(finding.in(text)).isEqualTo("Unit 7"));
	}

	@Test
	void aDigitGroupIsTakenWholeWhenOnlyPartOfItScores() {
		ValueModel firstGroup = new ValueModel(Map.of("b", -10f, "s=d4", 40f));
		String text = "Grandpa (b. 1931-04-27) is missing since noon.";
		assertThat(detect(firstGroup, text, List.of())).singleElement().satisfies((finding) -> {
			assertThat(finding.in(text)).isEqualTo("1931-04-27");
			assertThat(finding.kind()).isEqualTo(PersonalDataKind.DATE_OF_BIRTH);
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Card number on the passbook: 7730418.           | BANK_ACCOUNT
			通帳の記号番号は 7730418 です。                    | BANK_ACCOUNT
			Please ring my mobile 7730418 after six.        | PHONE
			He wrote 7730418 on the back of the envelope.   | POSTAL_ADDRESS
			""")
	void theKindComesFromTheWordsBeforeTheValue(String text, PersonalDataKind kind) {
		assertThat(detect(SEVEN_DIGITS, text, List.of())).singleElement()
			.satisfies((finding) -> assertThat(finding.kind()).isEqualTo(kind));
	}

	@Test
	void twelveDigitsAreAMyNumber() {
		ValueModel groups = new ValueModel(Map.of("b", -10f, "g=d4_d4_d4", 30f));
		String text = "The form asks for it: 5120 8863 0947, is that safe?";
		assertThat(detect(groups, text, List.of())).singleElement().satisfies((finding) -> {
			assertThat(finding.in(text)).isEqualTo("5120 8863 0947");
			assertThat(finding.kind()).isEqualTo(PersonalDataKind.MY_NUMBER);
		});
	}

	@Test
	void aValueBesideARuleFindingTakesItsKind() {
		String text = "Flat 7730418 Sunny Heights";
		int start = text.indexOf("Sunny");
		Finding building = new Finding(PersonalDataKind.POSTAL_ADDRESS, start, text.length());
		assertThat(detect(SEVEN_DIGITS, text, List.of(building))).singleElement()
			.satisfies((finding) -> assertThat(finding.kind()).isEqualTo(PersonalDataKind.POSTAL_ADDRESS));
	}

	@Test
	void digitGroupsHaveTheirShape() {
		assertThat(ValueFeatures.digitGroups("no. 2290 4417 3308.", 4, 8)).isEqualTo("d4_d4_d4");
		assertThat(ValueFeatures.digitGroups("(S9.11.5生)", 2, 3)).isEqualTo("ad1.d2.d1");
		assertThat(ValueFeatures.digitGroups("cost 1,200,000 yen", 7, 10)).isEqualTo("d1;d3;d3");
		assertThat(ValueFeatures.digitGroups("no digits", 0, 2)).isNull();
	}

	@Test
	void aLineLabelIsTheTextBeforeAnEarlyColon() {
		String text = "Hello\nAcct no: 123\nA long sentence with a time at 10:30";
		assertThat(ValueFeatures.labelColon(text, 6)).isEqualTo(text.indexOf(':'));
		assertThat(ValueFeatures.labelColon(text, text.indexOf("A long"))).isEqualTo(-1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The number 43 bus leaves Kokura at 10:30 and costs 230 yen.",
			"12月3日（火）14時から小倉北区役所で説明会を開きます。参加費は500円です。",
			"Route 7 buses ran 15 minutes late on 2 December near Kurosaki Station.", "市営バス 28 番は 8:05 発、片道 170 円です。",
			"The budget for the new park is 3,500,000 yen over 2 years." })
	void theShippedModelLeavesTimesDatesPricesAndRoutesAlone(String text) {
		assertThat(PersonalDataRedactor.standard().detect(text)).isEmpty();
	}

	@Test
	void readsBackTheWeightsItWrites(@TempDir Path dir) throws IOException {
		ValueModel model = new ValueModel(Map.of("w=\n", -1.25f, "c=a\tb", 0.5f, "w=\\", 2f, "b", -1f));
		Path file = dir.resolve("model.tsv");
		ValueModelTrainer.write(model, file);
		try (var in = Files.newInputStream(file)) {
			assertThat(ValueModel.read(in).weights()).isEqualTo(model.weights());
		}
	}

}
