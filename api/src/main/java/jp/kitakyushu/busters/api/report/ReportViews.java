package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;

import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.theme.Theme;

/**
 * The shapes the reporting schema answers with, where they differ from the figures.
 */
final class ReportViews {

	private ReportViews() {
	}

	/**
	 * The root of one report: the checked period, shared by every field below it.
	 *
	 * @param period the months reported on
	 */
	record ReportQuery(Period period) {
	}

	/**
	 * The months a client asks about.
	 *
	 * @param from the first month
	 * @param to the last month
	 */
	record ReportPeriodInput(YearMonth from, YearMonth to) {
	}

	/**
	 * Timings to the three later stages.
	 *
	 * @param publication to publication
	 * @param adoption to first adoption
	 * @param resolution to resolution
	 */
	record ProblemTimings(Timing publication, Timing adoption, Timing resolution) {
	}

	/**
	 * A theme's share of the fund.
	 *
	 * @param theme the theme
	 * @param allocated yen allocated
	 * @param disbursed yen paid out
	 */
	record FundThemeShare(Theme theme, long allocated, long disbursed) {
	}

	/**
	 * A proposal's share of the fund.
	 *
	 * @param proposal the proposal
	 * @param allocated yen allocated
	 * @param disbursed yen paid out
	 */
	record FundProposalShare(Proposal proposal, long allocated, long disbursed) {
	}

	/**
	 * A figure's definition as the schema shows it.
	 *
	 * @param key the stable key
	 * @param schemaCoordinate where the schema describes it
	 * @param nameJa Japanese name
	 * @param nameEn English name
	 * @param definitionJa Japanese definition
	 * @param definitionEn English definition
	 */
	record StatisticDefinition(String key, String schemaCoordinate, String nameJa, String nameEn, String definitionJa,
			String definitionEn) {

		static StatisticDefinition of(Statistic statistic) {
			return new StatisticDefinition(statistic.name(), statistic.schemaCoordinate(), statistic.nameJa(),
					statistic.nameEn(), statistic.definitionJa(), statistic.definitionEn());
		}

	}

}
