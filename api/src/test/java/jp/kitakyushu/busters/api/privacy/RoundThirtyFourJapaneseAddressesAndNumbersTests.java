package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 34's Japanese addresses and numbers: a town glued to its lot, a bare lot beside a
 * found address, addresses and accounts grown back over the town or bank before them,
 * symbol-and-number lines, birth dates after their cue, romanised digits, "at" e-mails
 * and homes in hiragana; and the references, dates, prices and places that look like them
 * and stay.
 */
class RoundThirtyFourJapaneseAddressesAndNumbersTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Each shape is hidden: the part given is no longer in the redacted text. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'坂の上の家です（桃園台7-23）。雨どいが外れています。' => 7-23
			'側溝が詰まっています。鷹見台3-12-5-C 吉村' => 鷹見台
			'郵便が毎回間違って届きます。うちは八幡西区折尾3丁目5-7ではなく4-19です。' => 4-19
			'境界のことで相談です。小倉南区志井3丁目2-8と613番5の間の水路です。' => 613番5
			'隣(9-14)の柿の木が越境しています。' => 9-14
			'配達の方へ。浅川3丁目の6-2と6-2-1は別の家です。' => 6-2
			'祖母の家は大里本町5丁目…えっと11-4です。' => 11-4
			'返金先：りそな銀行 門司支店 普通 ４４７１９０２　です。' => りそな
			'返金先口座：筑豊シティ　直方　普通　０３３８１２７　山田' => 筑豊シティ
			'返金は以下に。⏎記号：16240⏎番号：1-5520913⏎お願いします' => 16240
			'登録票⏎氏名：山田 花子⏎住所：八幡西区折尾3丁目5-7⏎生年月日：1984年9月21日' => 1984年9月21日
			'孫が生まれました！2026年10月2日、2980グラムでした。' => 2026年10月2日
			'my number is go-rei no san-ni-ichi-hachi no yon-roku-nana-ku, sorry for romaji' => san-ni-ichi-hachi
			'連絡は t-hoshino at example.co.jp までお願いします。' => t-hoshino
			'うちのおうちは　こくらきたく　きよみず　さんちょうめ　にのじゅうご　です' => さんちょうめ
			""")
	void hidesTheShapes(String text, String part) {
		String redacted = REDACTOR.redact(text.replace("⏎", "\n"));
		assertThat(redacted).as(text).doesNotContain(part);
	}

	/**
	 * Look-alikes: references, routes, dates, prices, counts, limits and public places.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'申込みの受付番号3-118で確認できますか。' => 受付番号3-118
			'電柱番号 門司幹42-7 の街灯が消えています。' => 42-7
			'国道3号と県道25号の交差点が混みます。' => 県道25号
			'会議は12月3日、参加費は1,500円です。' => 1,500円
			'昭和30年4月1日以前生まれの方が対象です。' => 昭和30年4月1日
			'ゆうちょ銀行の窓口は何時までですか。' => ゆうちょ銀行
			'Account: Fukuoka Bank, Tobata branch, ordinary 3381274.' => Tobata branch
			'北九州市小倉北区城内1-1 は市役所の住所です。' => 城内1-1
			'配達です。八幡西区引野3丁目の5-2と5-2-1は別の家です。' => 引野3丁目
			'市役所の住所は城内1-1 です。' => 市役所
			'子どもは2人、3-4歳のころから通っています。' => 3-4歳
			'I go to the park at nine and go home at ten.' => go home
			'Meet me at the station at 5.' => station
			""")
	void keepsTheLookAlikes(String text, String part) {
		String redacted = REDACTOR.redact(text.replace("⏎", "\n"));
		assertThat(redacted).as(text).contains(part);
	}

}
