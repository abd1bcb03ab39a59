package jp.kitakyushu.busters.api.company;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The corporate number's check digit, on real published numbers.
 */
class CorporateNumberTests {

	@Test
	void acceptsPublishedCorporateNumbers() {
		// The National Tax Agency and Toyota Motor Corporation, from 法人番号公表サイト.
		assertThat(CorporateNumber.isValid("7000012050002")).isTrue();
		assertThat(CorporateNumber.isValid("1180301018771")).isTrue();
	}

	@Test
	void computesTheCheckDigitFromTheTwelveDigitBase() {
		assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
		assertThat(CorporateNumber.checkDigit("180301018771")).isEqualTo(1);
		// Σ = 0 gives 9 − 0 = 9; a sum that is a multiple of 9 does too.
		assertThat(CorporateNumber.checkDigit("000000000000")).isEqualTo(9);
		assertThat(CorporateNumber.checkDigit("000000000009")).isEqualTo(9);
		// Even positions from the right count twice: 1 at n=2 gives 9 − 2.
		assertThat(CorporateNumber.checkDigit("000000000010")).isEqualTo(7);
	}

	@Test
	void refusesAWrongCheckDigitNamingTheExpectedOne() {
		assertThat(CorporateNumber.isValid("8000012050002")).isFalse();
		assertThat(CorporateNumber.problem("8000012050002")).hasValueSatisfying(
				(message) -> assertThat(message).contains("check digit").contains("is 8").contains("give 7"));
	}

	@Test
	void refusesAnythingButThirteenDigits() {
		assertThat(CorporateNumber.problem("700001205000"))
			.hasValueSatisfying((message) -> assertThat(message).contains("13 digits"));
		assertThat(CorporateNumber.isValid("70000120500021")).isFalse();
		assertThat(CorporateNumber.isValid("700001205000a")).isFalse();
		assertThat(CorporateNumber.isValid("")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> CorporateNumber.checkDigit("12345"));
	}

	@Test
	void normalizesFullWidthDigitsHyphensAndSpaces() {
		assertThat(CorporateNumber.normalize("７００００１２０５０００２")).isEqualTo("7000012050002");
		assertThat(CorporateNumber.normalize("7-0000-1205-0002")).isEqualTo("7000012050002");
		assertThat(CorporateNumber.normalize(" 7000 0120 50002 ")).isEqualTo("7000012050002");
	}

}
