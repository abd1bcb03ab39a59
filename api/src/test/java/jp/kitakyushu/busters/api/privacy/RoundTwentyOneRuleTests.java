package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules round 21 added, each aimed at a class of forms held-out-21 showed (every case
 * written anew as a neighbour of a leaked form, none copied from a corpus): names by
 * their position alone (roster entries, a surname signing the post, a surname after "I
 * contacted you before", a name in brackets after a name or a relative, a child before
 * its school year, kana names in a list, nicknames in 坊), English names after "surname",
 * "call me", "ask for", "… from next door", a hyphenated given name, "me again (…)";
 * buildings, floors and rooms beside an address, a ward after an English address; dates
 * of birth with の, in kanji numerals, in brackets after a birth, with the month and day
 * after the year; an e-mail with a symbol for a dot. What must stay: rosters of duties,
 * ordinary words closing a post, readings of places, buildings named after people, floors
 * of public buildings, rooms of offices, dates that are no births, places visitors come
 * from.
 */
class RoundTwentyOneRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	private static String lines(String text) {
		return text.replace("\\n", "\n");
	}

	/** Japanese names by their position alone. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"公園清掃の分担:1組 村上、2組 藤井、3組 石田、4組 松尾。よろしくお願いします。" => 藤井
			"資源ごみ当番 1班 今村、2班 古賀、3班 原田 です" => 古賀
			"側溝のふたが割れて危ないです。早めに見てください。 樋口" => 樋口
			"市営住宅の階段の電球が切れています。 よしだ" => よしだ
			"先週メールした川島です。返事がまだありません。" => 川島
			"以前電話しました久保と申します。例の街灯の件です。" => 久保
			"山下さん(マルコス)はブラジルから来た方です" => マルコス
			"兄(健二、六十歳)の介護の相談です" => 健二
			"うちの はると(小2) と みお(年長) が公園で転びました" => はると
			"保護者会のメンバーは、たなかさん・スズキさん・私です" => スズキ
			"見守り当番はけん坊、まさ坊、それと私です" => まさ坊
			""")
	void hidesJapaneseNamesByPosition(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** English names by a cue the earlier rules did not read. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Hello, this is Dana writing, surname Whitfield, about the bins." => Whitfield
			"Our tenant (family name Okonkwo) cannot read the notice." => Okonkwo
			"My name is long, so everyone just calls me Bex." => Bex
			"For the keys, ask for Marisa at the front desk." => Marisa
			"Ingrid from upstairs leaves her bags in the corridor." => Ingrid
			"I'm Ji-woo and I need a new residence card." => Ji-woo
			"it's me again (deno), the light is still out" => deno
			""")
	void hidesEnglishNamesByCue(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** Buildings, floors and rooms beside an address, a ward after an English address. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"漏水の場所: 戸畑区中本町3-6 サンハイツ B棟 2階" => サンハイツ
			"小倉南区長尾2丁目のアパート、グリーンヒル 5階 に住んでいます" => グリーンヒル
			"Someone smokes in the hall. I live in Flat 12C at Harbour View Residence." => 12C
			"Please tell Ms. Ruiz, Apt 402, that her parcel is here." => 402
			"Delivered to: 3F Maple Court, 2-8-14 Kifune-machi, Kokurakita-ku" => Maple
			"Reply to Leo Hart, 1-2-3 Nakai, Kokurakita-ku" => Kokurakita
			""")
	void hidesBuildingsFloorsAndRooms(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** Dates of birth in running text, an e-mail with a symbol for a dot. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"息子の生まれは2019年の11月8日です" => 11月8日
			"祖母の生年月日は大正十三年の五月三日です" => 五月三日
			"先月、長男が生まれました(2026年10月14日)。手続きを教えてください" => 10月14日
			"Applicant: [name]; born Showa 58 (1983) Oct 2; phone below." => Oct 2
			"連絡先 ken*ito@docomo.ne.jp (*はドット)" => ken*
			""")
	void hidesBirthDatesAndAddressesInRunningText(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** What must stay beside the new forms. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"1組 担任、2組 副担任、3組 学年主任 が出席します" => 担任
			"ごみの分別ルールを教えてください。よろしくお願いします。" => よろしくお願いします
			"歩道の段差が危険です。 以上" => 以上
			"小倉南区の朽網 (くさみ) の踏切で事故が多い" => くさみ
			"「松本ビル」の前の歩道が陥没しています" => 松本
			"小倉北区役所 3階 の窓口が混んでいます" => 3階
			"The meeting is in Room 301 of the ward office." => 301
			"市制60周年の記念日は2023年の2月10日でした" => 2月10日
			"We are tourists visiting from Melbourne; the signs at the station are hard to read." => Melbourne
			"Ask for Help at the counter if the machine is broken." => Help
			"小倉北区 浅野" => 浅野
			"赤ん坊が泣いていて、甘えん坊で困ります。" => 甘えん坊
			""")
	void keepsLookAlikes(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).contains(part);
	}

}
