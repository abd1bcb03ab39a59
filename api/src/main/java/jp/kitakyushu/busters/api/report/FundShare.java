package jp.kitakyushu.busters.api.report;

/**
 * What the fund allocated to and paid out for one proposal (or all of one theme's) within
 * the period, net of reversals.
 *
 * @param id the proposal's or theme's store id
 * @param allocated yen allocated
 * @param disbursed yen paid out
 */
record FundShare(String id, long allocated, long disbursed) {

	FundShare plus(long allocated, long disbursed) {
		return new FundShare(this.id, this.allocated + allocated, this.disbursed + disbursed);
	}

}
