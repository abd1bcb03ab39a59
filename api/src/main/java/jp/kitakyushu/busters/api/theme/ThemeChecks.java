package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.category.Category;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.theme.SourceProblems.SourceProblem;
import jp.kitakyushu.busters.api.theme.ThemeInputs.CriterionInput;
import org.jspecify.annotations.Nullable;

/**
 * The rules a theme's content must follow, collected into {@link Checks} so staff see
 * every mistake at once: on each edit for what was entered, and before publishing for
 * what must be complete.
 */
final class ThemeChecks {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_PROBLEMS = 100;

	static final int MAX_OUTCOMES = 20;

	static final int MAX_OUTCOME = 500;

	static final int MAX_CRITERIA = 20;

	static final int MAX_CRITERION_NAME = 100;

	static final int MAX_CRITERION_DESCRIPTION = 1000;

	/**
	 * Weights are relative; a ceiling keeps a typo from drowning every other criterion.
	 */
	static final int MAX_WEIGHT = 100;

	static final int MAX_REASON = 1000;

	private final CategoryCatalog categories;

	private final SourceProblems problems;

	ThemeChecks(CategoryCatalog categories, SourceProblems problems) {
		this.categories = categories;
		this.problems = problems;
	}

	void category(Checks checks, String code) {
		checks.check(this.categories.find(code).isPresent(), "category", UserErrorCode.INVALID,
				"Unknown category '" + code + "'. Choose one of: "
						+ String.join(", ", this.categories.all().stream().map(Category::code).toList()) + ".");
	}

	/**
	 * Resolves the problems' global ids to store ids, in the order given and without
	 * repeats; every one must exist and be published or adopted.
	 */
	List<String> problems(Checks checks, List<String> globalIds) {
		if (globalIds.isEmpty()) {
			checks.add("problemIds", UserErrorCode.REQUIRED, "Select at least one problem the theme answers.");
			return List.of();
		}
		if (globalIds.size() > MAX_PROBLEMS) {
			checks.add("problemIds", UserErrorCode.OUT_OF_RANGE,
					"A theme can take at most " + MAX_PROBLEMS + " problems (" + globalIds.size() + " given).");
			return List.of();
		}
		Set<String> ids = new LinkedHashSet<>();
		for (String globalId : globalIds) {
			Optional<String> id = GlobalId.idOf(globalId, SourceProblems.TYPE);
			if (id.isEmpty()) {
				checks.add("problemIds", UserErrorCode.NOT_FOUND, "No problem has the id " + globalId + ".");
			}
			else {
				ids.add(id.get());
			}
		}
		adoptable(checks, ids);
		return List.copyOf(ids);
	}

	/** Checks that stored problems still exist and can still be adopted. */
	void adoptable(Checks checks, Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Map<String, SourceProblem> found = this.problems.find(ids);
		for (String id : ids) {
			SourceProblem problem = found.get(id);
			String globalId = GlobalId.encode(SourceProblems.TYPE, id);
			if (problem == null) {
				checks.add("problemIds", UserErrorCode.NOT_FOUND, "No problem has the id " + globalId + ".");
			}
			else if (!problem.adoptable()) {
				// Only problems the public can read, and that no moderation closed,
				// become a theme.
				checks.add("problemIds", UserErrorCode.WRONG_STATE, "Problem " + globalId + " is " + problem.status()
						+ "; a theme can only take published or adopted problems.");
			}
		}
	}

	void outcomes(Checks checks, List<String> outcomes) {
		checks.check(outcomes.size() <= MAX_OUTCOMES, "expectedOutcomes", UserErrorCode.OUT_OF_RANGE,
				"List at most " + MAX_OUTCOMES + " expected outcomes (" + outcomes.size() + " given).");
		for (int i = 0; i < outcomes.size(); i++) {
			checks.text("expectedOutcomes." + i, outcomes.get(i), MAX_OUTCOME);
		}
	}

	void budgetCap(Checks checks, @Nullable Long budgetCap) {
		if (budgetCap != null) {
			checks.check(budgetCap > 0, "budgetCap", UserErrorCode.OUT_OF_RANGE,
					"The budget cap must be a positive amount of yen (was " + budgetCap + ").");
		}
	}

	/**
	 * Checks a call window being entered: the deadline, when given, must lie ahead, and
	 * after the opening.
	 */
	void window(Checks checks, @Nullable Instant opensAt, @Nullable Instant closesAt, boolean closesAtGiven,
			Instant now) {
		if (closesAt == null) {
			return;
		}
		if (closesAtGiven && !closesAt.isAfter(now)) {
			checks.add("closesAt", UserErrorCode.OUT_OF_RANGE,
					"The deadline " + closesAt + " has already passed; choose a time in the future.");
		}
		else if (opensAt != null && !opensAt.isBefore(closesAt)) {
			checks.add("closesAt", UserErrorCode.OUT_OF_RANGE,
					"The call must close (" + closesAt + ") after it opens (" + opensAt + ").");
		}
	}

	/** Checks criteria and returns them tidied (names and descriptions stripped). */
	List<Criterion> criteria(Checks checks, List<CriterionInput> inputs) {
		checks.check(inputs.size() <= MAX_CRITERIA, "criteria", UserErrorCode.OUT_OF_RANGE,
				"Use at most " + MAX_CRITERIA + " criteria (" + inputs.size() + " given).");
		Set<String> names = new HashSet<>();
		List<Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			CriterionInput input = inputs.get(i);
			String field = "criteria." + i;
			checks.text(field + ".name", input.name(), MAX_CRITERION_NAME)
				.text(field + ".description", input.description(), MAX_CRITERION_DESCRIPTION)
				.check(input.weight() >= 1 && input.weight() <= MAX_WEIGHT, field + ".weight",
						UserErrorCode.OUT_OF_RANGE,
						"A weight is a whole number from 1 to " + MAX_WEIGHT + " (was " + input.weight() + ").");
			if (!input.name().isBlank() && !names.add(input.name().strip())) {
				checks.add(field + ".name", UserErrorCode.DUPLICATE,
						"Two criteria are named '" + input.name().strip() + "'; give each a distinct name.");
			}
			criteria.add(input.toCriterion());
		}
		return criteria;
	}

	/**
	 * Everything a theme needs before companies can answer it, checked as of {@code now}.
	 */
	Checks readyToPublish(Theme theme, Instant now) {
		Checks checks = new Checks();
		if (theme.getSourceProblemIds().isEmpty()) {
			checks.add("problemIds", UserErrorCode.REQUIRED, "Select at least one problem the theme answers.");
		}
		adoptable(checks, theme.getSourceProblemIds());
		checks
			.check(!theme.getExpectedOutcomes().isEmpty(), "expectedOutcomes", UserErrorCode.REQUIRED,
					"List at least one expected outcome.")
			.check(theme.getBudgetCap() > 0, "budgetCap", UserErrorCode.REQUIRED, "Set the budget cap.")
			.check(!theme.getCriteria().isEmpty(), "criteria", UserErrorCode.REQUIRED,
					"Add at least one evaluation criterion.")
			.required("opensAt", theme.getOpensAt())
			.required("closesAt", theme.getClosesAt());
		Instant closesAt = theme.getClosesAt();
		if (closesAt != null && !closesAt.isAfter(now)) {
			checks.add("closesAt", UserErrorCode.DEADLINE_PASSED,
					"The deadline " + closesAt + " has passed; move it to the future before publishing.");
		}
		return checks;
	}

}
