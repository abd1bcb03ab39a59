package jp.kitakyushu.busters.web.company.onboarding;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The corporate number (法人番号) as the page checks it before asking the api: 13 digits, the
 * first a check digit over the other twelve (National Tax Agency's rule). The api checks
 * it again; the page only words the two ways it can be wrong precisely. The same rule
 * runs in the browser as the number is typed ({@code js/company/corporate-number.js}).
 */
final class CorporateNumbers {

	static final int LENGTH = 13;

	private CorporateNumbers() {
	}

	/** Full-width digits made ASCII; spaces and hyphens removed. */
	static String normalize(String typed) {
		return Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐－ー−]", "");
	}

	/**
	 * What is wrong with a normalized number: {@code length} (not 13 digits) or
	 * {@code checkDigit}; empty when it is valid.
	 */
	static Optional<String> problem(String number) {
		if (!number.matches("[0-9]{" + LENGTH + "}")) {
			return Optional.of("length");
		}
		return (number.charAt(0) - '0' == checkDigit(number.substring(1))) ? Optional.empty()
				: Optional.of("checkDigit");
	}

	/**
	 * 9 minus the weighted sum of the twelve digits modulo 9, the digits weighted 1, 2,
	 * 1, 2… from the rightmost.
	 */
	static int checkDigit(String twelveDigits) {
		int sum = 0;
		for (int fromRight = 0; fromRight < twelveDigits.length(); fromRight++) {
			int digit = twelveDigits.charAt(twelveDigits.length() - 1 - fromRight) - '0';
			sum += digit * ((fromRight % 2 == 0) ? 1 : 2);
		}
		return 9 - sum % 9;
	}

}
