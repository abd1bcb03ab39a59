package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 28's rules, each case invented (none copied from a corpus): names by their
 * position alone (an opening before です or って, a kana surname before の and an elder, a
 * word before a found given name, a post's last word, a Latin word before a bracketed
 * name, a family at a sign-off), account numbers in spaced groups and e-mails spelled
 * with several bare dots; and the words in the same positions that stay.
 */
class RoundTwentyEightRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Names in a name's position, with no cue. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"こんばんは、やまぐち です。歩道の段差が危ないです。" => やまぐち
			"夜分すみません、いしかわです。街灯が消えています。" => いしかわ
			"佐々木（門司区在住）です。バス停の屋根が壊れています。" => 佐々木
			"ヨシダって人が点検だと言って来ました。本当ですか。" => ヨシダ
			"向こうのふじもとのおじいちゃんが転んでいました。" => ふじもと
			"見守りをお願いします。\\n桑原 トミ（九十歳）" => 桑原
			"ごみ袋が破れて散らかっています。片付けをお願いします。松永" => 松永
			"Hello, Daniel（ダニエル・スミス）です。こうえんがきたないです。" => Daniel
			"The bins on our corner overflow every week. — The Hendersons" => Hendersons
			"We are the Tanaka-Brown family from Moji and need a bigger bin." => Tanaka-Brown
			"近所の子、田中 翔太としおりが川で遊んでいて危ないです。" => しおり
			"犬を探しています。連絡は：ふくだ　090-2345-6789" => ふくだ
			""")
	void flagsNamesByPosition(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** Account numbers in groups and e-mails spelled with bare dots. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Please refund to my account 4410 2297, Kitakyushu Bank." => 2297
			"The grant goes to account number 31-55072 at Fukuoka Bank." => 55072
			"Write to me at k.obrien at postbox dot co dot nz please." => obrien
			"Thanks!\\nLiam, liamd at example dot ie" => liamd
			""")
	void hidesAccountsAndSpelledEmails(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** Places, firms, plain words and relations in the same positions stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"こんにちは、市役所です。公園の件で連絡しました。" => 市役所
			"すみません、ここです。ここの歩道が狭いです。" => ここ
			"小倉駅のトイレが汚れています。以上" => 以上
			"となりのおばあちゃんが困っています。" => となり
			"向かいの家のご主人が毎晩大きな音を出します。" => 向かい
			"田中 翔太と市役所に行きましたが、閉まっていました。" => 市役所
			"問い合わせは：市役所　093-582-2525" => 市役所
			"門司港レトロの駐車場が足りません。門司港" => 門司港
			"Our walk to Sayagatani Park is blocked. — The Walkers Club" => Walkers
			"The account 2019 report was late, says the ward office." => 2019
			"Meet me at the park dot com stand near the station." => park
			""")
	void keepsLookAlikes(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
