package jp.kitakyushu.busters.web.company.proposals;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * One proposal of my organisation as the api gives it to its members: everything the
 * editor and the proposal's page show.
 *
 * @param __typename the node's type
 * @param id its global id
 * @param confidential whether the api let us read it in full (its company's members)
 * @param status its state
 * @param title its title
 * @param summary its summary
 * @param approach its approach
 * @param requestedAmount the yen requested
 * @param decisionReason why it was declined or withdrawn
 * @param submittedAt when it was submitted
 * @param decidedAt when it was decided or withdrawn
 * @param createdAt when it was drafted
 * @param updatedAt when it last changed
 * @param milestones its plan
 * @param company the proposing organisation
 * @param theme the theme it answers
 * @param funding the fund's allocation and payments
 * @param outcome the demonstration's reports and metrics
 */
record ProposalView(String __typename, String id, boolean confidential, String status, String title, String summary,
		@Nullable String approach, @Nullable Long requestedAmount, @Nullable String decisionReason,
		@Nullable Instant submittedAt, @Nullable Instant decidedAt, @Nullable Instant createdAt,
		@Nullable Instant updatedAt, @Nullable List<Milestone> milestones, @Nullable CompanyRef company,
		ThemeView theme, @Nullable Funding funding, @Nullable Outcome outcome) {

	/** Whether a signed-in member may read it as theirs: the api said so. */
	boolean ours() {
		return "Proposal".equals(this.__typename) && this.confidential && this.company != null
				&& this.company.viewerIsMember();
	}

	public boolean draft() {
		return "DRAFT".equals(this.status);
	}

	/** Whether staff have not decided yet, so the company may still withdraw it. */
	public boolean withdrawable() {
		return "DRAFT".equals(this.status) || "SUBMITTED".equals(this.status) || "SHORTLISTED".equals(this.status);
	}

	/** Whether the fund may pay it and the company reports on it. */
	public boolean demonstration() {
		return "SELECTED".equals(this.status) || "IN_PROGRESS".equals(this.status) || "COMPLETED".equals(this.status);
	}

	public List<Milestone> plan() {
		return (this.milestones != null) ? this.milestones : List.of();
	}

	public long planned() {
		return plan().stream().mapToLong(Milestone::amount).sum();
	}

	/** The editor's form, filled from what is stored. */
	ProposalForm toForm() {
		List<MilestoneRow> rows = plan().stream()
			.map((milestone) -> new MilestoneRow(milestone.title(),
					milestone.dueDate().atZone(Formats.CITY_TIME).toLocalDate().toString(),
					Long.toString(milestone.amount())))
			.toList();
		return new ProposalForm(this.theme.id(), (this.company != null) ? this.company.id() : "", this.title,
				this.summary, (this.approach != null) ? this.approach : "",
				(this.requestedAmount != null && this.requestedAmount > 0) ? Long.toString(this.requestedAmount) : "",
				rows, "");
	}

	/**
	 * One step of the plan.
	 *
	 * @param title what is delivered
	 * @param dueDate when
	 * @param amount what it costs
	 */
	record Milestone(String title, Instant dueDate, long amount) {
	}

	/**
	 * The proposing organisation.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param status its state
	 * @param viewerIsMember whether I belong to it
	 */
	record CompanyRef(String id, String name, String status, boolean viewerIsMember) {
	}

	/**
	 * The theme a proposal answers.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param acceptingProposals whether it takes proposals now
	 * @param budgetCap the most a proposal may request
	 * @param opensAt when its call opens
	 * @param closesAt its deadline
	 */
	record ThemeView(String id, String title, String status, boolean acceptingProposals, @Nullable Long budgetCap,
			@Nullable Instant opensAt, @Nullable Instant closesAt) {

		ProposalPlan.ThemeTerms terms() {
			return new ProposalPlan.ThemeTerms(this.budgetCap, this.closesAt);
		}

	}

	/**
	 * What the fund promised and paid.
	 *
	 * @param allocated allocated so far
	 * @param disbursed paid so far
	 * @param remaining allocated but not yet paid
	 * @param milestones paid per milestone
	 */
	record Funding(long allocated, long disbursed, long remaining, List<MilestonePayment> milestones) {
	}

	/**
	 * What the fund paid for one milestone.
	 *
	 * @param milestone its title
	 * @param planned its amount in the plan
	 * @param paid paid so far
	 * @param lastPaidAt when last paid
	 */
	record MilestonePayment(String milestone, @Nullable Long planned, long paid, @Nullable Instant lastPaidAt) {
	}

	/**
	 * The demonstration's outcome.
	 *
	 * @param reports progress reports, newest first
	 * @param metrics the latest official metrics
	 * @param resolvedProblems problems it solved
	 */
	record Outcome(@Nullable Reports reports, @Nullable Metrics metrics, @Nullable Problems resolvedProblems) {
	}

	/**
	 * Progress reports.
	 *
	 * @param nodes the reports
	 */
	record Reports(List<Report> nodes) {
	}

	/**
	 * A progress report.
	 *
	 * @param id its global id
	 * @param text what happened
	 * @param authorName who wrote it
	 * @param byStaff whether staff wrote it
	 * @param createdAt when
	 * @param figures the figures the company stated
	 */
	record Report(String id, String text, @Nullable String authorName, boolean byStaff, Instant createdAt,
			@Nullable Figures figures) {
	}

	/**
	 * Figures a company stated in a report.
	 *
	 * @param staffHoursSavedPerYear staff hours saved per year
	 * @param citizensReached citizens reached
	 * @param satisfactionChangePoints change in satisfaction, points
	 */
	record Figures(@Nullable Integer staffHoursSavedPerYear, @Nullable Integer citizensReached,
			@Nullable Double satisfactionChangePoints) {
	}

	/**
	 * Official metrics staff recorded.
	 *
	 * @param asOf the date they describe
	 * @param staffHoursSavedPerYear staff hours saved per year
	 * @param citizensReached citizens reached
	 * @param satisfactionChangePoints change in satisfaction, points
	 * @param recordedAt when staff recorded them
	 */
	record Metrics(Instant asOf, int staffHoursSavedPerYear, int citizensReached, double satisfactionChangePoints,
			Instant recordedAt) {
	}

	/**
	 * Problems a demonstration solved.
	 *
	 * @param totalCount how many
	 * @param nodes some of them
	 */
	record Problems(int totalCount, List<ProblemRef> nodes) {
	}

	/**
	 * A problem.
	 *
	 * @param id its global id
	 * @param title its title
	 */
	record ProblemRef(String id, String title) {
	}

}
