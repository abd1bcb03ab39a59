package jp.kitakyushu.busters.web.visitor.stats;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.BarChart;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.visitor.stats.ReportFigures.Definition;
import jp.kitakyushu.busters.web.visitor.stats.ReportFigures.FundMonth;
import jp.kitakyushu.busters.web.visitor.stats.ReportFigures.Kpi;
import jp.kitakyushu.busters.web.visitor.stats.ReportFigures.Row;
import jp.kitakyushu.busters.web.visitor.stats.ReportFigures.ThemeRow;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /stats} (a fiscal year's figures, the current one by default) and
 * {@code /reports/annual/{year}} (the council's annual report): the same figures from the
 * api's reporting, each chart drawn as SVG beside a table of the same numbers, and every
 * figure's written definition. One api request per page.
 */
@Controller
class StatsController {

	private final ApiClient api;

	private final MessageSource messages;

	private final Formats formats;

	StatsController(ApiClient api, MessageSource messages, Formats formats) {
		this.api = api;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/stats")
	String stats(@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		int fiscalYear = (year != null && !year.isBlank()) ? checkedYear(year) : currentFiscalYear();
		model.addAttribute("annual", false);
		return render(fiscalYear, model);
	}

	@GetMapping("/reports/annual/{year}")
	String annual(@PathVariable String year, Model model) {
		model.addAttribute("annual", true);
		return render(checkedYear(year), model);
	}

	private String render(int fiscalYear, Model model) {
		YearMonth now = YearMonth.now(Formats.CITY_TIME);
		YearMonth from = YearMonth.of(fiscalYear, 4);
		YearMonth to = from.plusMonths(11).isAfter(now) ? now : from.plusMonths(11);
		// Strings: a message format would write the number 2026 as "2,026".
		model.addAttribute("year", String.valueOf(fiscalYear));
		model.addAttribute("years",
				List.of(String.valueOf(currentFiscalYear()), String.valueOf(currentFiscalYear() - 1)));
		model.addAttribute("complete", !from.plusMonths(11).isAfter(now));
		model.addAttribute("from", from.toString());
		model.addAttribute("to", to.toString());
		ApiResult result = this.api.execute("visitor/report",
				Map.of("period", Map.of("from", from.toString(), "to", to.toString())));
		model.addAttribute("available", result.has("report"));
		if (!result.has("report")) {
			return "visitor/report";
		}
		boolean japanese = japanese();
		List<Kpi> kpis = result.list("report.kpis", Kpi.class);
		List<Row> categories = result.list("report.byCategory.nodes", Row.class);
		List<Row> wards = result.list("report.byWard.nodes", Row.class);
		List<Row> months = result.list("report.byMonth.nodes", Row.class);
		List<FundMonth> fund = result.list("report.fundByMonth.nodes", FundMonth.class);
		model.addAttribute("totals", result.field("report.problemTotals", ReportFigures.Totals.class).orElse(null));
		model.addAttribute("timings", result.field("report.problemTimings", ReportFigures.Timings.class).orElse(null));
		model.addAttribute("selectionRate",
				result.field("report.selectionRate", ReportFigures.Rate.class).orElse(null));
		model.addAttribute("kpis", kpis);
		model.addAttribute("themes", result.list("report.themes.nodes", ThemeRow.class));
		model.addAttribute("definitions", result.list("statisticDefinitions", Definition.class));
		model.addAttribute("kpiChart", new BarChart("kpi-chart", text("report.kpi.chart"), text("report.kpi.name"),
				text("report.kpi.share"), kpis.stream().filter((kpi) -> kpi.share() != null).map((kpi) -> {
					long percent = Math.round(kpi.share() * 100);
					// Short names: the chart's label column is narrow; the table beside
					// it has the full ones.
					return new BarChart.Bar(text("report.kpi.short." + kpi.kind()), percent, percent + "%");
				}).toList()));
		model.addAttribute("categoryChart", rows("category-chart", "report.category.chart", "report.category",
				categories, Row::submitted, japanese));
		model.addAttribute("wardChart",
				rows("ward-chart", "report.ward.chart", "report.ward", wards, Row::submitted, japanese));
		model.addAttribute("monthChart",
				rows("month-chart", "report.month.chart", "report.month", months, Row::submitted, japanese));
		model.addAttribute("monthRows", months);
		model.addAttribute("fundChart",
				new BarChart("fund-chart", text("report.fund.chart"), text("report.month"),
						text("report.fund.contributed"),
						fund.stream()
							.map((month) -> new BarChart.Bar(month.label().name(japanese), month.contributed(),
									this.formats.yen(month.contributed())))
							.toList()));
		model.addAttribute("fundMonths", fund);
		return "visitor/report";
	}

	private BarChart rows(String id, String title, String labelHeader, List<Row> rows, ToLongFunction<Row> value,
			boolean japanese) {
		return new BarChart(id, text(title), text(labelHeader), text("report.submitted"),
				rows.stream()
					.map((row) -> new BarChart.Bar(row.label().name(japanese), value.applyAsLong(row),
							this.formats.number(value.applyAsLong(row))))
					.toList());
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static boolean japanese() {
		return !Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
	}

	static int currentFiscalYear() {
		YearMonth now = YearMonth.now(Formats.CITY_TIME);
		return (now.getMonthValue() >= 4) ? now.getYear() : now.getYear() - 1;
	}

	/** A fiscal year that has begun and is not before the programme; 404 otherwise. */
	static int checkedYear(String year) {
		if (!year.matches("20[0-9]{2}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int value = Integer.parseInt(year);
		if (value < 2025 || value > currentFiscalYear()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return value;
	}

}
