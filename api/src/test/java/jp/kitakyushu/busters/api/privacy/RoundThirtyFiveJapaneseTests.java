package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 35's Japanese rules: a chat's bracketed speakers, katakana self-introductions and
 * honorifics, a kin word right before a given name, a bank form's label, symbol and
 * branch lines, and birth dates in both calendars; and the look-alikes (shops, trades,
 * pets, event dates, a branch without an account) that stay.
 */
class RoundThirtyFiveJapaneseTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'トークを貼ります⏎[たくや] 道の穴ひどい⏎[みさき] どこ？⏎[たくや] 駅の裏の坂⏎[みさき] 通報しとく' => たくや
			'小倉南区の湯川に住むサカモトと申します。側溝のふたが外れています。' => サカモト
			'昨日問い合わせたイシバシです。折り返しをお願いします。' => イシバシ
			'隣の部屋のハヤシさん、最近見かけないので心配です。' => ハヤシ
			'担当の利用者さん（ノムラ様、85歳）の件で相談です。' => ノムラ
			'娘の美咲が春から中学生です。制服の譲渡会はありますか。' => 美咲
			'甥っ子はるきの運動会、雨で延期になった。' => はるき
			'参加者⏎・［氏名］（小１）とお兄ちゃんのそうま（小５）' => そうま
			'うちの次女のあかり（小３）が手紙を書きました。' => あかり
			'兄の清志が入院したので当番を代わります。' => 清志
			'夜警の参加者：佐々木、中島、ジェイソン、森田' => ジェイソン
			'たかしに電話してって伝えて' => たかし
			'振込先⏎金融機関：北九州銀行⏎支店：戸畑支店⏎預金種目：普通⏎口座番号：７７１２３０４' => 金融機関
			'口座の書き方⏎〈金融機関〉ゆうちょ銀行⏎〈記号〉１８２３０⏎〈番号〉４４１２０９８１' => １８２３０
			'会の口座⏎福岡銀行 黒崎支店（店番 ３１４）⏎普通預金 No.５５０２１９８' => ５５０２１９８
			'本人　［氏名］　１９９１（平成３）年１０月２２日生' => １０月２２日
			""")
	void hidesValuesByTheirShape(String text, String value) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(value);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'[お知らせ] 来週は資源ごみの日が変わります。' => お知らせ
			'ヤマトさんの集荷が来ませんでした。' => ヤマト
			'ヘルパーさんが来る日を増やしたいです。' => ヘルパー
			'コンビニさんの前にごみが散らかっています。' => コンビニ
			'娘の学校が休校になりました。' => 学校
			'息子のサッカーの試合が中止です。' => サッカー
			'飼い犬のポチは息子のことが大好きです。' => ポチ
			'北九州銀行の黒崎支店が移転しました。' => 黒崎支店
			'条例は２０２５（令和７）年４月１日から施行されます。' => ４月１日
			'スーパーのマルショクさんの駐車場が暗いです。' => マルショク
			'チビさん（近所の野良猫の呼び名）が最近来ません。' => チビ
			'名義人 ミナミ コドモカイ （代表 ［氏名］）' => ミナミ
			'娘の担任が替わりました。' => 担任
			'妻の実家が門司にあります。' => 実家
			'昨日予約したホテルです。' => ホテル
			'孫たちと公園に行きました。' => 孫たち
			'お姉さんと一緒にバスで通っています。' => お姉さん
			'どこに電話すればいいですか。' => どこ
			'散歩していたのは私と犬。私は佐藤、大里在住。' => 大里在住
			'夜9時すぎに電話してくる業者がいます。' => すぎ
			'旦過市場に行ったら、魚屋さんが閉まっていた。' => 旦過市場
			""")
	void keepsLookAlikes(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

}
