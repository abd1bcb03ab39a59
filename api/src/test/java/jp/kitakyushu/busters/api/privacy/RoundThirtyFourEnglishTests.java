package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 34's English rules: names in a chat's or list's line shaped like a found name's,
 * voters in a poll or minutes, an interpreter after a language, a name on a mailbox or
 * booked under, initials, residents' rooms, rooms of named homes, a street address's ward
 * written with -ku, and an account a refund goes to; and the look-alikes (rotas' words,
 * shops, stations, years, prices, times, references, a birth date's or account's cue
 * word, a bare town after an address) that stay.
 */
class RoundThirtyFourEnglishTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'Group chat:⏎09:02 Margaret Hill: is the hall open?⏎09:05 Dovi: yes from ten' => Dovi
			'Potluck list:⏎1. Margaret Hill — salad⏎2. Tobiah — rice' => Tobiah
			'Show of hands for the cleanup: Orla yes, Benedikt no, Yusra maybe.' => Benedikt
			'Committee: the chair proposed new lights; Fennimore seconded; Ottoline against.' => Fennimore
			'Interpreters on the day: Nepali – Sudeep, Portuguese – Lucinda.' => Sudeep
			'We booked the barbecue area under the name Castellanos, six people.' => Castellanos
			'Hi, this is Ferdinand from number 12, the drain is blocked again.' => Ferdinand
			'Complaint signed by Margaret Hill and R. T. Okonjo about the lights.' => R. T.
			'Roster: Monday – Okonjo, R.⏎Tuesday – Margaret Hill' => , R.
			'Please refund the deposit to 45127788, thank you. Margaret Hill' => 45127788
			'Our guest was born 3 April 1971 in Lagos. Margaret Hill' => 3 April 1971
			'Pay the grant into Shinwa Bank, savings account 4417209, holder Margaret Hill.' => 4417209
			'The old man in 4-207 has not been seen for a week, Mrs. Margaret Hill says.' => 4-207
			'My mother lives at Aozora Care Home, Room 214 and needs a wheelchair taxi.' => Room 214
			'Our family lives at 3-8 Hamanomachi, Wakamatsu-ku, and the gutter is broken.' => Wakamatsu-ku
			'The courier went to our old place instead of 7-14, my address is 7-12 Hamanomachi.' => 7-14
			""")
	void hidesTheValue(String text, String value) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(value);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'Group chat:⏎09:02 Margaret Hill: is the hall open?⏎09:05 Admin: opens at ten' => Admin
			'Shopping list:⏎1. Margaret Hill — salad⏎2. Kokura Station — meeting point' => Kokura Station
			'Donations:⏎Margaret Hill ¥3,000⏎Sunrise Bakery ¥5,000' => Sunrise Bakery
			'Is the pool open? Sign says "Closed" again this week.' => Closed
			'Greetings from the Kokura ward office, the festival is on 3 May.' => Greetings
			'The bus in 2024 ran every 20 minutes, now it is every 30.' => 2024
			'Please refund the fee, reference 88120045 on your letter.' => 88120045
			'Meet at Room 204 of the community centre at 7pm.' => Room 204
			'The delay was 3-4 days, not 2-3 days as promised.' => 2-3
			'Moji Seaside Care Centre, room 12 is where the flu clinic is held.' => room 12
			'Our guest was born 3 April 1971 in Lagos. Margaret Hill' => born
			'Pay the grant into Shinwa Bank, savings account 4417209, holder Margaret Hill.' => savings account
			""")
	void keepsTheLookAlike(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

}
