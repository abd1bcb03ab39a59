package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 31's English name rules, each case invented (none copied from a corpus): quoted
 * names after a naming cue, names pointed out as misspelled, "name's", initials with a
 * surname, a name before ", born", a given name sharing a found surname, a nickname
 * before its bracketed full name, a vocative in quoted speech, a hiragana name in quotes
 * and a table's Name column, all masked; and what stays: weekdays, roles, common nouns,
 * landmarks, quoted words and pets.
 */
class RoundThirtyOneEnglishNameRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Names in the new positions and forms are hidden. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'',
			textBlock = """
					'A boy kept throwing stones at the ducks, his name is "Haruto" I think.' => Haruto
					'The busker (stage name "RiverKid") plays too loud after 10pm.' => RiverKid
					'A woman named "Tamae" sells flowers at the corner every morning.' => Tamae
					'The letter has my name spelt "Grgory Hanlon" instead of Gregory.' => Grgory Hanlon
					'Pothole on my road again, name''s Toby Wren, I live near the bakery.' => Toby Wren
					'Signed: K. Whitcombe (2-1), D. Farrow (2-3).' => Whitcombe
					'Please register our daughter, Ines Varga, born 4 May 2026, for the checkup.' => Ines Varga
					'Thanks for fixing the bench! from Colin & Maeve Brennan' => Colin
					'Ask for Bea (Bea Santiago) at the community hall desk.' => Bea
					'The kids were yelling "Kotaro, come back!" across the car park.' => Kotaro
					'Lost pencil case with "ゆうと 3年" written on the lid.' => ゆうと
					'Helpers\\nName | Phone | Shift\\nOskar Lind | 090-1111-0000 | AM\\nFenna Bakker | oskar@example.com | PM' => Fenna Bakker
					""")
	void hidesNewForms(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** The new forms are sure: masked, not only flagged. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'Signed: K. Whitcombe (2-1), D. Farrow (2-3).' => D. Farrow
			'Please register our daughter, Ines Varga, born 4 May 2026, for the checkup.' => Ines Varga
			'Thanks for fixing the bench! from Colin & Maeve Brennan' => Colin
			'The old man says his name is "Tokuji" and he lives alone.' => Tokuji
			""")
	void masksThemSurely(String text, String name) {
		assertThat(REDACTOR.detect(text)).anySatisfy((finding) -> assertThat(finding.in(text)).isEqualTo(name))
			.allSatisfy((finding) -> assertThat(finding.flagged()).isFalse());
	}

	/** Weekdays, roles, common nouns, landmarks, quoted words and pets stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'The library quiz is on Feb 8 (Sun) from 10:00, sign up at the desk.' => Sun
			'Shifts\\n- Ella Moss (Tue)\\n- Ruth Kane (Thu)' => Thu
			'The roof leaks onto the stairs. — Landlord, Hugh Varley' => Landlord
			'Website says the museum opens at 9, but it was shut.' => Website
			'The fireworks over Kanmon Ohashi were beautiful this year.' => Kanmon Ohashi
			'Which bin for "びん" and which for "かん"? The chart is confusing.' => びん
			'Our cat is called "Mochi" and she got out again near the park.' => Mochi
			'The café spelled "Kokura Latte" on its board has the best cakes.' => Kokura Latte
			'Take exit B. Walk past the post office to the park.' => Walk
			""")
	void keepsWhatIsNoPrivateData(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).contains(part);
	}

}
