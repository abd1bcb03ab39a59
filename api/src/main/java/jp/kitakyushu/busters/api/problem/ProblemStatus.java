package jp.kitakyushu.busters.api.problem;

/**
 * Where a problem is in its life: submitted, then published, rejected or merged; a
 * published problem is adopted into a theme and finally resolved by a funded
 * demonstration.
 */
public enum ProblemStatus {

	/** Waiting for moderation; seen only by its submitter and staff. */
	SUBMITTED,

	/** Public. */
	PUBLISHED,

	/** Refused by moderation, with a reason. */
	REJECTED,

	/** A duplicate, folded into another problem. */
	MERGED,

	/** Taken up by a theme. */
	ADOPTED,

	/** Solved by a funded demonstration. */
	RESOLVED

}
