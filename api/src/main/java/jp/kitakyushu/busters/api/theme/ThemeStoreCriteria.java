package jp.kitakyushu.busters.api.theme;

import java.time.Instant;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The store query of the closing job, agreeing with {@link Theme#statusAt(Instant)}: a
 * theme stored OPEN whose deadline has passed is closed.
 */
final class ThemeStoreCriteria {

	private ThemeStoreCriteria() {
	}

	/** Themes stored OPEN whose deadline is at or before {@code now}. */
	static Criteria openPastDeadline(Instant now) {
		return Criteria.where("status").is(ThemeStatus.OPEN).and("closesAt").lte(now);
	}

}
