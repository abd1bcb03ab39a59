package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names no honorific or self-introduction introduces, found from the dictionary's tags
 * and the name lists, each with how sure the detector is; and the places, firms and pets
 * that look like names but must stay.
 */
class NameWithoutCueTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			昨日、近所の上野敏行と一緒に清掃しました。 => 上野敏行:MASKED
			先週は伊東 里美が鍵を預かっていました。 => 伊東 里美:MASKED
			私、宮下恵の名前で投稿しました。 => 宮下恵:MASKED
			叔母の根本まゆみが困っています。 => 根本まゆみ:MASKED
			砂田和夫会長の呼びかけで始まりました。 => 砂田和夫:MASKED
			藤井課長補佐から回答をもらいました。 => 藤井:MASKED
			平井（防災部長）が鍵を持っています。 => 平井:MASKED
			町内会長の大塚が当番表を作りました。 => 大塚:MASKED
			息子のそうすけが腕を骨折しました。 => そうすけ:MASKED
			長男はるき（7歳）と公園に行きました。 => はるき:MASKED
			次女・結衣（小学3年）が声をかけられました。 => 結衣:MASKED
			祖母・ハナが一人で買い物に行きます。 => ハナ:MASKED
			近所のアンナ・シュミットが困っています。 => アンナ・シュミット:MASKED
			小倉南区湯川新町の古川方に住んでいます。 => 古川:MASKED
			吉原と二人で花壇の手入れをしています。 => 吉原:MASKED
			防犯灯の件で、相沢から区役所に電話してもらいました。 => 相沢:FLAGGED
			"公園のトイレが壊れています。\\n岩崎 登" => 岩崎 登:MASKED
			"ご検討ください。\\n（文責：堀口 紀子）" => 堀口 紀子:MASKED
			Laura Bennett slipped on the wet tiles. => Laura Bennett:MASKED
			Hello, Tanaka Hiroshi from Moji. => Tanaka Hiroshi:MASKED
			Daiki Yamaguchi was hit by a car here. => Daiki Yamaguchi:MASKED
			Mark Fletcher here. The shelter has no light. => Mark Fletcher:MASKED
			Lily and I take the bus every day. => Lily:MASKED
			"Please look into this.\\nBest,\\nGeorge Campbell" => George Campbell:MASKED
			From: Kevin Shaw => Kevin Shaw:MASKED
			Phone: 090-0000-7712 (Lucas) => Lucas:MASKED
			Regards from the Smith family. => Smith:MASKED
			John P. Smith reported the fallen tree. => John P. Smith:MASKED
			英語の問い合わせはAkira Tsujiまでお願いします。 => Akira Tsuji:MASKED
			Call me on 090-0000-1234 — Tom. => Tom:MASKED
			My neighbour Winifred has no one to help her. => Winifred:MASKED
			Please contact Shigeru about the keys. => Shigeru:MASKED
			Mitsuo says the drain overflows every June. => Mitsuo:FLAGGED
			Noriko Hashimura runs the flower shop. => Noriko Hashimura:MASKED
			I spoke to Ottavia Bruni, who lives next door. => Ottavia Bruni:FLAGGED
			""")
	void findsNamesWithoutACue(String text, String nameAndConfidence) {
		String post = text.replace("\\n", "\n");
		assertThat(Detected.withConfidence(PersonalDataKind.PERSON_NAME, post)).containsExactly(nameAndConfidence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "佐藤工業株式会社のダンプカーが通ります。", "有限会社松本電気さんに点検をお願いしました。", "山口内科クリニックの前の横断歩道", "田中眼科の駐車場から出る車",
			"安部山公園駅の階段にスロープを", "石田駅の周辺は夜暗いです。", "中間駅の近くの踏切", "小倉井筒屋の前のバス停", "葛原の交差点で右折信号がほしい", "大谷球場の周辺で路上駐車が多い",
			"住友金属さんの跡地はどうなりますか。", "中野運送さんのトラックが止まっています。", "ゆめタウンさんの前の交差点", "株式会社ひびき環境サービスさんが清掃を手伝いました。",
			"猫のタマちゃんが帰ってきません。", "うちのトイプードルのモカくんがけがをしました。", "ワーク・ライフ・バランスを考えた施策です。", "ノー・マイカー・デーの日はバスを増やして。",
			"母のマイナンバーカードの手続き", "お姉ちゃんと弟くんが登校しています。", "息子がいます。", "小倉南区に住む二児の母です。", "高齢の母にはどれを使えばよいか分からない",
			"岡田ビルの1階のテナント", "森の中の遊歩道が倒木でふさがっています。", "Our dog Max cut his paw in the park.",
			"Bella, our golden retriever, was frightened.", "Max Valu's car park is full.",
			"Green Hill Kindergarten wants a crossing guard.", "Will the city fix the road?",
			"Kokura Castle is lit up until 22:00.", "Thanks,\nA concerned parent",
			"The Kitakyushu Marathon closes Route 3.", "Sakura trees line the river.",
			"I spoke to Kokura Station staff.", "Send it to City Hall, please.",
			"Bus 43 stops at 7:10 - Kokura Station.", "Our neighbour association meets monthly." })
	void leavesPlacesFirmsPetsAndPhrasesAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).isEmpty();
	}

}
