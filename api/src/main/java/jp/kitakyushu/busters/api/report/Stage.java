package jp.kitakyushu.busters.api.report;

import java.util.Set;

/**
 * The steps of a problem's life that reporting counts, each reached once and dated when
 * it was reached.
 */
enum Stage {

	/** Received, by any channel. */
	SUBMITTED(Set.of("SUBMITTED", "PUBLISHED", "REJECTED", "MERGED", "ADOPTED", "RESOLVED")),

	/** Made public by moderation (a problem adopted or resolved was published first). */
	PUBLISHED(Set.of("PUBLISHED", "ADOPTED", "RESOLVED")),

	/** First taken up by a theme. */
	ADOPTED(Set.of("ADOPTED", "RESOLVED")),

	/** Solved by a funded demonstration. */
	RESOLVED(Set.of("RESOLVED")),

	/** Refused by moderation. */
	REJECTED(Set.of("REJECTED")),

	/** Folded into another problem as a duplicate. */
	MERGED(Set.of("MERGED"));

	private final Set<String> reachedBy;

	Stage(Set<String> reachedBy) {
		this.reachedBy = reachedBy;
	}

	/** Whether a problem in this status has reached the stage. */
	boolean reachedIn(String status) {
		return this.reachedBy.contains(status);
	}

	/** The counter's field name in a month document. */
	String counter() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Whether the time from submission to this stage is a reported timing. */
	boolean timed() {
		return this == PUBLISHED || this == ADOPTED || this == RESOLVED;
	}

}
