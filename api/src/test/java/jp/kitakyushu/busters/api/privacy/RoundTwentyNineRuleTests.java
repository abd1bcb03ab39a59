package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 29's rules, each case invented (none copied from a corpus): names by a kana
 * reading, a spaced honorific, quotes, a kin label or bracket, a list of friends or a
 * child's answer; building lines with a room, city plates, accounts in kanji digits or
 * after a bracketed kind, birth dates in a hiragana era; and what stays: office holders
 * in a post about their office, pets, cars, wards in hiragana, places by their last word.
 */
class RoundTwentyNineRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Personal data in the new positions and forms. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"組長の 松尾（まつお）です。回覧板が届きません。" => 松尾
			"倒れていた方は「江頭（えがしら）」様と名乗られました。" => えがしら
			"弟の友だちの すぎもと くんが自転車でけがをしました。" => すぎもと
			"同じクラスの子（はるか と みつき）も見ていました。" => みつき
			"たしか「末永」さんという方が住んでいます。" => 末永
			"女の子に名前を聞いたら「さくら」と答えました。" => さくら
			"届出のお願い\\n母：古賀 ヨシエ（九十一歳）\\n連絡先は下記です。" => 古賀 ヨシエ
			"娘（野口 美咲、中学二年）が転びました。" => 美咲
			"フィリピンから来ました。マリア・サントスです。日本語を勉強中です。" => マリア・サントス
			"Our flat is at Heights Kiyomizu 3C, please send the form." => Kiyomizu 3C
			"Loud parties every night next door to my apartment (Belmont Sayagatani, room 305)." => 305
			"Refund please to Fukuoka Bank Kurosaki Branch (savings) 4471920." => 4471920
			"返金は北九州銀行　戸畑支店　普通　七七〇二一五八へお願いします。" => 七七〇二一五八
			"祖母の生年月日は たいしょう十五年三月三日生まれ です。" => たいしょう十五年三月三日
			"駐輪場に原付が放置、ナンバーは 北九州市 八 ち 3307 です。" => 3307
			"Neighbour complaint. - Tomasz K." => Tomasz K.
			"ブンちゃんこと［氏名］です。ベンチが壊れています。" => ブンちゃん
			""")
	void hidesNewForms(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** Office holders, pets, cars, wards in hiragana and places stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"市長さんへ。武内さん、公園のトイレを直してください。" => 武内
			"北橋さんが市長だったころから駅前は変わりません。市長に届けてください。" => 北橋
			"小倉南区長の説明会に行きました。区長さんは丁寧でした。" => 小倉南区長
			"うちの猫はコタロウです。コタロウは猫の名前です。コタロウを見かけたら連絡を。" => コタロウ
			"名前：チャコ（柴犬・オス・三歳）が逃げました。チャコちゃんは人なつっこいです。" => チャコ
			"Lost dog! Her name is Biscuit, a 2-year-old corgi with a red collar." => Biscuit
			"A black Nissan Serena blocked the crossing for an hour." => Nissan Serena
			"白いホンダ フィットが毎晩歩道に止まっています。" => ホンダ フィット
			"わたしは こくらみなみく とくりき に すんで います。" => こくらみなみく とくりき
			"大雨で近くの紫川の土手が崩れそうです。" => 紫川
			"八幡西区 則松の交差点で信号が消えています。" => 則松
			""")
	void keepsWhatIsNoPrivateData(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
