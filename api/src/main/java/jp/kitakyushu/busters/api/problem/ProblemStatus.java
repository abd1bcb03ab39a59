package jp.kitakyushu.busters.api.problem;

import java.util.Set;

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
	RESOLVED;

	/** The states anyone may see. */
	public static final Set<ProblemStatus> PUBLIC = Set.of(PUBLISHED, ADOPTED, RESOLVED, MERGED);

	/** The states in which citizens may support a problem. */
	static final Set<ProblemStatus> SUPPORTABLE = Set.of(PUBLISHED, ADOPTED);

	boolean isPublic() {
		return PUBLIC.contains(this);
	}

}
