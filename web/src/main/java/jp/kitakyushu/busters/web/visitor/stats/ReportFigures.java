package jp.kitakyushu.busters.web.visitor.stats;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The shapes of the api's reporting answer the pages read.
 */
final class ReportFigures {

	private ReportFigures() {
	}

	record Label(String key, String nameJa, String nameEn) {

		String name(boolean japanese) {
			return japanese ? this.nameJa : this.nameEn;
		}

	}

	record Row(Label label, long submitted, long published, long adopted, long resolved) {
	}

	record Totals(long submitted, long published, long adopted, long resolved, long supporters) {
	}

	record Timing(long count, @Nullable Double medianDays, @Nullable Double p90Days) {
	}

	record Timings(Timing publication, Timing adoption, Timing resolution) {
	}

	record Rate(long numerator, long denominator, @Nullable Double rate) {
	}

	record ThemeRef(String id, String title) {
	}

	record ThemeRow(ThemeRef theme, String status, long sourceProblems, long proposals, long selected, long allocated,
			long disbursed, long resolvedProblems) {
	}

	record FundMonth(Label label, long contributed, long allocated, long disbursed, long availableAtEnd) {
	}

	record Record(String id, @Nullable String title) {
	}

	record Records(long totalCount, List<Record> nodes) {
	}

	record Kpi(String kind, String nameJa, String nameEn, double value, @Nullable Double target, @Nullable Double share,
			String asOf, Records records) {

		String name(boolean japanese) {
			return japanese ? this.nameJa : this.nameEn;
		}

	}

	record Definition(String key, String nameJa, String nameEn, String definitionJa, String definitionEn) {
	}

}
