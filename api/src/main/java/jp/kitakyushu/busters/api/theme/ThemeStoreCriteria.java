package jp.kitakyushu.busters.api.theme;

import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Store queries that agree with {@link Theme#statusAt(Instant)}: a theme stored OPEN
 * whose deadline has passed is found as CLOSED, not OPEN.
 */
final class ThemeStoreCriteria {

	private ThemeStoreCriteria() {
	}

	/** Themes stored OPEN whose deadline is at or before {@code now}. */
	static Criteria openPastDeadline(Instant now) {
		return Criteria.where("status").is(ThemeStatus.OPEN).and("closesAt").lte(now);
	}

	/** Themes whose status as of {@code now} is {@code status}. */
	static Criteria withStatusAt(ThemeStatus status, Instant now) {
		return switch (status) {
			case OPEN -> Criteria.where("status").is(ThemeStatus.OPEN).and("closesAt").gt(now);
			case CLOSED ->
				new Criteria().orOperator(Criteria.where("status").is(ThemeStatus.CLOSED), openPastDeadline(now));
			default -> Criteria.where("status").is(status);
		};
	}

}
