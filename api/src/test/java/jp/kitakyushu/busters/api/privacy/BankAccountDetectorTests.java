package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BankAccountDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			振込先は北九州銀行小倉支店 普通 1234567です。 => 北九州銀行小倉支店 普通 1234567
			口座番号 7654321 を確認してください。 => 7654321
			振込は当座 0012345 でお願いします。 => 0012345
			普通預金 口座番号：3456789 => 3456789
			口座は 当座 1122334 です。 => 1122334
			ゆうちょ銀行 記号12345 番号12345678 => ゆうちょ銀行 記号12345 番号12345678
			返金先はゆうちょ銀行 17000-12345678 でお願いします。 => ゆうちょ銀行 17000-12345678
			黒崎支店 1234567 に振り込みました。 => 黒崎支店 1234567
			振込先：福岡ひびき信用金庫の小倉支店の普通口座 7654321 => 福岡ひびき信用金庫の小倉支店の普通口座 7654321
			Please transfer it to account number 1234567. => 1234567
			Bank details: account no. 1122334, Kokura branch. => 1122334
			""")
	void findsAccountNumbersAfterTheirUsualWords(String text, String account) {
		assertThat(Detected.of(PersonalDataKind.BANK_ACCOUNT, text)).containsExactly(account);
	}

	@ParameterizedTest
	@ValueSource(strings = { "口座振替の手続きは区役所でできます。", "普通車200台が駐車できます。", "市の普通会計の決算額は5,800億円です。",
			"The account of the incident was published.", "振込手数料は100円です。", "小倉支店は9時に開きます。" })
	void leavesBankingWordsWithoutAnAccountAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.BANK_ACCOUNT, text)).isEmpty();
	}

}
