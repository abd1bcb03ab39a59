package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeUpdateInput;
import org.jspecify.annotations.Nullable;

/**
 * An edit of a draft theme, checked and applied field by field, keeping the before and
 * after of each field that really changed for the audit trail.
 */
final class ThemeChange {

	private final Theme theme;

	private final Map<String, Object> changes = new LinkedHashMap<>();

	private ThemeChange(Theme theme) {
		this.theme = theme;
	}

	/**
	 * Checks each field the input sets and applies it to the theme; fields left out stay
	 * as they are. Nothing is stored here.
	 */
	static ThemeChange of(Theme theme, ThemeUpdateInput input, ThemeChecks rules, Checks checks, Instant now) {
		ThemeChange change = new ThemeChange(theme);
		if (input.title() != null) {
			checks.text("title", input.title(), ThemeChecks.MAX_TITLE);
			change.title(input.title().strip());
		}
		if (input.description() != null) {
			checks.text("description", input.description(), ThemeChecks.MAX_DESCRIPTION);
			change.description(input.description().strip());
		}
		if (input.category() != null) {
			rules.category(checks, input.category());
			change.category(input.category());
		}
		if (input.problemIds() != null) {
			change.problemIds(rules.problems(checks, input.problemIds()));
		}
		if (input.expectedOutcomes() != null) {
			rules.outcomes(checks, input.expectedOutcomes());
			change.expectedOutcomes(input.expectedOutcomes().stream().map(String::strip).toList());
		}
		if (input.budgetCap() != null) {
			rules.budgetCap(checks, input.budgetCap());
			change.budgetCap(input.budgetCap());
		}
		if (input.opensAt() != null || input.closesAt() != null) {
			Instant opensAt = (input.opensAt() != null) ? input.opensAt() : theme.getOpensAt();
			Instant closesAt = (input.closesAt() != null) ? input.closesAt() : theme.getClosesAt();
			rules.window(checks, opensAt, closesAt, input.closesAt() != null, now);
			change.window(opensAt, closesAt);
		}
		if (input.criteria() != null) {
			change.criteria(rules.criteria(checks, input.criteria()));
		}
		return change;
	}

	private void title(String title) {
		note("title", this.theme.getTitle(), title);
		this.theme.setTitle(title);
	}

	private void description(String description) {
		note("description", this.theme.getDescription(), description);
		this.theme.setDescription(description);
	}

	private void category(String category) {
		note("category", this.theme.getCategory(), category);
		this.theme.setCategory(category);
	}

	private void problemIds(List<String> problemIds) {
		note("problemIds", this.theme.getSourceProblemIds(), problemIds);
		this.theme.setSourceProblemIds(problemIds);
	}

	private void expectedOutcomes(List<String> outcomes) {
		note("expectedOutcomes", this.theme.getExpectedOutcomes(), outcomes);
		this.theme.setExpectedOutcomes(outcomes);
	}

	private void budgetCap(long budgetCap) {
		note("budgetCap", this.theme.getBudgetCap(), budgetCap);
		this.theme.setBudgetCap(budgetCap);
	}

	private void window(@Nullable Instant opensAt, @Nullable Instant closesAt) {
		note("opensAt", this.theme.getOpensAt(), opensAt);
		note("closesAt", this.theme.getClosesAt(), closesAt);
		this.theme.setCallWindow(opensAt, closesAt);
	}

	private void criteria(List<Criterion> criteria) {
		note("criteria", this.theme.getCriteria(), criteria);
		this.theme.setCriteria(criteria);
	}

	/** Whether the edit changed nothing, so there is nothing to store or audit. */
	boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/** Field names to {@code [before, after]}. */
	Map<String, Object> changes() {
		return this.changes;
	}

	private void note(String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			this.changes.put(field, AuditLog.from(before, after));
		}
	}

}
