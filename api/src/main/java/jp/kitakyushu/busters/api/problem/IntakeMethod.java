package jp.kitakyushu.busters.api.problem;

/**
 * How staff received a problem they entered on a citizen's behalf.
 */
public enum IntakeMethod {

	/** By telephone. */
	PHONE,

	/** In person at a counter. */
	COUNTER,

	/** On paper (letter, form, postcard). */
	PAPER

}
