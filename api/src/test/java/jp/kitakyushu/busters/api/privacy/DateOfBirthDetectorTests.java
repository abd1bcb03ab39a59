package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateOfBirthDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			生年月日 1950年4月1日、一人暮らしです。 => 1950年4月1日
			昭和25年4月1日生まれの父が転びました。 => 昭和25年4月1日
			母（85歳、昭和15年1月20日生）が暮らしています。 => 昭和15年1月20日
			生年月日：S25.4.1 => S25.4.1
			生年月日は1948/12/24です。 => 1948/12/24
			1945年（昭和20年）8月6日生まれの祖父 => 1945年（昭和20年）8月6日
			誕生日は3月3日です。 => 3月3日
			Born on 1 April 1950, my father needs help. => 1 April 1950
			DOB: 1950-04-01, lives alone. => 1950-04-01
			Her date of birth is March 3, 1942. => March 3, 1942
			He was born 12 May 1985 in Moji. => 12 May 1985
			放課後児童クラブの申込書に生年月日（2017年6月9日）を書きました。 => 2017年6月9日
			祖母は昭和25年生まれです。 => 昭和25年
			（八幡西区／昭和23年生／男） => 昭和23年
			父は昭和十八年生まれで、足が悪いです。 => 昭和十八年
			1952年生まれの夫が通院しています。 => 1952年
			""")
	void findsFullDatesNextToABirthWord(String text, String date) {
		assertThat(Detected.of(PersonalDataKind.DATE_OF_BIRTH, text)).containsExactly(date);
	}

	@ParameterizedTest
	@ValueSource(strings = { "4月1日に開催される防災訓練", "2025年4月1日から運行します。", "2024年生産の車両です。", "小学2年生の息子が通っています。",
			"10月15日生まれの子猫を保護しています。", "Born in Kitakyushu, our founder returned.", "令和7年4月1日施行の条例",
			"2025年4月1日生活支援センター開所", "The new shelter opens on 1 April 2026." })
	void leavesOtherDatesAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.DATE_OF_BIRTH, text)).isEmpty();
	}

}
