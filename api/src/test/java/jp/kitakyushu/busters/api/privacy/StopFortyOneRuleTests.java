package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two rule mends stop 41's name-model retrain needed: a quoted name an ID or card
 * shows, and a romanised firm's word alone, which the retrained model takes for a name.
 */
class StopFortyOneRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** A quoted full name that an ID, card, licence or pass shows is hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'My licence reads "Orla Quinn", but I married and changed it.' => Quinn
			'The pass shows "Reinhold Ames" in capitals, not her name.' => Ames
			'Her card said "Dagny Holm" so we called the number on it.' => Holm
			""")
	void hidesNamesThatDocumentsShow(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** What a card or form says that is no name, and firms' words, stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'The card says "valid until March" on the back.' => valid until March
			'The form says "Submit" at the bottom but nothing happens.' => Submit
			'The ferry (Moji Kaiun) leaves at 9:10 from the pier.' => Kaiun
			'Buses of Kitakyushu Kotsu were late again this morning.' => Kotsu
			""")
	void keepsWhatIsNoName(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
