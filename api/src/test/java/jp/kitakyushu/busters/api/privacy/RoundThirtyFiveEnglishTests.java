package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 35's English rules: a chome, ward and town, floor or flat written before a found
 * address, accounts after "acct" or "#" near a bank, romaji plates, children listed with
 * their ages, timed chat speakers and senders after "sent by"; and the look-alikes (ward
 * offices, stations, buildings without a room, event dates, prices, bus and order
 * numbers) that stay.
 */
class RoundThirtyFiveEnglishTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'',
			textBlock = """
									'The gutter outside our flat (Honjo 4-chome, Maple Heights 208) is broken. - Wilhelmina Ashby' => Honjo 4-chome
									'We live on the 3rd floor of Belle Maison Kurosaki, 2-7-5 Kurosaki. Wilhelmina Ashby' => 3rd floor
									'Dues to Chikuho Bank, Nakama branch, acct 2271-506 (futsu), holder Wilhelmina Ashby.' => 2271-506
									'Refund to Kitakyushu Bank, Tobata branch, #4418207 please. Wilhelmina Ashby' => 4418207
									'Someone scratched my car last night, plate Tobata-ku sa 7730, please check the camera.' => sa 7730
									'Our children, Margaret Hill, 9, and Barnaby, 7, want to join the judo class.' => Barnaby
									'From our chat:⏎[09:14] Margaret Hill: the lamp is out⏎[09:16] Ferdie: same here' => Ferdie
									'The crossing near the school needs a warden at 8:00. Sent by Ottilie Brennan, parent.' => Ottilie
									'Our downstairs tenant, Tomasz Nowak (1984.07.19), had his form pinned on the board.' => 1984.07.19
							'The clinic card shows my birthday (04/09/1977) in the wrong format. Margaret Hill' => 04/09/1977
							'Letters go to 2F Hamada Bldg 3, 4-2-8 Daimon, please. Margaret Hill' => Hamada Bldg
							'Hi, Margaret Hill from block 2, Maple Town Sone Room 1104, the lift is stuck.' => Maple Town Sone
					'The gate at 3-6-2 Sone, Kokuraminami-ku (city housing block D) is broken. Margaret Hill' => block D
					""")
	void hidesTheValue(String text, String value) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(value);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'The toilets at Wakamatsu Ward Office, 1st floor, are closed. Wilhelmina Ashby' => Wakamatsu Ward Office
			'Meet at Kurosaki Station, then walk to the park. Wilhelmina Ashby' => Kurosaki Station
			'The lift at Riverside Tower has been broken for a week.' => Riverside Tower
			'The festival is on 6 May at Katsuyama Park, tickets 500 yen.' => 6 May
			'Bus 45 and bus 8 are always late; order #22871904 from the city shop never came.' => 22871904
			'The bus to Kokura takes 20 minutes, 2 buses an hour.' => 20 minutes
			'Please pay ¥3,000 to the club; receipt #1290-442 is on the flyer.' => 1290-442
			'My kids love the new slide at Tomino Park, thank you!' => Tomino Park
			'The Kokura Castle fair (2019.04.06) was lovely, and the new one is on 12 May.' => 2019.04.06
			'The ward office is in Kokura Tower, 3-1 Asano, next to the station.' => Kokura Tower
			'The toilets at Kokura Station (block B exit) are closed again.' => block B
			""")
	void keepsTheLookAlike(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

}
