package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 32's Japanese address rules: the prefecture or city a glued label cut off, the
 * house number, building and room after a lot, lots joined by の, and a dwelling's name
 * with its floor or flat; and the look-alikes that stay.
 */
class RoundThirtyTwoJapaneseAddressTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** The prefecture or city after a glued label is hidden with the rest. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'転居しました、旧住所広島市中区幟町3-4-12、よろしく。' => 広島
			'控えの送り先は新住所宮城県仙台市青葉区一番町2-7-5です。' => 宮城
			'返送先千葉県船橋市本町5-3-8まで。' => 千葉
			'送付先愛知県豊橋市松葉町2-5-1です。' => 愛知
			'新しい住所は札幌市北区北12条西4丁目1-6です。' => 札幌
			""")
	void hidesPrefixesCutByLabels(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** The house number, building and room left after a lot are hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'うちは若松区桜町2-5-11 パルテール桜町 の角部屋です。' => パルテール
			'配達先：戸畑区天神3-8-20 ｸﾞﾘｰﾝｺｰﾄ天神 5F' => 5F
			'住まいは門司区錦町三丁目四ノ十二です。' => 十二
			'実家は小倉南区志井３丁目の４の１８です。' => １８
			'寮は八幡東区祇園5-2-7 第一寮 3-04 に住んでます。' => 04
			""")
	void hidesTailsAfterLots(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** A katakana name with a kanji place and a floor or flat is a dwelling. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'上の部屋（ベルメゾン三萩野 704）の足音が響きます。' => 704
			'回覧板はプランドール曽根 3階の302に回してね。' => 302
			'荷物はシャトレ小森江 1-Cに置いてください。' => 1-C
			""")
	void hidesNamedFlats(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** Shops, venues, counts, prices and the digits of other numbers stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'ダイソー小倉駅前店 2階で買いました。' => 2階
			'説明会はウェルとばた 3階の会議室で行います。' => 3階の会議室
			'手作りクッキー 300円で販売します。' => 300円
			'ゆめタウン八幡 3F のトイレが故障中です。' => 3F
			'バザーでカーディガン 500円、ジャケット 800円でした。' => 800円
			'スタジアム北九州 2025年の試合日程が出ました。' => 2025年
			'大阪府と兵庫県の境で渋滞しています。' => 大阪府
			'東京都の人口は多いです。' => 東京都
			""")
	void keepsLookAlikes(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
