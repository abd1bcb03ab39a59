package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 33 (places): an office's own postcode, a public facility's own address and a room
 * of a public building stay visible; a resident's address, postcode and room beside them
 * are still hidden.
 */
class RoundThirtyThreePlacesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** What is a public place's own stays as written. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'郵便番号 920-8577 は県庁だそうです。' => 920-8577
			'The Harbour City Office postal code is 731-8610, I think.' => 731-8610
			'税務署の郵便番号は〒812-8580で合っていますか。' => 812-8580
			'門司区役所は門司区清滝二丁目7番1号です。窓口は2階。' => 門司区清滝二丁目7番1号
			'The Tobata Civic Center is at 3-2-5 Sawami, next to the station.' => 3-2-5 Sawami
			'The Library at 88 Harbor Road opens at 9 on Sundays.' => 88 Harbor Road
			'小倉城の近くの市民会館、2階 205号室で講座があります。' => 205号室
			'Meeting in Room 4C, Wakamatsu Community Hall, on Friday.' => Room 4C
			'西鉄バス21番、紺屋町から戸畑方面がいつも満員です。' => 紺屋町
			'「上津役」行きのバスが減って困っています。' => 上津役
			'The last train from Orio to Kurate was cancelled again.' => Kurate
			'Many tourists come from Pohang and Qingdao by ferry.' => Qingdao
			'The rent goes to Hoshino Real Estate every month.' => Hoshino Real Estate
			'Please refund it to Mizuho, Orio branch, as before.' => Mizuho
			'お米はJA北九さんが配ってくれました。' => JA北九
			""")
	void keepsPublicPlaces(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

	/** A resident's address, postcode and room next to such places are still hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'区役所に行きました。私の住所は八幡西区則松6丁目14-9 です。' => 則松6丁目14-9
			'〒803-0852 小倉北区新高田2-6-11 に住む 岡部 俊介 です。' => 新高田2-6-11
			'I live at 4-11-2 Nishiminato, near the City Hall.' => 4-11-2 Nishiminato
			'公民館の近くのアパート、グリーンハイツ 305号室の 原口 です。' => 305号室
			'My neighbour in room 402 of Sunny Heights, near the library, plays drums.' => 402
			'Our new address is Moji Youth Hall, 4-2-8 Nishikaigan, Moji-ku.' => 4-2-8 Nishikaigan
			'The lift in Building 6, Room 214 of the Hibikino danchi is broken again.' => Room 214
			'娘の 平野 美咲 から電話があり、迎えに来てと言われました。' => 美咲
			'The bus driver was rude to my son Haruto this morning.' => Haruto
			'Our landlord, Mr. Hoshino of Hoshino Real Estate, never answers.' => Mr. Hoshino of
			""")
	void stillHidesResidents(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

}
