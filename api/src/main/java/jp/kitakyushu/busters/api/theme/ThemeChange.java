package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kitakyushu.busters.api.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/**
 * Applies an edit to a draft theme field by field, keeping the before and after of each
 * field that really changed for the audit trail.
 */
final class ThemeChange {

	private final Theme theme;

	private final Map<String, Object> changes = new LinkedHashMap<>();

	ThemeChange(Theme theme) {
		this.theme = theme;
	}

	void title(String title) {
		note("title", this.theme.getTitle(), title);
		this.theme.setTitle(title);
	}

	void description(String description) {
		note("description", this.theme.getDescription(), description);
		this.theme.setDescription(description);
	}

	void category(String category) {
		note("category", this.theme.getCategory(), category);
		this.theme.setCategory(category);
	}

	void problemIds(List<String> problemIds) {
		note("problemIds", this.theme.getSourceProblemIds(), problemIds);
		this.theme.setSourceProblemIds(problemIds);
	}

	void expectedOutcomes(List<String> outcomes) {
		note("expectedOutcomes", this.theme.getExpectedOutcomes(), outcomes);
		this.theme.setExpectedOutcomes(outcomes);
	}

	void budgetCap(long budgetCap) {
		note("budgetCap", this.theme.getBudgetCap(), budgetCap);
		this.theme.setBudgetCap(budgetCap);
	}

	void window(@Nullable Instant opensAt, @Nullable Instant closesAt) {
		note("opensAt", this.theme.getOpensAt(), opensAt);
		note("closesAt", this.theme.getClosesAt(), closesAt);
		this.theme.setCallWindow(opensAt, closesAt);
	}

	void criteria(List<Criterion> criteria) {
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
