package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 25's general mechanisms, each case invented (none copied from a corpus; each
 * hidden part is left visible by round 24's detector): a residential building with a room
 * or floor is an address on its own, the holder of a public office is a public figure,
 * and plain words are never a name; and what must stay (shops' and public buildings'
 * floors, private roles' holders).
 */
class RoundTwentyFiveRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** A residential building's name with a room or a floor, and nothing else. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"夜中に騒ぐ人がいます。うちは裏手の緑町レジデンス305です。" => 緑町レジデンス
			"ゴミ置き場が荒らされています。シャトー湯川 4階 402 から。" => シャトー湯川
			"外国人の住人です。ハイツ旦過の2F-5に住んでいます。" => ハイツ旦過
			"駐輪場の屋根が壊れた。コーポ大手町 3F在住" => コーポ大手町
			"ヴィレッジ守恒　＃２０８ の前の街灯が消えています。" => ヴィレッジ守恒
			"The lift at Maple Heights Kokura 6F is broken again." => Maple Heights
			"Water leaks from above into Sunny Park Tobata 305 every time it rains." => Sunny Park Tobata
			"I live in Sakura Mansion Moji (No. 702) and the stairs are dark." => Sakura Mansion
			""")
	void hidesBuildingsWithRooms(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** A room inside brackets the sentence opened: the closing bracket stays. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"祖父（コーポ大手町２０５）が一人で暮らしています。" => ）が一人で
			"My aunt (Sunny Heights Tobata 305) lives alone." => ) lives alone
			""")
	void leavesTheSentencesBracket(String text, String part) {
		String redacted = REDACTOR.redact(text);
		assertThat(redacted).as(text).contains(part).doesNotContain("大手町２０５", "Heights Tobata");
	}

	/** Floors of shops and public buildings, and numbers that are no room. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"アミュプラザ小倉 5F のトイレが故障中です。" => アミュプラザ小倉 5F
			"井筒屋 8階 の催事場が混んでいて危ないです。" => 井筒屋 8階
			"市役所 3階 の窓口で一時間待たされました。" => 市役所 3階
			"リバーウォーク北九州 2F のベンチを増やしてください。" => リバーウォーク北九州 2F
			"ホテルニュータガワ 12階 のレストランは眺めがいい。" => ホテルニュータガワ 12階
			"The toilets at Riverwalk Kitakyushu 3F are closed." => Riverwalk Kitakyushu 3F
			"The Kokura Castle Garden 2025 festival was great." => Kokura Castle Garden 2025
			""")
	void keepsPublicFloors(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

	/** The holder of a public office, before or after it. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"知事、服部さんへ。県道の渋滞をなんとかしてください。" => 服部
			"服部市長にお願いです。バスを増やしてください。" => 服部
			"To the governor, Hattori-san: please fix the prefectural road." => Hattori
			"Why did Hattori, the mayor, cut the buses to Wakamatsu?" => Hattori
			""")
	void keepsOfficeHolders(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

	/** A private role keeps its holder's name private. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"自治会長、田中さんへ。ゴミ当番の件です。" => 田中
			"町内会長の佐々木さんが対応してくれません。" => 佐々木
			""")
	void hidesPrivateRoleHolders(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** Function words, greetings and sentence adverbs left visible. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Dear Sir/Madam, the streetlight on our road is out. Kenji Ota, tel. 093-555-0199" => Madam
			"Nearly hit a cyclist at the junction last night. My friend Mr. Ueda saw it." => Nearly
			"The bins are overflowing outside Sunny Heights 4F. Was it the new tenants? No idea." => Was it
			""")
	void keepsPlainWords(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

	/**
	 * Surnames that end like an adverb stay names: plain words are listed, not guessed
	 * from their ending.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Mr. Donnelly next door has left his van on the pavement for a week." => Donnelly
			"Please call me back. Regards, Siobhan Connolly" => Connolly
			"Our landlord, Mr. Priestly, will not fix the gate." => Priestly
			""")
	void hidesSurnamesEndingInLy(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

}
