package jp.kitakyushu.busters.api.opendata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.fund.FundService;
import jp.kitakyushu.busters.api.fund.LedgerEntry;
import jp.kitakyushu.busters.api.outcome.OutcomeMetrics;
import jp.kitakyushu.busters.api.outcome.OutcomeQueries;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.report.Period;
import jp.kitakyushu.busters.api.report.ProblemDates;
import jp.kitakyushu.busters.api.report.ReportProperties;
import jp.kitakyushu.busters.api.report.ReportQueries;
import jp.kitakyushu.busters.api.report.Statistic;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.api.theme.ThemeStatus;

import org.springframework.stereotype.Component;

/**
 * The data sets the programme publishes, each holding only what the public may read:
 * problems with their masked text and no submitter, themes that are not drafts, selected
 * proposals' public title and summary, the fund's ledger with anonymous donors unnamed
 * and no internal notes, outcome metrics without staff notes, and the KPI values.
 */
@Component
class PublicDataSets {

	private static final Set<ProblemStatus> PUBLIC_PROBLEMS = Set.of(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED,
			ProblemStatus.RESOLVED);

	private static final int BATCH = 1_000;

	private final ProblemQueries problems;

	private final ThemeQueries themes;

	private final ProposalQueries proposals;

	private final FundService fund;

	private final OutcomeQueries outcomes;

	private final ReportQueries reports;

	private final ReportProperties properties;

	PublicDataSets(ProblemQueries problems, ThemeQueries themes, ProposalQueries proposals, FundService fund,
			OutcomeQueries outcomes, ReportQueries reports, ReportProperties properties) {
		this.problems = problems;
		this.themes = themes;
		this.proposals = proposals;
		this.fund = fund;
		this.outcomes = outcomes;
		this.reports = reports;
		this.properties = properties;
	}

	/** Every data set, in the order the catalogue lists them. */
	List<DataSet> all() {
		return List.of(problems(), themes(), proposals(), fundLedger(), outcomes(), kpis());
	}

	DataSet problems() {
		return new DataSet("problems", "公開された課題", "Published problems",
				List.of(Column.string("id", "課題のID（APIのグローバルID）", "The problem's id (the API's global id)"),
						Column.string("title", "題名（個人情報は伏せ字）", "Title, personal data masked"),
						Column.string("body", "本文（個人情報は伏せ字）", "Text, personal data masked"),
						Column.string("category", "分類コード", "Category code"),
						Column.string("ward", "区（市全域はCITYWIDE）", "Ward (CITYWIDE for the whole city)"),
						Column.string("status", "状態：PUBLISHED（公開）・ADOPTED（テーマに採用）・RESOLVED（解決）",
								"Status: PUBLISHED, ADOPTED (taken up by a theme) or RESOLVED"),
						Column.datetime("submitted_at", "投稿日時（UTC）", "When it was submitted (UTC)"),
						Column.datetime("published_at", "公開日時（UTC）", "When it was published (UTC)"),
						Column.datetime("adopted_at", "初めてテーマに採用された日時（UTC）", "When a theme first took it up (UTC)"),
						Column.datetime("resolved_at", "解決された日時（UTC）", "When it was resolved (UTC)"),
						Column.integer("supporters", "共感（わたしも）の数", "Supports ('me too')"),
						Column.string("theme_ids", "採用したテーマのID（空白区切り）",
								"Ids of the themes that took it up, space-separated"),
						Column.string("resolved_by_proposal_ids", "解決した提案のID（空白区切り）",
								"Ids of the proposals that resolved it, space-separated")),
				this::problemRows);
	}

	private void problemRows(Consumer<List<Object>> sink) {
		List<Problem> batch = new ArrayList<>();
		try (Stream<Problem> all = this.problems.streamAll()) {
			all.filter((problem) -> PUBLIC_PROBLEMS.contains(problem.getStatus())).forEach((problem) -> {
				batch.add(problem);
				if (batch.size() == BATCH) {
					emitProblems(batch, sink);
				}
			});
		}
		emitProblems(batch, sink);
	}

