package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 24's general mechanisms, each case invented (none copied from a corpus; each
 * hidden part is left visible by round 23's detector): an address grown over its
 * building, floor, room and household, a room tied to a person, and the short words left
 * in a contact block; and what must stay (public rooms, years, ages, courtesies beside a
 * phone).
 */
class RoundTwentyFourRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	private static String lines(String text) {
		return text.replace("\\n", "\n");
	}

	/** What is attached to an address: its building, floor, room and household. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"返送先：小倉北区西港町１－２－３ ガーデンヒル西港 管理人室" => ガーデンヒル西港
			"上の階の音の苦情です。\\n私：コーポあさひ３０５　田村" => コーポあさひ
			"建物：グランコート小倉第３ ７０２号室。上の階がうるさいです。" => グランコート小倉第３
			"My aunt lives at Crest Hinode, 2-4-1 Nakai, and her stairs are broken." => Crest Hinode
			"The lift is out at 3-5-2 Kumagai, Sunrise Heights Kumagai, 7th floor." => Sunrise Heights
			""")
	void growsAddresses(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** Rooms the sentence ties to a person or a household. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"上の階の足音がひどいです。私は５０４の者です。" => ５０４
			"３０２号の奥さんがいつもベランダでタバコを吸っています。" => ３０２号
			"水漏れです。真上の７０５から水が落ちてきます。" => ７０５
			"I'm in 208, she's in 308, and her dog barks all night." => 308
			"The guy in Apt 9 leaves his bike in the corridor every day." => Apt 9
			"This is Rosa Lindqvist from Room 417, the heater in our block is broken." => Room 417
			"We're in 5C and the lift has been down for a week." => 5C
			"I'm in 402, he's in 502, Green Heights Jonoo. He slams doors." => Green Heights Jonoo
			""")
	void hidesRoomsOfPeople(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** Short words left in a contact block, or alone beside it. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"管理組合からの連絡です。\\nこばやし・ゆうと\\n090-3131-2424" => こばやし
			""")
	void hidesNamesInContactBlocks(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** Names in Latin letters on a door, a mailbox or a sticker. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"廊下に私物を置く部屋があります。玄関の名前は「ＷＥＩ」です。" => ＷＥＩ
			"ベランダから吸い殻を落とす部屋。郵便受けに Ｔ．ＳＵＧＡ とあります。" => ＳＵＧＡ
			""")
	void hidesNamesOnLabels(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).doesNotContain(part);
	}

	/** Rooms of public places, years, ages and the words around a phone stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"会議室3の空調が壊れています。" => 会議室3
			"3番のりばのバスが毎朝遅れています。" => 3番のりば
			"We're in 2024 and the road is still broken." => 2024
			"I am 72 years old and live alone." => 72
			"The residents' meeting is in Room 305 of the ward office." => Room 305
			"連絡は093-555-0101まで。よろしくお願いします。" => よろしくお願いします
			"問い合わせ先：093-582-2111（北九州市役所）" => 北九州市役所
			"Questions: 093-331-1881, Kokura Library." => Kokura Library
			"駅の看板に「ＪＲ」とだけ書かれています。" => ＪＲ
			""")
	void keepsPublicRoomsAndCourtesies(String text, String part) {
		assertThat(REDACTOR.redact(lines(text))).as(text).contains(part);
	}

}
