package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostalAddressDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"',
			textBlock = """
					〒802-0001 北九州市小倉北区浅野1丁目2-3の前の歩道 => 〒802-0001 北九州市小倉北区浅野1丁目2-3
					八幡西区黒崎3-15-1 ○○マンション203号に住んでいます。 => 八幡西区黒崎3-15-1 ○○マンション203号
					小倉南区若園5丁目10番8号の空き家 => 小倉南区若園5丁目10番8号
					住所は北九州市戸畑区中本町7番12号です。 => 北九州市戸畑区中本町7番12号
					戸畑区沢見2丁目3番地の坂道 => 戸畑区沢見2丁目3番地
					若松区本町三丁目4番6号の前の側溝 => 若松区本町三丁目4番6号
					〒800-0000 門司区港町5-1 => 〒800-0000 門司区港町5-1
					若松区ひびきの1-2-3に住んでいます => 若松区ひびきの1-2-3
					小倉南区徳力団地3棟205号室の階段 => 小倉南区徳力団地3棟205号室
					802-0000 北九州市小倉北区紺屋町3-4-5 ○○ビル2階 => 802-0000 北九州市小倉北区紺屋町3-4-5 ○○ビル2階
					郵便番号804-0000、戸畑区の者です。 => 804-0000
					I live at 123 Main Street, Apt 4B, near the park. => 123 Main Street, Apt 4B
					Send it to 1-2-3 Asano, Kokurakita-ku, Kitakyushu 802-0001. => 1-2-3 Asano, Kokurakita-ku, Kitakyushu 802-0001
					Our office is at Uomachi 2-chome 1-1, Kokurakita-ku. => Uomachi 2-chome 1-1, Kokurakita-ku
					""")
	void findsAddressesDownToTheDoor(String text, String address) {
		assertThat(Detected.of(PersonalDataKind.POSTAL_ADDRESS, text)).containsExactly(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "小倉北区では放置自転車が問題です。", "浅野3丁目付近で街灯が消えています。", "43番のバスが遅れます。", "令和6-7年度の計画", "第3-2号議案について",
			"登山道の2-3か所で倒木", "1丁目から3丁目までの区間", "国道3号線の渋滞", "団地の5号棟と6号棟の間", "連絡先 093-000-8888", "5-6人のグループで清掃しました。",
			"避難所は150-200人を収容します。", "We counted 1,200 cyclists on Main Street.", "Route 43 runs along Station Road.",
			"資料の3-2ページ" })
	void leavesPlacesThatAreNotAnyonesAddressAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.POSTAL_ADDRESS, text)).isEmpty();
	}

}
