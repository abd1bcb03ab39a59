package jp.kitakyushu.busters.api.report;

/**
 * How many problems reached each stage within the period, for one month, category, ward
 * or channel; see the schema for each figure's definition.
 *
 * @param label what the row stands for
 * @param submitted problems submitted in the period
 * @param published problems published in the period
 * @param adopted problems first adopted by a theme in the period
 * @param resolved problems resolved in the period
 * @param rejected problems rejected in the period
 * @param merged problems merged into another in the period
 * @param supporters supporters now of the problems submitted in the period
 */
record ProblemFlowRow(FigureLabel label, long submitted, long published, long adopted, long resolved, long rejected,
		long merged, long supporters) {

	ProblemFlowRow plus(ProblemFlowRow other) {
		return new ProblemFlowRow(this.label, this.submitted + other.submitted, this.published + other.published,
				this.adopted + other.adopted, this.resolved + other.resolved, this.rejected + other.rejected,
				this.merged + other.merged, this.supporters + other.supporters);
	}

	static ProblemFlowRow zero(FigureLabel label) {
		return new ProblemFlowRow(label, 0, 0, 0, 0, 0, 0, 0);
	}

}
