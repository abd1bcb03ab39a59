package jp.kitakyushu.busters.api.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.kitakyushu.busters.api.report.AnnualReport.ResolvedProblem;
import jp.kitakyushu.busters.api.report.ReportViews.FundThemeShare;
import jp.kitakyushu.busters.api.system.Xml;
import org.jspecify.annotations.Nullable;

/**
 * The annual report as one XHTML page in Japanese: the year's figures, KPI progress, the
 * themes and what became of them, the fund's flows and the resolved problems, each chart
 * an inline SVG with a table of the same data beside it, and every figure's definition at
 * the end. The PDF is drawn from the same page.
 */
final class AnnualReportHtml {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPAN)
		.withZone(ZoneId.of("Asia/Tokyo"));

	private AnnualReportHtml() {
	}

	static String render(AnnualReport report) {
		StringBuilder html = new StringBuilder();
		String title = "北九州課題快傑バスターズ 年次報告 " + report.fiscalYear() + "年度（" + report.reiwa() + "）";
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ja\" xml:lang=\"ja\"><head>")
			.append("<meta charset=\"UTF-8\"/><title>")
			.append(Xml.escape(title))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body><main>");
		html.append("<h1>").append(Xml.escape(title)).append("</h1>");
		html.append("<p class=\"lead\">DX推進会議 報告資料　対象期間：")
			.append(month(report.period().from()))
			.append("〜")
			.append(month(report.period().to()))
			.append(report.complete() ? "" : "（年度途中・" + month(report.asOf()) + "末時点の集計）")
			.append("</p>");
		summary(html, report);
		kpis(html, report);
		problems(html, report);
		themes(html, report);
		fund(html, report);
		resolved(html, report);
		definitions(html);
		html.append("<footer><p>出典：北九州市「北九州課題快傑バスターズ」。数値の定義は「用語の定義」のとおり。")
			.append("個人情報は伏せ字にしています。CC BY 4.0（公共データ利用規約 PDL1.0 と互換）。</p></footer>");
		return html.append("</main></body></html>\n").toString();
	}

	private static void summary(StringBuilder html, AnnualReport report) {
		ProblemFlowRow totals = report.totals();
		html.append("<h2>1. 今年度の概要</h2>");
		table(html, "今年度の主な数値", List.of("項目", "件数・金額"),
				List.of(List.of(Statistic.PROBLEMS_SUBMITTED.nameJa(), count(totals.submitted()) + "件"),
						List.of(Statistic.PROBLEMS_PUBLISHED.nameJa(), count(totals.published()) + "件"),
						List.of(Statistic.PROBLEMS_ADOPTED.nameJa(), count(totals.adopted()) + "件"),
						List.of(Statistic.PROBLEMS_RESOLVED.nameJa(), count(totals.resolved()) + "件"),
						List.of(Statistic.SUPPORTERS.nameJa(), count(totals.supporters()) + "件"),
						List.of("作成された提案テーマ", count(report.themes().size()) + "件"),
						List.of(Statistic.SELECTION_RATE.nameJa(), rate(report.selectionRate())),
						List.of(Statistic.FUND_CONTRIBUTED.nameJa(),
								yen(report.fundByMonth().stream().mapToLong(FundMonth::contributed).sum())),
						List.of(Statistic.FUND_DISBURSED.nameJa(),
								yen(report.fundByMonth().stream().mapToLong(FundMonth::disbursed).sum()))));
	}

	private static void kpis(StringBuilder html, AnnualReport report) {
		html.append("<h2>2. 目標の達成状況</h2>");
		List<String> labels = new ArrayList<>();
		long[] shares = new long[report.kpis().size()];
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < report.kpis().size(); i++) {
			Kpi kpi = report.kpis().get(i);
			Statistic statistic = Statistic.of(kpi.kind());
			labels.add("(" + (i + 1) + ")");
			shares[i] = (kpi.share() != null) ? Math.round(kpi.share() * 100) : 0;
			rows.add(List.of("(" + (i + 1) + ") " + statistic.nameJa(),
					(kpi.target() != null) ? number(kpi.target()) : "—", number(kpi.value()),
					(kpi.share() != null) ? percent(kpi.share()) : "—",
					String.valueOf(kpi.problemIds().size() + kpi.metricsIds().size())));
		}
		chart(html, SvgCharts.bars("目標に対する達成率（%）", labels, List.of(shares), List.of("達成率（%）")));
		table(html, month(report.asOf()) + "末時点の達成状況", List.of("指標", "目標", "実績", "達成率", "根拠となる記録の数"), rows);
	}

	private static void problems(StringBuilder html, AnnualReport report) {
		html.append("<h2>3. 課題の動き</h2>");
		List<String> labels = report.byMonth().stream().map((row) -> row.label().key().substring(5)).toList();
		long[] submitted = report.byMonth().stream().mapToLong(ProblemFlowRow::submitted).toArray();
		long[] published = report.byMonth().stream().mapToLong(ProblemFlowRow::published).toArray();
		chart(html, SvgCharts.bars("月別の投稿と公開の件数", labels, List.of(submitted, published), List.of("(1) 投稿", "(2) 公開")));
		flowTable(html, "月別の件数（(1) 投稿、(2) 公開）", "月", report.byMonth());
		flowTable(html, "分類別の件数", "分類", report.byCategory());
		flowTable(html, "区別の件数", "区", report.byWard());
		List<List<String>> timings = List.of(timing(Statistic.DAYS_TO_PUBLICATION, report.timings().publication()),
				timing(Statistic.DAYS_TO_ADOPTION, report.timings().adoption()),
				timing(Statistic.DAYS_TO_RESOLUTION, report.timings().resolution()));
		table(html, "投稿から各段階までの日数", List.of("段階", "件数", "中央値（日）", "90パーセンタイル（日）"), timings);
	}

	private static void themes(StringBuilder html, AnnualReport report) {
		html.append("<h2>4. 提案テーマとその結果</h2>");
		List<List<String>> rows = new ArrayList<>();
		for (ThemeFigures theme : report.themes()) {
			rows.add(List.of(theme.theme().getTitle(), status(theme.status().name()), count(theme.sourceProblems()),
					count(theme.proposals()), count(theme.selected()), yen(theme.allocated()), yen(theme.disbursed()),
					count(theme.resolvedProblems())));
		}
		table(html, "今年度に作成された提案テーマ", List.of("テーマ", "状態", "もとの課題", "提案", "採択", "配分額", "支払額", "解決した課題"), rows);
	}

	private static void fund(StringBuilder html, AnnualReport report) {
		html.append("<h2>5. 基金の出入り</h2>");
		List<String> labels = report.fundByMonth().stream().map((row) -> row.label().key().substring(5)).toList();
		long[] contributed = report.fundByMonth().stream().mapToLong(FundMonth::contributed).toArray();
		long[] disbursed = report.fundByMonth().stream().mapToLong(FundMonth::disbursed).toArray();
		chart(html,
				SvgCharts.bars("月別の寄付額と支払額（円）", labels, List.of(contributed, disbursed), List.of("(1) 寄付", "(2) 支払")));
		List<List<String>> rows = new ArrayList<>();
		for (FundMonth month : report.fundByMonth()) {
			rows.add(List.of(month.label().nameJa(), yen(month.contributed()), yen(month.allocated()),
					yen(month.disbursed()), yen(month.availableAtEnd())));
		}
		table(html, "月別の基金の出入り（(1) 寄付、(2) 支払）", List.of("月", "寄付額", "配分額", "支払額", "配分可能額（月末）"), rows);
		List<List<String>> themes = new ArrayList<>();
		for (FundThemeShare share : report.fundByTheme()) {
			themes.add(List.of(share.theme().getTitle(), yen(share.allocated()), yen(share.disbursed())));
		}
		table(html, "提案テーマ別の配分と支払", List.of("テーマ", "配分額", "支払額"), themes);
	}

	private static void resolved(StringBuilder html, AnnualReport report) {
		html.append("<h2>6. 解決した課題と成果</h2>");
		List<List<String>> rows = new ArrayList<>();
		for (ResolvedProblem problem : report.resolved()) {
			rows.add(List.of(problem.title(), problem.ward(), problem.category(), DAY.format(problem.resolvedAt()),
					String.join("、", problem.proposalTitles()), optional(problem.staffHoursSavedPerYear(), "時間"),
					optional(problem.citizensReached(), "人")));
		}
		table(html, "今年度に解決した課題", List.of("課題", "区", "分類", "解決日", "解決した実証", "削減時間（年間）", "届いた市民"), rows);
	}

	private static void definitions(StringBuilder html) {
		html.append("<h2>7. 用語の定義</h2><dl>");
		for (Statistic statistic : Statistic.values()) {
			html.append("<dt>")
				.append(Xml.escape(statistic.nameJa()))
				.append("</dt><dd>")
				.append(Xml.escape(statistic.definitionJa()))
				.append("</dd>");
		}
		html.append("</dl>");
	}

	private static void flowTable(StringBuilder html, String caption, String key, List<ProblemFlowRow> rows) {
		List<List<String>> cells = new ArrayList<>();
		for (ProblemFlowRow row : rows) {
			cells.add(List.of(row.label().nameJa(), count(row.submitted()), count(row.published()),
					count(row.adopted()), count(row.resolved())));
		}
		table(html, caption, List.of(key, "投稿", "公開", "採用", "解決"), cells);
	}

	private static List<String> timing(Statistic statistic, Timing timing) {
		return List.of(statistic.nameJa(), count(timing.count()), days(timing.medianDays()), days(timing.p90Days()));
	}

	private static void chart(StringBuilder html, String svg) {
		html.append("<figure class=\"chart\">").append(svg).append("</figure>");
	}

	private static void table(StringBuilder html, String caption, List<String> headers, List<List<String>> rows) {
		html.append("<table><caption>").append(Xml.escape(caption)).append("</caption><thead><tr>");
		headers.forEach((header) -> html.append("<th scope=\"col\">").append(Xml.escape(header)).append("</th>"));
		html.append("</tr></thead><tbody>");
		if (rows.isEmpty()) {
			html.append("<tr><td colspan=\"").append(headers.size()).append("\">該当なし</td></tr>");
		}
		for (List<String> row : rows) {
			html.append("<tr>");
			for (int i = 0; i < row.size(); i++) {
				String tag = (i == 0) ? "th scope=\"row\"" : "td";
				html.append('<')
					.append(tag)
					.append('>')
					.append(Xml.escape(row.get(i)))
					.append("</")
					.append((i == 0) ? "th" : "td")
					.append('>');
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	static String month(java.time.YearMonth month) {
		return month.getYear() + "年" + month.getMonthValue() + "月";
	}

	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static String yen(long value) {
		return String.format(Locale.ROOT, "%,d円", value);
	}

	static String number(double value) {
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%,d", (long) value)
				: String.format(Locale.ROOT, "%,.1f", value);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private static String rate(Rate rate) {
		return (rate.rate() != null) ? percent(rate.rate()) + "（" + rate.numerator() + "/" + rate.denominator() + "）"
				: "—（決定した提案なし）";
	}

	private static String days(@Nullable Double days) {
		return (days != null) ? String.format(Locale.ROOT, "%.1f", days) : "—";
	}

	private static String optional(@Nullable Long value, String unit) {
		return (value != null) ? count(value) + unit : "—";
	}

	private static String status(String status) {
		return switch (status) {
			case "DRAFT" -> "下書き";
			case "OPEN" -> "募集中";
			case "CLOSED" -> "締切・審査中";
			case "AWARDED" -> "採択済み";
			case "CANCELLED" -> "中止";
			default -> status;
		};
	}

	private static final String STYLE = """
			@page { size: A4; margin: 16mm 14mm; }
			body { font-family: 'TakaoPGothic', 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt;
			  line-height: 1.7; color: #1a1a1a; }
			main { max-width: 60em; margin: 0 auto; }
			h1 { font-size: 18pt; border-bottom: 3px solid #1a4ba0; padding-bottom: 4pt; }
			h2 { font-size: 14pt; margin-top: 18pt; color: #1a4ba0; page-break-after: avoid; }
			.lead { font-size: 11pt; }
			table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt; page-break-inside: auto; }
			caption { text-align: left; font-weight: bold; padding: 2pt 0; }
			th, td { border: 1px solid #767676; padding: 2pt 5pt; text-align: left; vertical-align: top; }
			td { text-align: right; }
			thead th { background: #e8eef8; }
			figure.chart { margin: 6pt 0; page-break-inside: avoid; }
			dt { font-weight: bold; margin-top: 4pt; }
			dd { margin: 0 0 0 1em; }
			footer { margin-top: 18pt; font-size: 9pt; }
			""";

}
