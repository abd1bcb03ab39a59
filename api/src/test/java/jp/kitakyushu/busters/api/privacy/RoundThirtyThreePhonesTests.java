package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 33's phone convention: an organisation's number (an office, centre, firm, shop,
 * hotline or toll-free line) stays visible; a person's, a family's or an unknown or scam
 * caller's number is hidden.
 */
class RoundThirtyThreePhonesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** A number its own sentence gives as an organisation's stays. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'市役所の代表番号は 093-111-2345 でしょうか。' => 093-111-2345
			'粗大ごみ受付センター（093-222-3456）がずっと話し中です。' => 093-222-3456
			'The city hotline 0120-444-555 was busy all morning.' => 0120-444-555
			'Shop tel 093-555-6677, open ten to seven.' => 093-555-6677
			'I called the ward office on 093-666-7788 twice.' => 093-666-7788
			'フリーダイヤル 0120-987-654 は平日のみです。' => 0120-987-654
			'当店の番号は TEL 093-404-5050（店）です。' => 093-404-5050
			'保育課の番号 093-303-1212 にかけても出ません。' => 093-303-1212
			'事務所 ０９３－５５２－１１００（代表）内線４５ までどうぞ' => 内線４５
			'Call the office, 093-551-2000 (ext. 214), and ask for me.' => 093-551-2000 (ext. 214)
			""")
	void keepsOrganisationsNumbers(String text, String number) {
		assertThat(REDACTOR.redact(text)).as(text).contains(number);
	}

	/** A person's, a family's or a caller's number is hidden, whatever office is near. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'市役所から連絡ください。私の携帯は 093-777-1234 です。' => 093-777-1234
			'市役所の件です。自宅 093-777-5678 まで。' => 093-777-5678
			'Please call my office at 093-888-1234 about the city permit.' => 093-888-1234
			'市役所の福祉課を名乗る男から 093-999-1111 で電話がありました。' => 093-999-1111
			'Call the community centre or me: 080-1212-3434.' => 080-1212-3434
			'The centre said to ring 090-3434-5656 for the volunteer list.' => 090-3434-5656
			'I keep getting calls from 093-545-6767, is this the city?' => 093-545-6767
			'市役所の窓口で聞いたら、母の番号 093-262-7171 に折り返すそうです。' => 093-262-7171
			""")
	void hidesPeoplesAndCallersNumbers(String text, String number) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(number);
	}

}
