package jp.kitakyushu.busters.api.report;

/**
 * Every figure reporting publishes, with its written definition: what is counted, in
 * which states and by which date. The schema's description of each figure's field is the
 * English definition word for word (a test holds them together), and the web pages, the
 * open data and the annual report print these same texts, so the same words never stand
 * for two numbers.
 */
public enum Statistic {

	/** Problems submitted. */
	PROBLEMS_SUBMITTED("ProblemFigures.submitted", "投稿された課題", "Problems submitted",
			"投稿日（日本時間）が期間内の課題の数。経路（ウェブ・代理入力・Open311）と審査結果を問わない。",
			"Problems whose submission date (Japan time) falls in the period, by any channel (web, proxy intake, Open311) and whatever moderation decided."),

	/** Problems published. */
	PROBLEMS_PUBLISHED("ProblemFigures.published", "公開された課題", "Problems published",
			"審査で公開された日が期間内の課題の数。のちにテーマに採用・解決された課題も含む。",
			"Problems that moderation published on a date in the period, including those later adopted or resolved."),

	/** Problems adopted. */
	PROBLEMS_ADOPTED("ProblemFigures.adopted", "テーマに採用された課題", "Problems adopted",
			"初めて提案テーマに採用された日が期間内の課題の数。1件の課題は一度だけ数える。",
			"Problems first taken up by a theme on a date in the period; a problem counts once however many themes take it up."),

	/** Problems resolved. */
	PROBLEMS_RESOLVED("ProblemFigures.resolved", "解決された課題", "Problems resolved", "資金を受けた実証によって解決済みとされた日が期間内の課題の数。",
			"Problems recorded as solved by a funded demonstration on a date in the period."),

	/** Problems rejected. */
	PROBLEMS_REJECTED("ProblemFigures.rejected", "非公開とされた課題", "Problems rejected", "審査で公開しないと決めた日が期間内の課題の数。",
			"Problems that moderation rejected on a date in the period."),

	/** Problems merged. */
	PROBLEMS_MERGED("ProblemFigures.merged", "統合された課題", "Problems merged", "重複として他の課題に統合された日が期間内の課題の数。",
			"Problems folded into another problem as duplicates on a date in the period."),

	/** Supporters. */
	SUPPORTERS("ProblemFigures.supporters", "共感（わたしも）の数", "Supporters",
			"期間内に投稿された課題が現在持つ共感（わたしも）の数。1人は1件の課題に1回まで、投稿者自身は数えない。統合された課題の共感は統合先に数える。",
			"Supports ('me too') that the problems submitted in the period hold now; a citizen counts once per problem, the submitter not at all, and supports of a merged duplicate count for the problem it joined."),

	/** Problems by status now. */
	PROBLEMS_BY_STATUS("Report.problemsByStatus", "現在の状態別の課題", "Problems by status now", "期間内に投稿された課題を、現在の状態ごとに数えたもの。",
			"Problems submitted in the period, counted by the status they have now."),

	/** Days to publication. */
	DAYS_TO_PUBLICATION("ProblemTimings.publication", "公開までの日数", "Days to publication",
			"期間内に公開された課題について、投稿から公開までの日数の中央値と90パーセンタイル（最近順位法）。",
			"For problems published in the period: days from submission to publication, median and 90th percentile (nearest rank)."),

	/** Days to adoption. */
	DAYS_TO_ADOPTION("ProblemTimings.adoption", "採用までの日数", "Days to adoption",
			"期間内に初めてテーマに採用された課題について、投稿から採用までの日数の中央値と90パーセンタイル（最近順位法）。",
			"For problems first adopted by a theme in the period: days from submission to adoption, median and 90th percentile (nearest rank)."),

	/** Days to resolution. */
	DAYS_TO_RESOLUTION("ProblemTimings.resolution", "解決までの日数", "Days to resolution",
			"期間内に解決された課題について、投稿から解決までの日数の中央値と90パーセンタイル（最近順位法）。",
			"For problems resolved in the period: days from submission to resolution, median and 90th percentile (nearest rank)."),

	/** Themes by status. */
	THEMES_BY_STATUS("Report.themesByStatus", "状態別の提案テーマ", "Themes by status",
			"作成日が期間内の提案テーマを、現在の状態ごとに数えたもの（締切を過ぎた募集中のテーマは締切済み）。下書きは報告担当と職員にだけ示す。",
			"Themes created in the period, counted by their status now (an open theme past its deadline is closed); drafts are shown to reporters and staff only."),

	/** Proposals by status. */
	PROPOSALS_BY_STATUS("Report.proposalsByStatus", "状態別の提案", "Proposals by status",
			"期間内に作成された提案テーマに提出された提案を、現在の状態ごとに数えたもの。下書きは数えない。",
			"Proposals submitted to the themes created in the period, counted by their status now; drafts are not counted."),

