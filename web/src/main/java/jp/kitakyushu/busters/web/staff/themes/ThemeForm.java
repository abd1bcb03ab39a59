package jp.kitakyushu.busters.web.staff.themes;

import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.web.staff.StaffInput;
import org.jspecify.annotations.Nullable;

/**
 * The theme editor as typed: every field is text so nothing is lost while a field needs
 * fixing. Weights are percentages that must add up to 100.
 *
 * @param title the title
 * @param description what the theme asks for
 * @param category a category code
 * @param problemIds the problems it answers (global ids)
 * @param expectedOutcomes what a solution should achieve, one per line
 * @param budgetCap the most one proposal may request, in yen
 * @param opensAt the day the call opens, e.g. 2026-04-01
 * @param closesAt the last day of the call
 * @param criteria how proposals are scored
 */
public record ThemeForm(@Nullable String title, @Nullable String description, @Nullable String category,
		@Nullable List<String> problemIds, @Nullable String expectedOutcomes, @Nullable String budgetCap,
		@Nullable String opensAt, @Nullable String closesAt, @Nullable List<CriterionRow> criteria) {

	/** Criteria the api accepts on a theme. */
	static final int MAX_CRITERIA = 20;

	/**
	 * Blank rows offered below the filled ones, so criteria can be added without
	 * JavaScript.
	 */
	static final int BLANK_ROWS = 3;

	/** The problem ids, never null. */
	public List<String> problems() {
		return (this.problemIds != null) ? this.problemIds.stream().filter((id) -> !StaffInput.blank(id)).toList()
				: List.of();
	}

	/** The criteria rows, never null. */
	public List<CriterionRow> rows() {
		return (this.criteria != null) ? this.criteria : List.of();
	}

	/** The same input with blank rows to fill, up to the api's limit. */
	ThemeForm withBlankRows() {
		List<CriterionRow> rows = new ArrayList<>(rows().stream().filter((row) -> !row.isBlank()).toList());
		for (int i = 0; i < BLANK_ROWS && rows.size() < MAX_CRITERIA; i++) {
			rows.add(new CriterionRow("", "", ""));
		}
		return new ThemeForm(this.title, this.description, this.category, this.problemIds, this.expectedOutcomes,
				this.budgetCap, this.opensAt, this.closesAt, rows);
	}

	/** The sum of the weights typed so far, for the page's "total" line. */
	public int weightTotal() {
		return rows().stream().mapToInt((row) -> StaffInput.integer(row.weight()).orElse(0)).sum();
	}

	/**
	 * One evaluation criterion as typed.
	 *
	 * @param name a short name
	 * @param weight its share in percent
	 * @param description what reviewers look for
	 */
	public record CriterionRow(@Nullable String name, @Nullable String weight, @Nullable String description) {

		/** Whether the row was left empty. */
		public boolean isBlank() {
			return StaffInput.blank(this.name) && StaffInput.blank(this.weight) && StaffInput.blank(this.description);
		}

	}

}
