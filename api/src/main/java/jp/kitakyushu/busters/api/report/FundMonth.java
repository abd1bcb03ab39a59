package jp.kitakyushu.busters.api.report;

/**
 * The fund's flows in one month, net of reversals (a reversal counts in the month it was
 * recorded), and what was left to allocate at the month's end.
 *
 * @param label the month
 * @param contributed yen given to the fund
 * @param allocated yen promised to selected proposals
 * @param disbursed yen paid out against allocations
 * @param availableAtEnd contributed minus allocated since the fund began, at the month's
 * end
 */
record FundMonth(FigureLabel label, long contributed, long allocated, long disbursed, long availableAtEnd) {
}