	private void emitProblems(List<Problem> batch, Consumer<List<Object>> sink) {
		if (batch.isEmpty()) {
			return;
		}
		Map<String, ProblemDates> dates = this.reports.problemDates(batch.stream().map(Problem::getId).toList());
		for (Problem problem : batch) {
			ProblemDates stages = dates.getOrDefault(problem.getId(), ProblemDates.NONE);
			sink.accept(Arrays.asList(Ids.problem(problem.getId()), problem.getPublicTitle(), problem.getPublicBody(),
					problem.getCategory(), problem.getWard().name(), problem.getStatus().name(), problem.getCreatedAt(),
					stages.published(), stages.adopted(), stages.resolved(), problem.getSupporterCount(),
					Ids.themes(problem.getThemeIds()), Ids.proposals(problem.getResolvedBy())));
		}
		batch.clear();
	}

	DataSet themes() {
		return new DataSet("themes", "提案テーマ", "Themes",
				List.of(Column.string("id", "テーマのID", "The theme's id"), Column.string("title", "題名", "Title"),
						Column.string("description", "説明", "Description"),
						Column.string("category", "分類コード", "Category code"),
						Column.string("status", "現在の状態：OPEN・CLOSED・AWARDED・CANCELLED",
								"Status now: OPEN, CLOSED, AWARDED or CANCELLED"),
						Column.datetime("opens_at", "募集開始日時（UTC）", "When the call opens (UTC)"),
						Column.datetime("closes_at", "募集締切日時（UTC）", "When the call closes (UTC)"),
						Column.integer("budget_cap", "1件あたりの上限額（円）", "Budget cap per proposal (yen)"),
						Column.string("expected_outcomes", "期待する成果（改行区切り）", "Expected outcomes, one per line"),
						Column.integer("source_problems", "もとになった課題の数", "How many problems it was curated from")),
				(sink) -> {
					for (Theme theme : this.themes.findAll()) {
						ThemeStatus status = this.themes.statusNow(theme);
						if (status == ThemeStatus.DRAFT) {
							continue;
						}
						sink.accept(Arrays.asList(Ids.theme(theme.getId()), theme.getTitle(), theme.getDescription(),
								theme.getCategory(), status.name(), theme.getOpensAt(), theme.getClosesAt(),
								theme.getBudgetCap(), String.join("\n", theme.getExpectedOutcomes()),
								(long) theme.getSourceProblemIds().size()));
					}
				});
	}

	DataSet proposals() {
		return new DataSet("selected-proposals", "採択された提案", "Selected proposals",
				List.of(Column.string("id", "提案のID", "The proposal's id"),
						Column.string("theme_id", "テーマのID", "The theme's id"),
						Column.string("title", "公開用の題名", "Public title"),
						Column.string("summary", "公開用の概要", "Public summary"),
						Column.string("status", "状態：SELECTED（採択）・IN_PROGRESS（実証中）・COMPLETED（完了）",
								"Status: SELECTED, IN_PROGRESS or COMPLETED")),
				(sink) -> {
					for (Proposal proposal : this.proposals.findByStatus(ProposalStatus.PUBLIC)) {
						sink.accept(Arrays.asList(Ids.proposal(proposal.getId()), Ids.theme(proposal.getThemeId()),
								proposal.getPublicTitle(), proposal.getPublicSummary(), proposal.getStatus().name()));
					}
				});
	}

