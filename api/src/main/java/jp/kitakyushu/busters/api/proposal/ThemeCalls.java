package jp.kitakyushu.busters.api.proposal;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The calls for proposals that themes make, as the proposal feature needs to know them.
 * The theme feature answers: it follows proposals' events (a selection awards the theme),
 * so proposals must not depend on it.
 */
public interface ThemeCalls {

	/** The GraphQL type of themes, for their global ids in proposal inputs. */
	String TYPE = "Theme";

	/** A theme's call by store id, whatever its state, as of now. */
	Optional<ThemeCall> find(String themeId);

	/**
	 * A theme's call for proposals as of now.
	 *
	 * @param themeId the theme's store id
	 * @param status the theme's status now (an open theme past its deadline is closed)
	 * @param budgetCap the most one proposal may request, in yen
	 * @param opensAt when the call opens
	 * @param closesAt when the call closes
	 * @param acceptingProposals whether proposals may be submitted now
	 */
	record ThemeCall(String themeId, CallStatus status, long budgetCap, @Nullable Instant opensAt,
			@Nullable Instant closesAt, boolean acceptingProposals) {
	}

	/** A theme's status as proposals see it; mirrors the theme feature's own states. */
	enum CallStatus {

		/** Being written by staff. */
		DRAFT,

		/** Open for proposals (its window may not have begun). */
		OPEN,

		/** Past its deadline. */
		CLOSED,

		/** A proposal was selected. */
		AWARDED,

		/** Called off. */
		CANCELLED

	}

}
