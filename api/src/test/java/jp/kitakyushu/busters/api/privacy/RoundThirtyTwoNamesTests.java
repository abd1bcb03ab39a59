package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 32's name rule: a found name grown to the whole name it cuts, and the other
 * speakers of a chat one of whose speakers is found.
 */
class RoundThirtyTwoNamesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** The parts of a romanised name around a found part are hidden with it. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'My uncle Shin''ichiro Ueda got a strange call asking for his PIN.' => ichiro
			'Please call Mr. Seamus O''Rourke about the broken gate at the pier.' => Rourke
			'Membership list: TANAKA, Hiroshi unpaid; please remind him.' => Hiroshi
			""")
	void hidesRomanisedNameParts(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/**
	 * The speakers of a chat take turns; once one is found, the others are hidden too.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'LINEのやりとり\nさとし：公園の街灯、切れとるよ\nみのり：ほんと？市に言う？\nさとし：うん言っとく' => みのり
			'LINEのやりとり\nさとし：公園の街灯、切れとるよ\nみのり：ほんと？市に言う？\nさとし：うん言っとく' => さとし
			'Group chat:\nRuben: is the bridge closed?\nTomasz: yes until Friday\nRuben: ok thanks' => Tomasz
			'Group chat:\nRuben: is the bridge closed?\nTomasz: yes until Friday, Ruben\nRuben: ok thanks' => Ruben
			""")
	void hidesChatSpeakers(String text, String speaker) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(speaker);
	}

	/**
	 * A kana name cut inside its word, and a given name across a space, are hidden whole.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'回覧　第5班⏎班長交代⏎旧：上野 ミツ子⏎新：川口 健一' => 子
			'落とし物の件で連絡しました。⏎岡部 明日香　080-4411-2096' => 明日香
			""")
	void hidesWholeJapaneseNames(String text, String part) {
		String redacted = REDACTOR.redact(text.replace("⏎", "\n"));
		assertThat(redacted).as(text).doesNotContain(part);
	}

	/** Labels before a colon, and words next to a name that are no part of it, stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'日時：12月3日 10時\n場所：小倉北区役所\n持ち物：筆記用具\n担当：山田' => 場所
			'日時：12月3日 10時\n場所：小倉北区役所\n持ち物：筆記用具\n担当：山田' => 持ち物
			'Date: Friday 9 May\nPlace: Kokura Castle\nNote: bring water' => Place
			'The shop''s owner, Mr. Hamada, says the road by Tanaka-san''s shop floods.' => shop
			'山田 会長のお話のあと、小倉駅前で解散しました。' => 会長
			'Q: When is bulky waste collected?\nA: Every second Tuesday.' => When
			""")
	void keepsLabelsAndWords(String text, String word) {
		assertThat(REDACTOR.redact(text)).as(text).contains(word);
	}

}
