package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 27's rules, each case invented (none copied from a corpus): phones written with
 * letters or kanji groups, names after a rank, before 本名, after a school grade or a reply
 * cue, a surname beside a found given name, romanised home lines grown to the whole line,
 * postcodes and branch account numbers; and the places, firms and look-alikes that stay.
 */
class RoundTwentySevenRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Phones with the letter o for zero, and kanji groups joined by ・. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Call me on o9o-5521-7o43 after six please." => 5521
			"Text me at 07o-3388-1o29, thanks." => 3388
			"電話は〇八〇・四四一二・三三〇九までお願いします。" => 四四一二
			"携帯：八〇・五五二一・〇〇四八（夜のみ）" => 五五二一
			""")
	void hidesPhones(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** Names after a rank, before 本名, after a grade, before まで, beside a found name. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Thanks to Cpl. Hashimoto at the Tobata koban for the help." => Hashimoto
			"The lost wallet was handed in by Sgt Nakagawa yesterday." => Nakagawa
			"Posting for my elderly neighbour Mrs. Fumiko Hayashi, who has no computer." => Hayashi
			"公園のベンチが壊れています。\\nたっくん（本名 山田 拓也）" => たっくん
			"ハンドルネーム：みーたん（本名は 佐藤 美香）です。" => みーたん
			"娘（小4、ひなの）が通学路で転びました。" => ひなの
			"息子（年長、そうま）の保育園の送迎で困っています。" => そうま
			"街灯が切れています。連絡は小田まで（090-1111-0000）。" => 小田
			"兄（中島 ゆうき）と一緒に参加しました。" => 中島
			""")
	void hidesNames(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/**
	 * Room numbers before a building, houses and rooms beside an address, postcodes,
	 * accounts.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"The couple at 405 Villa Moriyama keep their music loud every night." => Moriyama
			"From: Ken\\n208 Maison Sakura, Kokurakita-ku\\n\\nThe park is dirty." => Maison Sakura
			"We live in apt 2C at Sunny Heights, 1-2-8 Sone, Kokuraminami. The lift is out." => Sunny Heights
			"Send it to me at Unit 7-C, Green Court, 4-1-2 Koyanose please." => -C
			"Greetings from house 12, 3-9 Kamitonda, Tobata-ku." => house 12
			"Contact: Mary Ono, 2-3 Hibikino, Wakamatsu-ku, room A-210" => A-210
			"The blocked drain is in front of 4-9 Sakai-machi, Moji, since Monday." => Moji
			"My zip code is 802-0011 or maybe 802-0012, not sure." => 802-0012
			"Refund to: Shinwa Bank, Kurosaki branch, #1234567 please." => 1234567
			""")
	void hidesHomeLines(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** Places, firms, years, counts and plain phone-like numbers stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"My cousins visit from Incheon every summer." => Incheon
			"Our teacher moved from Hanoi last year." => Hanoi
			"Hello from Ken (Midorigaoka). The night buses are too few." => Midorigaoka
			"The city should partner with Nitori to donate desks." => Nitori
			"In 2019 Maison Kokura opened next to the station." => 2019
			"Officer Training starts at the community hall in May." => Training
			"The score was 8-0 and then o-1 in the second game." => o-1
			"令和六年・七年・八年の三回、同じ場所で工事がありました。" => 七年
			"連絡は事務局まで（平日のみ）。" => 事務局
			"私（本名は伏せます）は小倉に住んでいます。" => 私
			"子ども（小3、みんな）が遊べる公園がほしい。" => みんな
			"The tour visited 302 Kokura Castle grounds last week." => Kokura Castle
			""")
	void keepsWhatIsNoPersonalData(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
