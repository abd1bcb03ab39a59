package jp.kitakyushu.busters.api.company;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Japan's corporate number (法人番号): 13 digits whose first digit is a check digit over the
 * 12-digit base number, as the National Tax Agency defines it.
 */
public final class CorporateNumber {

	/** How many digits a corporate number has. */
	public static final int LENGTH = 13;

	private CorporateNumber() {
	}

	/**
	 * The number as people type it, made canonical: full-width digits become ASCII, and
	 * spaces and hyphens go.
	 */
	public static String normalize(String input) {
		return Normalizer.normalize(input, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐－ー]", "");
	}

	/**
	 * The check digit of a 12-digit base number: 9 − (Σ Pn × Qn mod 9), where Pn is the
	 * n-th digit counted from the right and Qn is 1 for odd n and 2 for even n.
	 */
	public static int checkDigit(String base) {
		if (base.length() != LENGTH - 1 || !isDigits(base)) {
			throw new IllegalArgumentException("A base number has 12 digits: " + base);
		}
		int sum = 0;
		for (int n = 1; n <= LENGTH - 1; n++) {
			int digit = base.charAt(base.length() - n) - '0';
			sum += digit * ((n % 2 == 1) ? 1 : 2);
		}
		return 9 - (sum % 9);
	}

	/**
	 * What is wrong with a (normalized) number, in words for the person who typed it;
	 * empty when it is valid.
	 */
	public static Optional<String> problem(String number) {
		if (number.length() != LENGTH || !isDigits(number)) {
			return Optional.of("A corporate number (法人番号) has exactly 13 digits; '" + number + "' does not.");
		}
		int expected = checkDigit(number.substring(1));
		int actual = number.charAt(0) - '0';
		if (expected != actual) {
			return Optional.of("The corporate number " + number + " is not valid: its first digit (the check digit) is "
					+ actual + " but the other 12 digits give " + expected
					+ ". Check it against the registration notice" + " or the National Tax Agency's 法人番号公表サイト.");
		}
		return Optional.empty();
	}

	/** Whether a (normalized) number is a valid corporate number. */
	public static boolean isValid(String number) {
		return problem(number).isEmpty();
	}

	private static boolean isDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return !text.isEmpty();
	}

}
