package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 31's address, phone and birth-date rules, each case invented (none copied from a
 * corpus): lots and rooms tied to a resident by a name, 私 or "I'm at", rooms heading
 * roster lines, addresses grown over a lot, room or building line, phones written in
 * part, birth dates in quotes or a table's column; and what stays: lot numbers of public
 * places, rooms of public buildings, phones hidden whole and dates that are no birth.
 */
class RoundThirtyOneAddressRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Personal data in the new positions and forms. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"',
			textBlock = """
					"Petition from Sone 2-chome: Taro Yamamoto (2-7-15), Hanako Suzuki (2-7-19)." => 2-7-15
					"団地の佐々木 健一さん（5-311）から、階段の電灯が切れていると聞きました。" => 5-311
					"上の階の人が水をこぼして、真下の私（205号）の天井が濡れました。" => 205号
					"回覧の順番：4-12 山本 太郎さん宅 → 4-15 鈴木 花子さん宅" => 4-12
					"棟の連絡網です。\\n・302号 山本 太郎：夜の騒音\\n・405号 ハリス：ゴミ出し" => 405号
					"Flood wardens of our block:\\nRoom 101: Mr. Kenji Watanabe\\nRoom 207: Mrs. Alice Brown - 090-1111-2222" => Room 207
					"The drain on our lane overflows. I'm at number 6-3, right next to it." => 6-3
					"Leaves from the park fill our gutter at 5-8-2 every autumn." => 5-8-2
					"住所は清水2丁目まで書きましたが、番地は「4-17」です。" => 4-17
					"Please deliver to number 14, Sakuragaoka 2-chome, the blue house." => number 14
					"My son lives in room 8 at Hibikino Student House and has no heating." => room 8
					"Change of address. Old: Kitakyushu Ocean Dorm C-215. New: the city flat." => C-215
					"送付先\\n小倉北区紺屋町3-4-5\\nグリーンハイツ紺屋町 302\\n山本 太郎" => グリーンハイツ紺屋町 302
					"書類は 若松区本町1-2-3-C に送ってください。山本 太郎" => -C
					"夜遅くにすみません、090-4412-37**（最後の2桁は後で）まで連絡ください。" => 090-4412-37
					"渡されたメモには「070-5521-88」までしか書いてありませんでした。" => 070-5521-88
					"海外からです。番号はプラス81の80-2231-4470です。" => 80-2231-4470
					"申込書の生年月日の欄に「1962年4月3日」と書きました。" => 1962年4月3日
					"名簿\\n| 名前 | 生年月日 |\\n| 山本 太郎 | 1950/02/03 |\\n| 鈴木 花子 | H2.7.9 |" => H2.7.9
					""")
	void hidesNewForms(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/**
	 * Public places' lot numbers, public rooms, phones hidden whole and plain dates stay.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"The pothole at the corner of 2-chome, outside 3-4, is getting deeper." => 3-4
			"Signs on Akasaka are odd: 4-2-10 sits right next to 4-9-1." => 4-9-1
			"市民センター（2-5）の前の横断歩道の白線が消えています。" => 2-5
			"The talk is in meeting room 3 at the Tobata Civic Centre on Sunday." => room 3
			"会議は5階の501号会議室で行います。市役所本庁舎です。" => 501号
			"チラシの病院の番号が 093-512-XXXX と伏せてあって分かりません。" => 093-512-XXXX
			"The bus timetable lists 7-15 and 7-45 departures from stop 3." => 7-45
			"イベントの開催日は「2026年4月3日」です。" => 2026年4月3日
			"| 日付 | 行事 |\\n| 4/3 | 清掃 |\\n| 5/8 | 防災訓練 |" => 5/8
			""")
	void keepsPublicForms(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).contains(part);
	}

}
