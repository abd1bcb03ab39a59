package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 33's number rules ({@link NumberShapesAndBirthCues}): birth dates by cue, era or
 * spelling, local and spoken phones, bank lines and forms, bare accounts, plates, and the
 * dates, prices, hours and reference numbers that must stay.
 */
class RoundThirtyThreeNumbersTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Birth dates in the shapes that leaked: each part named is hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'申込書　生年月日：昭三八・四・二二　よろしくお願いします' => 昭三八・四・二二
			'うちの祖父は生まれは昭和12年、寅年です。' => 昭和12年
			'孫は2020年5月生まれで、保育園を探しています。' => 2020年5月
			'登録カード　たんじょうび：へいせい28ねん3がつ9にち' => 3がつ9にち
			'わたしは　にせんじゅうくねん　ごがつ　みっかうまれです' => ごがつ
			'生年月日の訂正：1968年（昭和43年）9月2日が正しいです。' => 9月2日
			'お守りの中に「昭和二十年拾月参日」と書いた紙がありました。' => 拾月参日
			'Please note my father (b. Showa 19, i.e. 1944, Oct 2) needs a ramp.' => Showa 19
			'Applicant: Dorothea Quill, born 14 August 1961, wants a bin.' => born 14 August 1961
			'Carer for Mr. Ansel Brook (DOB 03/09/1947), the van never came.' => DOB 03/09/1947
			'DOB: 1979-Mar-21, please update the file.' => 1979-Mar-21
			'Little Pip Harlow turned 3 today (2 Oct 2023) and loved the zoo.' => 2 Oct 2023
			""")
	void hidesBirthDates(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** Local, spoken and noted phones are hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'手書きメモ　でんわ　六四二の七七一八　よろしく' => 六四二の七七一八
			'電話（自宅）：４８１の２２９０' => ２２９０
			'連絡は０９３－５５１－７８２０（夜のみ）にお願いします。' => 夜のみ
			'Call me on four four two, seven one nine three please.' => seven one nine three
			'Call me at 81-93-771-5024 any evening.' => 771-5024
			'My cousin abroad: 07911 204873, call after nine.' => 204873
			""")
	void hidesPhones(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** Bank lines, forms and bare account numbers in a post about a bank are hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'返金先：筑後信金　中央　普通　２２０４８１７　お願いします' => 筑後信金
			'振込先は「みなと銀行 港南支店（普）5512093」です。' => 港南支店
			'口座振替依頼書⏎金融機関：みなと銀行 港南支店⏎預金種目：普通⏎口座番号：7730152' => みなと銀行
			'ゆうちょの口座⏎記号：１６３２０⏎番号：４４８１９０２１' => １６３２０
			'Please refund the deposit to Harbour Bank / Eastgate / ordinary / 5520917, thanks.' => 5520917
			'Refund to IBAN DE44 5001 0517 5407 3249 31 please.' => 5407
			""")
	void hidesAccounts(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("⏎", "\n"))).as(text).doesNotContain(part);
	}

	/** Moped plates and a card's twelve digits after "My No." are hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'A moped with plate Fukuoka-shi Hakata ta 3-58 blocks the lane.' => Fukuoka-shi
			'原付（福岡市博多 た 3-58）が毎晩うるさいです。' => 3-58
			'Copy of the form: My No. 5520 1187 4406 written on it.' => 1187
			""")
	void hidesPlatesAndMyNumbers(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/**
	 * Event dates, deadlines, history, prices, hours, ages and reference numbers stay.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'説明会は2025年10月14日（火）14時から市民会館で開かれます。' => 2025年10月14日
			'申込の締切は令和9年1月31日です。' => 令和9年1月31日
			'The deadline for the form is 15 March 2027, says the notice.' => 15 March 2027
			'Bus timetable changed on 2024/04/01, see the notice.' => 2024/04/01
			'入場料は1200円、開館時間は9:30〜17:00です。' => 1200円
			'My grandmother is 93 years old and lives alone.' => 93 years old
			'Order no. 4412987 was delivered to the wrong shop.' => 4412987
			'Customer number 6630214 on the water bill is wrong.' => 6630214
			'1960年代生まれの人向けの講座があるそうです。' => 1960年代
			'The bridge opened in 1962 and needs repairs.' => 1962
			'敬老会は昭和31年3月31日以前生まれの方が対象です。' => 昭和31年3月31日
			'My customer number is 52-3318-0274 on the bill, call me.' => 52-3318-0274
			'母は昭和20年生まれではなく昭和21年生まれです。' => 昭和20年
			'昭和64年1月7日は一週間しかなかった。' => 昭和64年1月7日
			'Please pay into 4471209 (the club''s), not mine, at Harbour Bank.' => 4471209
			'My dog Rusty, a beagle, was born 2 May 2019.' => 2 May 2019
						""")
	void keepsLookAlikes(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
