package jp.kitakyushu.busters.api.system.graphql;

/**
 * Stable codes for {@link UserError}s.
 */
public enum UserErrorCode {

	/** A required value is missing or blank. */
	REQUIRED,

	/** A text is longer than allowed. */
	TOO_LONG,

	/** A value is malformed or not one of the allowed ones. */
	INVALID,

	/** A number or date is outside the allowed range. */
	OUT_OF_RANGE,

	/** A location lies outside the city. */
	OUTSIDE_CITY,

	/** The thing is not in a state that allows this. */
	WRONG_STATE,

	/** The deadline for this has passed. */
	DEADLINE_PASSED,

	/** An amount exceeds the cap or the available balance. */
	OVER_LIMIT,

	/**
	 * This was already done (e.g. supported twice, or the same number registered twice).
	 */
	DUPLICATE,

	/** Something the input refers to does not exist or is not visible to the caller. */
	NOT_FOUND,

	/** Someone else changed the thing meanwhile; reload and try again. */
	CONFLICT,

	/** The caller may not do this to this particular thing. */
	NOT_ALLOWED

}
