package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 32's numbers and birth dates: My Numbers after their cue, Japan Post and bank
 * accounts, phones, plates and birth dates in the shapes the detectors missed, and the
 * look-alikes that stay.
 */
class RoundThirtyTwoNumbersTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Each form is hidden whole: no digit of it is left in the public text. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'マイナンバー4417 2093 8815を申請書に書きました。' => 2093
			'祖母の個人番号は730418259916です。' => 730418259916
			'He wrote my My Number on the lease: 6603 1187 2254.' => 1187
			'還付先はゆうちょ 記号・番号 16610-30227741 でお願いします。' => 30227741
			'記号１６２４０ 番号１１２２３３４５１ 名義 カワダ' => １１２２３３４５１
			'ゆうちょ銀行 記号15220-番号44556671で登録済み。' => 44556671
			'ゆうちょ 記号 16650-2 番号 55123381 です' => 55123381
			'送金先はゆうちょ銀行　記号一六三二〇　番号四四二一八七七一まで' => 四四二一八七七一
			'Japan Post Bank, Symbol-number: 16620-44918871, name on the card.' => 44918871
			'振込先：筑豊中央銀行 直方支店（当座）5528193　名義：本人' => 5528193
			'立替金は筑豊中央銀行／飯塚支店／普通／8821376 へお願いします' => 8821376
			'振込は筑豊中央銀行飯塚支店普通口座三三八八一二七です' => 三三八八一二七
			'連絡先 0948-22-7715（内線212）まで' => 212
			'Call (0948) 26-3318 ext. 44 after lunch.' => 26-3318
			'申込者／0948(24)6617／講座希望' => 6617
			'電話は〇九四八の二二の七七一五です' => 七七一五
			'でんわ　ぜろきゅうぜろの、いちにいさんの、よんごうろくなな' => よんごうろくなな
			'ゼロキュウハチのニイサンのヨンゴーロクナナ' => ヨンゴーロクナナ
			'父の車は筑豊 300 め 4-418 の白い軽です' => 4-418
			'盗まれたバイクは飯塚 け 3390 です' => 3390
			'車のナンバーは飯塚ナンバーの五〇〇のさの一二の三四' => 三四
			'Car with plate Chikuho 300 ne 41-22 blocks the lane.' => 41-22
			'Van RT62 KLM parked on the pavement every night.' => RT62
			'Care client: Ms Hale, born 1941-03-22, lives alone.' => 1941
			'生年月日：1987年11月3日　住所は下記' => 1987
			'名簿：山際 はる　T15.4.2' => T15.4.2
			'介護メモ：大正12.9.1生 要介護3' => 12.9.1
			'Grandad was born Showa 11 (1936) 3/14 in Moji.' => 3/14
			'Aunt June (Taisho 14 (1925), May 9) needs a ride.' => May 9
			'世帯：川上 一郎（夫、1979年8月2日）、川上 恵（妻、1981年2月14日）' => 1981
			'娘 2014（平成26）年5月20日生まれです' => 5月20日
			""")
	void hidesTheWholeValue(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** Look-alikes stay: reference numbers, times, prices, stations, events' dates. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'受付番号は093-1127-0456と言われました。' => 093-1127-0456
			'通知書番号 0012-3345-6789 で問い合わせできますか' => 0012-3345-6789
			'粗大ごみ受付 0948-22-1111（平日のみ）' => 平日のみ
			'注文番号 4417 2093 8815 の商品が届きません' => 4417 2093 8815
			'Route 25 at 12-14 is closed for works.' => Route 25 at 12-14
			'The bus leaves Kokura at 10:15, fare 300 yen.' => 300 yen
			'令和7年度の申請は R7.4.1 から受付です。' => R7.4.1
			'1945（昭和20）年8月15日の空襲の記録展を見ました。' => 8月15日
			'市民会館 3 階 の 12-4 号室で会議' => 12-4
			'Our dog Pip was born 2 May 2023 in a shelter.' => 2 May 2023
			'［氏名］様、令和7年3月31日までにお支払いください。' => 令和7年3月31日
			'The pier opened Showa 38, June 1, before I was born.' => June 1
			""")
	void keepsLookAlikes(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
