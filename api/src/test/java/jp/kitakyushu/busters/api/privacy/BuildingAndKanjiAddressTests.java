package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses a plain street-address pattern misses: a named building with a flat number,
 * room lines in English, numbers written in kanji, romanised addresses with a flat, and
 * birth dates and bank accounts in the less usual spellings.
 */
class BuildingAndKanjiAddressTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"',
			textBlock = """
					自宅はアーバンライフ黒崎902です。 => アーバンライフ黒崎902
					サンパレス徳力1507号室に住んでいます。 => サンパレス徳力1507号室
					ハイツ若園 3-201 の住人です。 => ハイツ若園 3-201
					住まいはグランドハイツ守恒の405です。 => グランドハイツ守恒の405
					ハイム葛原の2F-201号室です。 => ハイム葛原の2F-201号室
					自宅はコスモ小倉1108号室です。 => コスモ小倉1108号室
					住所は小倉北区黒原二丁目三番四号です。 => 小倉北区黒原二丁目三番四号
					八幡東区枝光本町五番十二号の前の歩道 => 八幡東区枝光本町五番十二号
					実家は門司区柄杓田三丁目十一番地にあります。 => 門司区柄杓田三丁目十一番地
					戸畑区浅生二丁目一〇番八号の空き地 => 戸畑区浅生二丁目一〇番八号
					北九州市八幡東区春の町二丁目三番一号 => 北九州市八幡東区春の町二丁目三番一号
					北九州市若松区あけぼの台1丁目2番3号 => 北九州市若松区あけぼの台1丁目2番3号
					I live in Room 408, Sunset Heights Kokura, and the lights flicker. => Room 408, Sunset Heights Kokura
					Apartment 3C, Maple Residence Yahata. The drains smell. => Apartment 3C, Maple Residence Yahata
					Write to me c/o Blue Sky House, Room 2. => Blue Sky House, Room 2
					We moved to 3-7-2 Shimoitozu, Kokurakita-ku, Apt. 505, last spring. => 3-7-2 Shimoitozu, Kokurakita-ku, Apt. 505
					""")
	void findsBuildingsWithARoomAndKanjiNumerals(String text, String address) {
		assertThat(Detected.of(PersonalDataKind.POSTAL_ADDRESS, text)).containsExactly(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Room 203 of the community centre is free on Saturdays.",
			"Room 101 at the ward office has no hearing loop.", "ドライバー300人が不足しています。", "エレベーター2基が止まっています。",
			"ノンステップバス120台を導入します。", "公園の一番奥のベンチ", "二丁目の交差点が危ないです。", "三番目の信号を右です。", "コンビニ150円のコーヒー" })
	void leavesRoomsCountsAndOrdinalsAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.POSTAL_ADDRESS, text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			The money can be sent to my account, number 8812045, at Fukuoka Bank. => 8812045
			Our club's checking account (No. 6632190) should receive the grant. => 6632190
			Bank: Kitakyushu Bank, Tobata branch, savings account 3390127. => 3390127
			Bank details: account #4418820, Kitakyushu Bank. => 4418820
			My account number is 4455667 at Kitakyushu Bank. => 4455667
			""")
	void findsAccountNumbersIntroducedInEnglish(String text, String account) {
		assertThat(Detected.of(PersonalDataKind.BANK_ACCOUNT, text)).containsExactly(account);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", textBlock = """
			父は大正十四年十月二日生まれです。 => 大正十四年十月二日
			祖母の生年月日は昭和五年七月七日です。 => 昭和五年七月七日
			""")
	void findsBirthDatesInKanjiNumerals(String text, String date) {
		assertThat(Detected.of(PersonalDataKind.DATE_OF_BIRTH, text)).containsExactly(date);
	}

}
