package jp.kitakyushu.busters.api.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Every figure reporting publishes, with its written definition: what is counted, in
 * which states and by which date (the texts are in {@code report/statistics.properties}).
 * The schema's description of each figure's field is the English definition word for word
 * (a test holds them together), and the web pages, the open data and the annual report
 * print these same texts, so the same words never stand for two numbers.
 */
public enum Statistic {

	PROBLEMS_SUBMITTED("ProblemFigures.submitted"), PROBLEMS_PUBLISHED("ProblemFigures.published"),
	PROBLEMS_ADOPTED("ProblemFigures.adopted"), PROBLEMS_RESOLVED("ProblemFigures.resolved"),
	PROBLEMS_REJECTED("ProblemFigures.rejected"), PROBLEMS_MERGED("ProblemFigures.merged"),
	SUPPORTERS("ProblemFigures.supporters"), PROBLEMS_BY_STATUS("Report.problemsByStatus"),
	DAYS_TO_PUBLICATION("ProblemTimings.publication"), DAYS_TO_ADOPTION("ProblemTimings.adoption"),
	DAYS_TO_RESOLUTION("ProblemTimings.resolution"), THEMES_BY_STATUS("Report.themesByStatus"),
	PROPOSALS_BY_STATUS("Report.proposalsByStatus"), SELECTION_RATE("Report.selectionRate"),
	COMPANIES_BY_STATUS("Report.companiesByStatus"), FUND_CONTRIBUTED("FundMonth.contributed"),
	FUND_ALLOCATED("FundMonth.allocated"), FUND_DISBURSED("FundMonth.disbursed"),
	FUND_AVAILABLE("FundMonth.availableAtEnd"), KPI_SOLVED_PROBLEMS("KpiKind.SOLVED_PROBLEMS"),
	KPI_STAFF_HOURS_SAVED("KpiKind.STAFF_HOURS_SAVED"), KPI_SATISFACTION_CHANGE("KpiKind.SATISFACTION_CHANGE"),
	KPI_CITIZENS_REACHED("KpiKind.CITIZENS_REACHED");

	private final String schemaCoordinate;

	Statistic(String schemaCoordinate) {
		this.schemaCoordinate = schemaCoordinate;
	}

	/**
	 * Where the schema describes the figure: {@code Type.field} or {@code Enum.VALUE}.
	 */
	public String schemaCoordinate() {
		return this.schemaCoordinate;
	}

	/** The figure's Japanese name. */
	public String nameJa() {
		return Texts.of(this, "nameJa");
	}

	/** The figure's English name. */
	public String nameEn() {
		return Texts.of(this, "nameEn");
	}

	/** What is counted, in which states and by which date, in Japanese. */
	public String definitionJa() {
		return Texts.of(this, "definitionJa");
	}

	/** What is counted, in which states and by which date, in English. */
	public String definitionEn() {
		return Texts.of(this, "definitionEn");
	}

	/** The definition of a KPI. */
	static Statistic of(KpiKind kind) {
		return valueOf("KPI_" + kind.name());
	}

	/**
	 * The names and definitions, read once from {@code report/statistics.properties}: a
	 * text missing there stops the api at its first use instead of printing nothing.
	 */
	private static final class Texts {

		private static final Properties ALL = load();

		static String of(Statistic statistic, String part) {
			String text = ALL.getProperty(statistic.name() + "." + part);
			if (text == null) {
				throw new IllegalStateException("report/statistics.properties has no " + statistic.name() + "." + part);
			}
			return text;
		}

		private static Properties load() {
			Properties texts = new Properties();
			try (InputStream in = Statistic.class.getResourceAsStream("/report/statistics.properties")) {
				if (in == null) {
					throw new IllegalStateException("report/statistics.properties is not on the class path");
				}
				texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return texts;
		}

	}

}