	DataSet fundLedger() {
		return new DataSet("fund-ledger", "基金の出入り", "Fund ledger",
				List.of(Column.string("id", "記録のID", "The entry's id"),
						Column.string("kind", "種類：CONTRIBUTION（寄付）・ALLOCATION（配分）・DISBURSEMENT（支払）・REVERSAL（取消）",
								"Kind: CONTRIBUTION, ALLOCATION, DISBURSEMENT or REVERSAL"),
						Column.integer("amount", "金額（円）。取消は取り消した記録の金額",
								"Amount in yen; a reversal undoes the amount of the entry it reverses"),
						Column.string("donor", "寄付者（匿名を希望した方は空欄）", "Donor; empty for donors who asked not to be named"),
						Column.bool("anonymous", "寄付者が匿名を希望したか", "Whether the donor asked not to be named"),
						Column.string("proposal_id", "配分・支払先の提案のID", "The proposal funded or paid"),
						Column.string("milestone", "支払の対象となった節目", "The milestone a disbursement pays for"),
						Column.string("reverses", "取り消した記録のID", "The entry a reversal undoes"),
						Column.datetime("at", "お金が動いた日時（UTC）", "When the money moved (UTC)")),
				(sink) -> {
					for (LedgerEntry entry : this.fund.ledgerEntries()) {
						sink.accept(Arrays.asList(Ids.entry(entry.id()), entry.kind().name(), entry.amount(),
								entry.anonymous() ? null : entry.donor(), entry.anonymous(),
								(entry.proposalId() != null) ? Ids.proposal(entry.proposalId()) : null,
								entry.milestone(), (entry.reverses() != null) ? Ids.entry(entry.reverses()) : null,
								entry.at()));
					}
				});
	}

	DataSet outcomes() {
		return new DataSet("outcomes", "実証の成果", "Outcomes of demonstrations",
				List.of(Column.string("id", "成果記録のID", "The record's id"),
						Column.string("proposal_id", "実証した提案のID", "The proposal demonstrated"),
						Column.datetime("as_of", "数値が表す時点（UTC）", "The date the figures describe (UTC)"),
						Column.integer("staff_hours_saved_per_year", "削減した職員の業務時間（年間）",
								"City staff hours saved per year"),
						Column.integer("citizens_reached", "実証が届いた市民の数", "Citizens the demonstration reached"),
						Column.number("satisfaction_change_points", "市民満足度の変化（ポイント）",
								"Change in citizen satisfaction (percentage points)"),
						Column.datetime("recorded_at", "記録した日時（UTC）", "When it was recorded (UTC)")),
				(sink) -> {
					for (OutcomeMetrics record : this.outcomes.allMetrics()) {
						sink.accept(Arrays.asList(Ids.metrics(record.id()), Ids.proposal(record.proposalId()),
								record.asOf(), (long) record.staffHoursSavedPerYear(), (long) record.citizensReached(),
								record.satisfactionChangePoints(), record.recordedAt()));
					}
				});
	}

	DataSet kpis() {
		return new DataSet("kpis", "目標の達成状況", "KPI values",
				List.of(Column.string("fiscal_year", "年度（4月始まり）", "Fiscal year (April to March)"),
						Column.string("as_of", "値が表す最後の月", "The last month the value covers"),
						Column.string("kpi", "指標", "Indicator"),
						Column.string("name_ja", "指標名（日本語）", "Indicator name (Japanese)"),
						Column.string("name_en", "指標名（英語）", "Indicator name (English)"),
						Column.number("value", "値", "Value"), Column.number("target", "目標", "Target"),
						Column.number("share", "達成率（値÷目標）", "Share reached (value ÷ target)"),
						Column.string("definition_ja", "定義", "Definition (Japanese)"),
						Column.string("definition_en", "定義（英語）", "Definition (English)")),
				(sink) -> {
					YearMonth now = YearMonth.now(this.properties.zone());
					for (int year = this.properties.programmeStart().getYear(); !YearMonth.of(year, 4)
						.isAfter(now); year++) {
						Period fiscal = Period.fiscalYear(year);
						YearMonth last = fiscal.to().isAfter(now) ? now : fiscal.to();
						for (var kpi : this.reports.kpiValues(Period.of(fiscal.from(), last))) {
							Statistic statistic = kpi.statistic();
							sink.accept(Arrays.asList(year + "年度", last.toString(), kpi.key(), statistic.nameJa(),
									statistic.nameEn(), kpi.value(), kpi.target(), kpi.share(),
									statistic.definitionJa(), statistic.definitionEn()));
						}
					}
				});
	}

}
