package jp.kitakyushu.busters.api.report;

/**
 * The city's targets for the programme, as its DX council reads them.
 */
enum KpiKind {

	/** Social problems solved within the programme's three years. */
	SOLVED_PROBLEMS,

	/** City staff hours saved a year by the demonstrations. */
	STAFF_HOURS_SAVED,

	/** The change in citizen satisfaction the demonstrations measured. */
	SATISFACTION_CHANGE,

	/** Citizens the demonstrations reached (no target: context for the others). */
	CITIZENS_REACHED

}