	/** Selection rate. */
	SELECTION_RATE("Report.selectionRate", "採択率", "Selection rate",
			"期間内に作成された提案テーマへの提案のうち、採択された提案（実施中・完了を含む）の数を、採択または不採択と決まった提案の数で割ったもの。取り下げ・審査中は含めない。",
			"Of the proposals to the themes created in the period, those selected (including those in progress or completed) divided by those decided (selected or not selected); withdrawn and undecided proposals are left out."),

	/** Companies by status. */
	COMPANIES_BY_STATUS("Report.companiesByStatus", "状態別の企業", "Companies by status", "登録された企業を、登録時期を問わず現在の状態ごとに数えたもの。",
			"Registered companies, whenever they registered, counted by their status now."),

	/** Fund contributions. */
	FUND_CONTRIBUTED("FundMonth.contributed", "寄付額", "Contributed", "その月に基金が受け取った寄付の額（円）。取消はそれを記録した月に差し引く。",
			"Yen given to the fund in the month; a reversal is subtracted in the month it was recorded."),

	/** Fund allocations. */
	FUND_ALLOCATED("FundMonth.allocated", "配分額", "Allocated", "その月に採択された提案へ配分を決めた額（円）。取消はそれを記録した月に差し引く。",
			"Yen promised to selected proposals in the month; a reversal is subtracted in the month it was recorded."),

	/** Fund disbursements. */
	FUND_DISBURSED("FundMonth.disbursed", "支払額", "Disbursed", "その月に配分に対して支払った額（円）。取消はそれを記録した月に差し引く。",
			"Yen paid out against allocations in the month; a reversal is subtracted in the month it was recorded."),

	/** Fund available. */
	FUND_AVAILABLE("FundMonth.availableAtEnd", "配分可能額（月末）", "Available at month end", "基金の開始からその月末までの寄付額から配分額を引いた額（円）。",
			"Yen contributed minus yen allocated since the fund began, at the end of the month."),

	/** KPI: solved problems. */
	KPI_SOLVED_PROBLEMS("KpiKind.SOLVED_PROBLEMS", "解決した社会課題", "Social problems solved",
			"事業開始月から期間の最終月まで（事業の3年間に限る）に、資金を受けた実証によって解決された課題の数。目標は3年間で10件。",
			"Problems solved by a funded demonstration from the programme's first month to the period's last month, within the programme's three years. Target: 10 in three years."),

	/** KPI: staff hours saved. */
	KPI_STAFF_HOURS_SAVED("KpiKind.STAFF_HOURS_SAVED", "削減した職員の業務時間（年間）", "Staff hours saved a year",
			"各実証の、期間の最終月末までに測った最新の成果記録にある年間削減時間の合計。目標は年間10万時間。",
			"The sum, over the demonstrations, of the yearly staff hours saved in each one's latest outcome metrics measured by the end of the period. Target: 100,000 hours a year."),

	/** KPI: satisfaction change. */
	KPI_SATISFACTION_CHANGE("KpiKind.SATISFACTION_CHANGE", "市民満足度の変化", "Change in citizen satisfaction",
			"各実証の最新の成果記録にある満足度の変化（ポイント）を、その実証が届いた市民の数で重み付けした平均。目標は+50。",
			"The change in satisfaction (percentage points) in each demonstration's latest outcome metrics measured by the end of the period, averaged weighted by the citizens each reached. Target: +50."),

	/** KPI: citizens reached. */
	KPI_CITIZENS_REACHED("KpiKind.CITIZENS_REACHED", "実証が届いた市民の数", "Citizens reached",
			"各実証の、期間の最終月末までに測った最新の成果記録にある、届いた市民の数の合計。目標は定めない。",
			"The sum of the citizens reached in each demonstration's latest outcome metrics measured by the end of the period. No target.");

	private final String schemaCoordinate;

	private final String nameJa;

	private final String nameEn;

	private final String definitionJa;

	private final String definitionEn;

	Statistic(String schemaCoordinate, String nameJa, String nameEn, String definitionJa, String definitionEn) {
		this.schemaCoordinate = schemaCoordinate;
		this.nameJa = nameJa;
		this.nameEn = nameEn;
		this.definitionJa = definitionJa;
		this.definitionEn = definitionEn;
	}

	/**
	 * Where the schema describes the figure: {@code Type.field} or {@code Enum.VALUE}.
	 */
	public String schemaCoordinate() {
		return this.schemaCoordinate;
	}

	/** The figure's Japanese name. */
	public String nameJa() {
		return this.nameJa;
	}

	/** The figure's English name. */
	public String nameEn() {
		return this.nameEn;
	}

	/** What is counted, in which states and by which date, in Japanese. */
	public String definitionJa() {
		return this.definitionJa;
	}

	/** What is counted, in which states and by which date, in English. */
	public String definitionEn() {
		return this.definitionEn;
	}

	/** The definition of a KPI. */
	static Statistic of(KpiKind kind) {
		return valueOf("KPI_" + kind.name());
	}

}
