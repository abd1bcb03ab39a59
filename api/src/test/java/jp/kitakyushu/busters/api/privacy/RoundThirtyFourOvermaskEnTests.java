package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 34's English over-masking rule: months and weekdays, an item's initials, a
 * court's letter, facilities' and firms' names, role mailboxes and offices' lines stay
 * visible; people's names, homes, mailboxes and numbers beside them stay hidden.
 */
class RoundThirtyFourOvermaskEnTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'',
			textBlock = """
							'Litter pickers rota (Sept):⏎Mon – Hargreave⏎Thu – Ostrowski' => Sept
							'New bin day starts Feb 14, please tell the block.' => Feb 14
							'Found: a red umbrella with initials "K.W." on the handle, at Shiroyama bus stop.' => K.W.
							'Our badminton slot is court C at Hibikino Sports Hall from 19:00.' => court C
							'Choir practice moved to Sawami Gymnasium this week.' => Sawami Gymnasium
							'Thanks to the Greenbelt Division for the new benches.' => Greenbelt Division
							'Rooms at the Harbour Inn: please write to info@harbour-inn.example.' => info@harbour-inn.example
							'The number on the leaflet for the recycling desk (093-555-0172) is wrong.' => 093-555-0172
							'Their advice line 093-555-0188 closes at 4, too early for workers.' => 093-555-0188
							'I phoned 093-555-0199 (the city parking line) and nobody knew.' => 093-555-0199
							'Keep getting calls from 0120-555-903 selling roof repairs. Can the city stop them?' => 0120-555-903
							'Which is right for the tax office: 093-555-0101 or 093-555-0110? The site and the card differ.' => 093-555-0110
					'Lost: green scarf with initials "M.J." stitched on, near Orio Station.' => M.J.
					'Pool opening hours change, effective Aug 4.' => Aug 4
					'I drive for Nishitora and the sign at Hagihara 2-chome is down.' => Nishitora
					'Late noise from the karaoke bar Pub Golden Fern every Friday.' => Golden Fern
					'The corner pachinko parlour (Lucky Seven) leaves its lights on all night.' => Lucky Seven
					'Our kitten (Mochi) climbed the utility pole again.' => Mochi
					'The fishing boat "Eiko Maru" has been tied up at the pier for months.' => Eiko Maru
					'Bus stop Kuzuhara-higashi needs a bench.' => Kuzuhara-higashi
							""")
	void keepsWhatIsNoPersons(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'Litter pickers rota (Sept):⏎Mon – Hargreave⏎Thu – Ostrowski' => Ostrowski
			'Call me on 090-5512-3376 about the fence, thanks. Imogen Farrow' => 090-5512-3376
			'A man called from 0120-555-931 asking for my card PIN. Is it a scam?' => 0120-555-931
			'My number is 090-5512-3388, or call my husband Declan on 080-5512-4471.' => 080-5512-4471
			'Please reply to me at wren.haddock@example.com, not the office.' => wren.haddock@example.com
			'Contact our club secretary, Bernadette Quill, for the form.' => Bernadette Quill
			'The flat is 2-14-6 Sawami, Tobata-ku, opposite the Gymnasium.' => 2-14-6 Sawami
			'Lost wallet: my residence card (IVANA NOVAK) and some cash. Call 090-5512-7730.' => IVANA NOVAK
			'My son (Rafael) has asthma, is the smoke from the plant safe?' => Rafael
			'Our rota: Mon – Okafor, Thu – Brennan' => Brennan
			'For anything else, email info@example.com or call 090-5512-6604.' => info@example.com
			""")
	void hidesWhatIsAPersons(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(part);
	}

}
