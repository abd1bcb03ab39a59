package jp.kitakyushu.busters.api.theme;

/**
 * Where a theme is in its life: drafted by staff, open for proposals, closed at its
 * deadline, then awarded or cancelled.
 */
public enum ThemeStatus {

	/** Being written by staff; not public. */
	DRAFT,

	/** Public and accepting proposals within its call window. */
	OPEN,

	/** Past its deadline; proposals are being evaluated. */
	CLOSED,

	/** At least one proposal was selected. */
	AWARDED,

	/** Withdrawn by staff, with a reason. */
	CANCELLED

}
