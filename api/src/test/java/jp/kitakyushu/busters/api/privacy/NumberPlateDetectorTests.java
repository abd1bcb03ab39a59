package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberPlateDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			毎朝、北九州 500 あ 12-34の車が停まっています。 => 北九州 500 あ 12-34
			北九州500さ1234の軽トラック => 北九州500さ1234
			品川 300 は 55-66 の車 => 品川 300 は 55-66
			福岡 330 て 7-12 の車にあおられました。 => 福岡 330 て 7-12
			北九州 502 ね ・・・7 の車 => 北九州 502 ね ・・・7
			逃げた車のナンバーは「・・12」でした。 => ・・12
			所沢 300 そ 12-34 のバン => 所沢 300 そ 12-34
			The car with plate Kitakyushu 500 a 12-34 blocks the gate. => Kitakyushu 500 a 12-34
			The taxi, Fukuoka 500 ta 1234, drove off. => Fukuoka 500 ta 1234
			""")
	void findsPlatesInFullOrInPart(String text, String plate) {
		assertThat(Detected.of(PersonalDataKind.NUMBER_PLATE, text)).containsExactly(plate);
	}

	@ParameterizedTest
	@ValueSource(strings = { "マイナンバー1234 5678 9012", "北九州で500人が参加しました。", "福岡に3か所あります。", "ナンバープレートの読み取りカメラを設置します。",
			"The plate number format has four parts.", "43番のバス" })
	void leavesOtherNumbersAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.NUMBER_PLATE, text)).isEmpty();
	}

}
