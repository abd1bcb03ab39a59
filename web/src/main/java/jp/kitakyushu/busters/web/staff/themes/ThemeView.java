package jp.kitakyushu.busters.web.staff.themes;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Shares;
import org.jspecify.annotations.Nullable;

/**
 * A theme as staff read it.
 *
 * @param __typename the node's type
 * @param id its global id
 * @param title its title
 * @param description what it asks for
 * @param status where it is
 * @param acceptingProposals whether companies can submit now
 * @param budgetCap the most one proposal may request
 * @param opensAt when the call opens
 * @param closesAt the deadline
 * @param expectedOutcomes what a solution should achieve
 * @param cancelReason why it was called off
 * @param proposalCount how many proposals it has
 * @param createdAt when it was drafted
 * @param updatedAt when it last changed
 * @param category its category
 * @param criteria how proposals are scored
 * @param problems the problems it came from
 * @param suggestedProblems published problems no theme took up that matching gives it
 * most clearly (null when the api does not tell the caller)
 */
public record ThemeView(String __typename, String id, String title, String description, String status,
		boolean acceptingProposals, @Nullable Long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt,
		List<String> expectedOutcomes, @Nullable String cancelReason, int proposalCount, Instant createdAt,
		Instant updatedAt, Category category, List<Criterion> criteria, List<ProblemRef> problems,
		@Nullable List<Suggested> suggestedProblems) {

	/** Whether the editor may change it. */
	public boolean draft() {
		return "DRAFT".equals(this.status);
	}

	/** Whether it can still be called off. */
	public boolean cancellable() {
		return "DRAFT".equals(this.status) || "OPEN".equals(this.status) || "CLOSED".equals(this.status);
	}

	/** The criteria's weights as shares of 100%, in order. */
	public List<Integer> shares() {
		return Shares.percentages(this.criteria.stream().map(Criterion::weight).toList());
	}

	/**
	 * One evaluation criterion.
	 *
	 * @param name its name
	 * @param weight its relative weight
	 * @param description what reviewers look for
	 */
	public record Criterion(String name, int weight, String description) {
	}

	/**
	 * A problem the theme came from.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param ward its ward
	 * @param supporterCount its supporters
	 */
	public record ProblemRef(String id, String title, String status, String ward, int supporterCount) {
	}

	/**
	 * A problem matching suggests for the theme.
	 *
	 * @param clarity how clearly the theme beat the problem's next best theme, 0 to 1
	 * @param problem the problem
	 */
	public record Suggested(double clarity, ProblemRef problem) {

		/** The clarity as a whole percentage, for the page. */
		public long percent() {
			return Math.round(this.clarity * 100);
		}

	}

	/**
	 * A company whose capabilities fit the theme.
	 *
	 * @param score how well
	 * @param terms the terms that matched
	 * @param node the company
	 */
	public record CompanyMatch(double score, List<Term> terms, CompanyRef node) {
	}

	/**
	 * A matched company.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param status its standing
	 * @param tags its keywords
	 */
	public record CompanyRef(@Nullable String id, @Nullable String name, @Nullable String status,
			@Nullable List<String> tags) {
	}

	/**
	 * A matched term.
	 *
	 * @param term the term
	 */
	public record Term(String term) {
	}

}
