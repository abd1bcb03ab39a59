package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 32's romanised and foreign addresses: the ward, city, postcode, room or building
 * joined to an address, flats' names with a room, romanised lots and chome, and street
 * addresses with a postcode are hidden; public buildings, halls' rooms, routes, prices
 * and a ward alone stay.
 */
class RoundThirtyTwoRomanisedAddressTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** The part joined to an address is hidden with it. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'The drain outside 5-9-2 Hirano Honmachi, Yahatanishi-ku has been blocked for a week.' => Yahatanishi-ku
			'My aunt lives at 3-8-14 Oji Kitamachi, Nada-ku, Sumoto. She is 90.' => Sumoto
			'Send it to 2-6-3 Tenma Kita, Kita-ku, Kobe 530-0043 please.' => 530-0043
			'Please write to Wakamatsu-ku Takasu 2-7, Unit F about the leak.' => Unit F
			'The form says Yahatanishi-ku Oribashi 3-4, Dorm C, room 22 for my son.' => room 22
			'The heater broke at 6-2-5 Kanda-machi, Moji-ku, Bldg D 405 yesterday.' => Bldg D 405
			""")
	void hidesWhatIsJoinedToAnAddress(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	/** A flat's name with a room, a romanised lot or chome, and foreign addresses. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'',
			textBlock = """
					'The water heater at Maison Hibari 1203 is making a loud noise.' => Maison Hibari 1203
					'Who keeps parking at Corpo Tsubaki B-305? It blocks my car.' => Corpo Tsubaki B-305
					'Hi, I live at Heim Kazahaya 2F 201 with my two cats.' => Heim Kazahaya 2F 201
					'Someone dumped a sofa behind Lot 3318, Oaza Nakanoya, Yahatanishi-ku last night.' => Lot 3318, Oaza Nakanoya
					'The old man at No. 9, 4-chome, Ishimine has not been seen for days.' => No. 9, 4-chome, Ishimine
					'Our grandma moved to 27 Asahi-machi 3-chome last month.' => 27 Asahi-machi 3-chome
					'I live at Kokurakita-ku Imamachi 2 chome 5-7 and the road is cracked.' => Kokurakita-ku Imamachi 2 chome 5-7
					'My pension goes to 31 Heron Lane, Norwich NR2 4PL now.' => 31 Heron Lane, Norwich NR2 4PL
					'Please post the refund to 812 Birch Ave Apt 2C, Dayton, OH 45402.' => 812 Birch Ave
					'New address: Lot 9, Banksia Road, Ballarat VIC 3350.' => Banksia Road
					'My cousin moved to Kungsgatan 44, 411 19 Goteborg in May.' => Kungsgatan 44
					'The note was signed by Mr Hale, formerly of 705, Villa Sakurazaka, last spring.' => 705, Villa Sakurazaka
					'Please fix the lights at Grandview Heights, Bldg A, 7F before winter.' => Grandview Heights, Bldg A, 7F
					""")
	void hidesHomesAndForeignAddresses(String text, String address) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(address);
	}

	/** Public buildings, halls' rooms, routes, prices and a ward alone stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'The Japanese lesson is in room 412, next to the library, every Friday.' => room 412
			'Flights from Gate 12 to Busan leave at 9:05, flight 203 is on time.' => flight 203
			'Take bus Route 201 from Kokura Station, it stops at Yahata Hospital.' => Route 201
			'The consultation desk is at Kitakyushu Ward Office 3F, open 9 to 5.' => Ward Office 3F
			'Write to the council at 10 Market Square, Leeds LS1 1UR for permits.' => 10 Market Square
			'The ramen at Kurosaki Noodle House costs 850 yen and is worth it.' => 850 yen
			'There is a big pothole on the road in Kokuraminami-ku near the river.' => Kokuraminami-ku
			'The city office postal code is 803-8501, Kokurakita-ku, for all forms.' => Kokurakita-ku
			'I am at 4-6 Tsutsui, Kurosaki. The road is flooded.' => Kurosaki
			'The exhibition runs until 2026, see you at Riverwalk Kitakyushu.' => 2026
			""")
	void keepsPublicPlacesAndNumbers(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
