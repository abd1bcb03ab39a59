package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules round 10 added, from the classes of held-out-10's misses (each case written
 * anew, none copied from a corpus): phones parted by a middle dot, a town and its numbers
 * parted by a space, a 丁目 followed by a dwelling with its floor or flat, and a building
 * with its flat on the line after an address. And what must stay although it looks alike.
 */
class RoundTenRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"連絡は ０８０・４４１２・６６９０ までお願いします。" => ６６９０
			"折り返し093・551・2087へ。" => 2087
			"（携帯 070･3318･2045）" => 2045
			""")
	void findsPhonesPartedByAMiddleDot(String text, String digits) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(digits);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"小倉北区浅野 2-14 に住んでいます" => 2-14
			"〒802-0001 小倉北区浅野 2-14-3 に住む者です" => 2-14-3
			"（門司区柳町三丁目 ハイツ柳 3階 在住）" => ハイツ柳
			"八幡東区春の町 2-7 グランコート春日 9F 903号 宛" => 903
			"戸畑区中原東二丁目 メゾン中原 201号室の者です" => 201
			"送付先：\\n小倉南区守恒２丁目４－８\\nサンハイツ守恒 ３０２号\\nよろしくお願いします" => ３０２
			""")
	void findsAddressesWithASpaceADwellingOrAFlatOnTheNextLine(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "隣の家のネコのモモちゃんが庭に来ます", "うちのねこのクロちゃんが帰ってこない", "We need Korean and Chinese menus at the station.",
					"The kids played at Sakura Koen all day.", "The sign was made by Hayes Design Studio last year." })
	void leavesPetsNationalitiesAndNamedPlacesAlone(String text) {
		assertThat(REDACTOR.redact(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"カネコ・ユウトさんが来た" => ユウト
			"かねこのゆうとくんがけがをした" => ゆうと
			""")
	void stillFindsSurnamesEndingInAnAnimalWord(String text, String name) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024・12・05に開催します", "門司区柳町三丁目の公園が暗いです", "八幡西区黒崎 3号線のバスが遅れる", "小倉駅 3番のりばの屋根が壊れている" })
	void leavesDatesPlacesAndRoutesAlone(String text) {
		assertThat(REDACTOR.redact(text)).isEqualTo(text);
	}

	@Test
	void takesNoPlaceOnTheNextLineWithoutAFlatMark() {
		assertThat(REDACTOR.redact("八幡西区黒崎３丁目５－１\n市民センター 10時から")).endsWith("\n市民センター 10時から");
	}

}
