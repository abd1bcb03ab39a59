package jp.kitakyushu.busters.api.report;

/**
 * How problem figures are broken down.
 */
enum ProblemFlowGrouping {

	/** One row per month of the period. */
	MONTH,

	/** One row per category. */
	CATEGORY,

	/** One row per ward (and the whole city). */
	WARD,

	/** One row per channel (web, proxy intake, Open311). */
	CHANNEL

}
