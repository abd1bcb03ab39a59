package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			問い合わせは yamada.taro@example.jp までメールしてください。 => yamada.taro@example.jp
			ご連絡はfukushi.team＠example.jpにお願いいたします。 => fukushi.team＠example.jp
			連絡先：ｓａｔｏ＠ｅｘａｍｐｌｅ．ｃｏｍ（全角） => ｓａｔｏ＠ｅｘａｍｐｌｅ．ｃｏｍ
			Please send it to yamada (at) example.jp. => yamada (at) example.jp
			メールは hiroshi_k[at]example.ne.jp です。 => hiroshi_k[at]example.ne.jp
			tanaka アットマーク example.co.jp まで => tanaka アットマーク example.co.jp
			E-mail: Info.Desk@Example.COM => Info.Desk@Example.COM
			Write to k.mori+busters@example.jp, not the office. => k.mori+busters@example.jp
			""")
	void findsAddressesIncludingDisguisedOnes(String text, String email) {
		assertThat(Detected.of(PersonalDataKind.EMAIL, text)).containsExactly(email);
	}

	@ParameterizedTest
	@ValueSource(strings = { "@busters_kitakyushu をフォローしてください", "単価は@500円です", "user@localhost",
			"詳しくは example.jp をご覧ください", "We meet at the station at 9." })
	void leavesThingsThatAreNotAddressesAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.EMAIL, text)).isEmpty();
	}

}
