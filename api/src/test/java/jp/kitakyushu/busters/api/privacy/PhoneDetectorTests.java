package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			連絡は093-000-4567までお願いします。 => 093-000-4567
			携帯09000001234に折り返しください。 => 09000001234
			090 0000 1234 まで連絡ください。 => 090 0000 1234
			(093)000-4567にかけても出ません。 => (093)000-4567
			ＴＥＬ ０９３（０００）４５６７ => ０９３（０００）４５６７
			電話番号は０９３－０００－４５６７です。 => ０９３－０００－４５６７
			緊急連絡先：090ー0000ー1234 => 090ー0000ー1234
			番号は090(0000)5656です。 => 090(0000)5656
			息子の番号は+81 90-0000-4444です。 => +81 90-0000-4444
			Phone +81 (0)93 000 7171 for bookings. => +81 (0)93 000 7171
			Our US partner is at (555) 010-0199. => (555) 010-0199
			Alternatively, call 555.010.0123 today. => 555.010.0123
			or call +1 555 010 0456. => +1 555 010 0456
			電話：000-1234（市外局番なし） => 000-1234
			""")
	void findsPhoneNumbersInTheirUsualSpellings(String text, String phone) {
		assertThat(Detected.of(PersonalDataKind.PHONE, text)).containsExactly(phone);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025年4月1日から運行します。", "予算500万円を計上しました。", "事業費は1,000,000円です。",
			"The pilot ran from 2024-04-01 to 2025-03-31.", "説明会は10時30分からです。", "高齢者が3000人を超えました。",
			"Version 2.3.1 fixes the bug.", "道路交通法第38条第1項", "〒802-0001 の地域", "マイナンバー 1234 5678 9012",
			"受付番号202504010001", "フリーダイヤル0120-000-456で受付", "人口は920,000人です。", "電話での相談は9時から17時まで。",
			"12345678901234567890" })
	void leavesOtherNumbersAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.PHONE, text)).isEmpty();
	}

}
