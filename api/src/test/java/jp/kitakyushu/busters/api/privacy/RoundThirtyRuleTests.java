package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 30's rules, each case invented (none copied from a corpus): the siblings of a
 * found name in one list, rota, table column or CSV column, a birth date after a name on
 * a roster line, and names by a title, a name tag, a self-introduction or a reading; and
 * what stays: places, shops, times and items of lists without a name.
 */
class RoundThirtyRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Personal data in the new positions and forms. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"回覧の順番は「田中さん→柚木→ホアン」です。" => 柚木
			"草刈り当番\\n土：山本 太郎\\n日：鴫原\\n雨天中止" => 鴫原
			"| 地区 | 係 | 電話 |\\n| 東 | 山本 太郎 | 090-1111-2222 |\\n| 西 | 楪 | 090-3333-4444 |" => 楪
			"名簿です\\n名前,電話\\n山本 太郎,090-5555-6666\\n木下 花子,093-777-8888" => 093-777-8888
			"Name, DOB\\nYamamoto Taro, 1990-03-04" => 1990-03-04
			"避難者名簿\\n夫：山本 太郎 1958/11/23\\n妻：山本 花子" => 1958/11/23
			"Say hi to Chef Ryota at the noodle stall by the station." => Ryota
			"Thanks to Coach Daisuke for the extra practice at the gym." => Daisuke
			"図書館の受付の方（名札：オオツボ）が探してくれました。" => オオツボ
			"息子、陽向（ひなた）が先月お世話になりました。" => ひなた
			"駐車場の持ち主は 契約者 堀之内 090-1234-5678 です。" => 堀之内
			"The Garcia family (Miguel, Emily Garcia and little Noah) thanks you." => Miguel
			"Emergency card\\nDOB: 5-Mar-1979\\nBlood: A" => 5-Mar-1979
			""")
	void hidesNewForms(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** Places, shops, times and lists without a found name stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"買い物メモ：牛乳、卵、パン、しょうゆ。" => しょうゆ
			"乗り換えは小倉→戸畑→黒崎の順です。" => 戸畑
			"当番表\\n月：山本 太郎\\n水：10時〜12時\\n金：公民館" => 公民館
			"| 店 | 営業 |\\n| 魚町銀天街 | 10時 |\\n| 旦過市場 | 9時 |" => 旦過市場
			"Stops: Kokura, Tobata and Kurosaki." => Tobata
			"Opening hours, prices\\n10:00-18:00, 500" => 10:00-18:00
			""")
	void keepsWhatIsNoPrivateData(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).contains(part);
	}

}
