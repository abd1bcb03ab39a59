package jp.kitakyushu.busters.api.privacy;

import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 41's rules: a full past date right after a name is a birth date, and the two mends
 * the name-model retrain needed (a quoted name an ID or card shows; a romanised firm's
 * word alone, which the retrained model takes for a name).
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

	/**
	 * A full past date right after a name, in any common form, is hidden as a birth date.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'Our grandmother Edith Crane (1938-04-17) fell on the icy steps.' => 1938-04-17
			'申請者：森田 和夫／1956.11.2　住所は下記' => 1956.11.2
			'子ども：川村 陽菜（H29.8.30）、川村 湊（R2.1.15）' => R2.1.15
			'① 石原 ミツ S8/5/20 ［電話番号］' => S8/5/20
			'Residents: Pedro Alves (7/14/1969), Ana Alves (3/2/1971)' => 3/2/1971
			'Please update the record for Martha Klein, 2nd of June 1944, at the ward office.' => 2nd of June 1944
			'祖父の大塚 健吉さん（1935年1月9日）が入院しました。' => 1935年1月9日
			""")
	void hidesBirthDatesRightAfterNames(String text, String date) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(date);
		assertThat(REDACTOR.detect(text)).as(text)
			.anySatisfy((finding) -> assertThat(finding.kind()).isEqualTo(PersonalDataKind.DATE_OF_BIRTH));
	}

	/**
	 * Dates of this year or later after a name (a report's date), dates after a name with
	 * words between, and dates after places stay.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'Edith Crane visited the clinic on 2024-03-05 about her knee.' => 2024-03-05
			'小倉城（2024年4月1日から改修）の前の道が狭いです。' => 2024年4月1日
			'Meeting at Tobata Ward Office, 12 March 2025, 10:00.' => 12 March 2025
			""")
	void keepsOtherDates(String text, String date) {
		assertThat(REDACTOR.redact(text)).as(text).contains(date);
	}

	/** A date of this year after a name is a report's date, not a birth date. */
	@Test
	void keepsThisYearsDateAfterAName() {
		String date = Year.now(ZoneId.of("Asia/Tokyo")).getValue() + "-01-30";
		String text = "Reported by Tom Baker (" + date + ") at the ward desk.";
		assertThat(REDACTOR.redact(text)).contains(date);
	}

}
