package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MyNumberDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			個人番号123456789012を申請書に書きました。 => 123456789012
			母のマイナンバーは1234 5678 9012です。 => 1234 5678 9012
			カードの番号（1234-5678-9012）を聞かれました。 => 1234-5678-9012
			マイナンバー：１２３４　５６７８　９０１２ => １２３４　５６７８　９０１２
			Her My Number is 1234 5678 9012. => 1234 5678 9012
			""")
	void findsTwelveDigitsInGroupsOfFourOrNone(String text, String number) {
		assertThat(Detected.of(PersonalDataKind.MY_NUMBER, text)).containsExactly(number);
	}

	@ParameterizedTest
	@ValueSource(strings = { "法人番号1234567890123", "電話09000001234", "寄付は123456789012円でした。", "受付番号は202504010001です。",
			"Order number 202504010001 has shipped.", "1,234,567,890,123円", "1234-5678 9012", "123456789012.5" })
	void leavesOtherLongNumbersAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.MY_NUMBER, text)).isEmpty();
	}

}
