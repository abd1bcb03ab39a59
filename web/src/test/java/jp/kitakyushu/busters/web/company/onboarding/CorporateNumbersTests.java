package jp.kitakyushu.busters.web.company.onboarding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's own check of a corporate number, on the demo companies' real-format numbers
 * and on the ways people mistype them.
 */
class CorporateNumbersTests {

	@Test
	void validNumbersPassAsPeopleTypeThem() {
		assertThat(CorporateNumbers.problem("3999901048317")).isEmpty();
		assertThat(CorporateNumbers.problem(CorporateNumbers.normalize("9-9999-0106-2254"))).isEmpty();
		assertThat(CorporateNumbers.problem(CorporateNumbers.normalize("９９９９９０１０７５８２６"))).isEmpty();
		assertThat(CorporateNumbers.problem(CorporateNumbers.normalize(" 7000 0120 5000 2 "))).isEmpty();
	}

	@Test
	void aWrongCheckDigitAndAWrongLengthAreToldApart() {
		assertThat(CorporateNumbers.problem("4999901048317")).contains("checkDigit");
		assertThat(CorporateNumbers.problem("3999901048318")).contains("checkDigit");
		assertThat(CorporateNumbers.problem("399990104831")).contains("length");
		assertThat(CorporateNumbers.problem("39999010483170")).contains("length");
		assertThat(CorporateNumbers.problem("39999O1048317")).contains("length");
	}

	@Test
	void theCheckDigitWeighsTheDigitsFromTheRight() {
		// 000012050002: from the right 2·1 + 0·2 + 0·1 + 0·2 + 5·1 + 0·2 + 2·1 + 1·2 =
		// 11; 9 − 11 mod 9 = 7.
		assertThat(CorporateNumbers.checkDigit("000012050002")).isEqualTo(7);
		assertThat(CorporateNumbers.checkDigit("999901048317")).isEqualTo(3);
	}

}
