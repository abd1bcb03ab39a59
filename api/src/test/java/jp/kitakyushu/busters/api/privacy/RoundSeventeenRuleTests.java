package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules round 17 added, each aimed at a position or a shape held-out-17 showed rather
 * than at its words (every case written anew, none copied from a corpus): names after a
 * role label, as items under a header of people, after a bracketed 旧姓, after a child's or
 * parent's label or in their bracket, two kana words after 在住, a name signing a post in a
 * bracket on its last line (flagged); English handles of an initial and a surname and
 * surnames in capitals; addresses with kanji or kana numbers or over several lines and
 * the numbers continuing an address; era dates of birth in kanji. What must stay: a
 * reference number that looks like a phone, a shop's name in quotes or before its trade,
 * a town before its 丁目, a role label followed by a word that names no one, a pet in the
 * last bracket, and a single number after a town.
 */
class RoundSeventeenRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	private static String lines(String text) {
		return text.replace("\\n", "\n");
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"集会所の鍵の件です。\\n組長　西岡\\n書記　ふくなが\\n会計　タカギ" => 西岡
			"集会所の鍵の件です。\\n組長　西岡\\n書記　ふくなが\\n会計　タカギ" => ふくなが
			"集会所の鍵の件です。\\n組長　西岡\\n書記　ふくなが\\n会計　タカギ" => タカギ
			"清掃の当番を決めました。\\n出席者\\n・宇野\\n・ハマダ\\n・すぎうら" => ハマダ
			"清掃の当番を決めました。\\n出席者\\n・宇野\\n・ハマダ\\n・すぎうら" => すぎうら
			"届出人：立花 和也\\n転入の手続きについて教えてください" => 立花
			"申出人　森（旧姓 日高）沙織\\n戸籍の写しが必要ですか" => 沙織
			"保育園の申込です\\n長女　結衣　令和三年\\n父 江藤 慎吾" => 結衣
			"保育園の申込です\\n長女　結衣　令和三年\\n父 江藤 慎吾" => 江藤
			"息子（小4、りく）が公園で転びました。遊具を直してください" => りく
			"門司区在住 すずき ゆか\\n図書館の開館時間を教えてください" => ゆか
			"公園のベンチが壊れています。\\n（朝の散歩をしている矢吹より）" => 矢吹
			"目撃したので報告します。連絡先を書いておきます：岩永 080-1122-3344" => 岩永
			"落とし物の傘を預かっています。持ち主の方は近所の秋山まで。" => 秋山
			""")
	void hidesNamesByTheirPlace(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"The bench is broken again.\\n- k. fujimoto" => fujimoto
			"Graffiti on the underpass wall, reported by r.tanabe this morning." => tanabe
			"Please refund to my account. Account holder: CHEN Wei." => CHEN
			"ＫＩＭＵＲＡ　ＨＡＮＡと申します。ごみの出し方を教えてください" => KIMURA
			"Loud music from the park every night, please check. (Tomas, Wakamatsu)" => Tomas
			""")
	void hidesEnglishHandlesAndCapitals(String text, String part) {
		assertThat(TextFold.fold(REDACTOR.redact(lines(text)))).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"北九州市八幡東区\\n中央町　七番\\n二の三〇五\\nに住んでいます" => 三〇五
			"送り先は戸畑区浅生町二一ー四ー六〇三です" => 六〇三
			"わたしのいえは ３ちょうめ ５の２ です" => ５の２
			"八幡西区 折尾 二丁目 八ー十一 の角です" => 八ー十一
			"住所は小倉南区葛原東二丁目14番3-701です" => 3-701
			""")
	void hidesAddressNumbersInKanjiKanaAndOverLines(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"家族の生年月日\\n次男　悠真　平成三十年五月九日" => 三十年五月九日
			"祖母は昭和十二年三月三日生まれです" => 十二年三月三日
			""")
	void hidesEraDatesOfBirthInKanji(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"整理番号は 0931-552-770 です。まだ呼ばれません" => 0931-552-770
			"My case number 092-8812-3301 was never answered." => 092-8812-3301
			"申込番号 1234-5678-9012 の件で問い合わせます" => 1234-5678-9012
			"駅前の「のぶちゃん」という居酒屋の看板が倒れそうです" => のぶちゃん
			"商店街の「まさみ食堂」の前に自転車が多いです" => まさみ
			"さかもと歯科の前の横断歩道が消えかけています" => さかもと
			"Music from the bar ""Papa Kenji"" goes on past midnight." => Kenji
			"八幡東区 大蔵 三丁目 の坂道が凍ります" => 大蔵
			"会計　未定\\n班長　調整中\\n役員の決め方を教えてください" => 未定
			"家で猫を飼っています。\\n猫 3匹（シロ、クロ）" => クロ
			"令和六年四月一日から制度が変わると聞きました" => 四月一日
			"小倉北区 紺屋町 の交差点で信号が長いです" => 紺屋町
			"Thanks for fixing the road!\\n- Kokura Residents Association" => Association
			"車が歩道に止まっています（白のワゴン）" => ワゴン
			""")
	void keepsLookAlikes(String text, String part) {
		assertThat(TextFold.fold(REDACTOR.redact(lines(text)))).as(text).contains(TextFold.fold(part));
	}

}
