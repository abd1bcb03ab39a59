package jp.kitakyushu.busters.api.report;

import org.jspecify.annotations.Nullable;

/**
 * A share: numerator over denominator, both given so the rate can be checked.
 *
 * @param numerator what is counted
 * @param denominator what it is counted out of
 * @param rate numerator ÷ denominator, null when the denominator is zero
 */
record Rate(long numerator, long denominator, @Nullable Double rate) {

	static Rate of(long numerator, long denominator) {
		return new Rate(numerator, denominator, (denominator == 0) ? null : (double) numerator / denominator);
	}

}
