package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.OrderDirection;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of the theme queries and mutations, as the schema declares them.
 */
final class ThemeInputs {

	private ThemeInputs() {
	}

	record CriterionInput(String name, int weight, String description) {

		Criterion toCriterion() {
			return new Criterion(this.name.strip(), this.weight, this.description.strip());
		}

	}

	record ThemeCreateInput(String title, String description, String category, List<String> problemIds,
			@Nullable List<String> expectedOutcomes, @Nullable Long budgetCap, @Nullable Instant opensAt,
			@Nullable Instant closesAt, @Nullable List<CriterionInput> criteria) {
	}

	/** Every field but the id is optional: what is left out stays as it is. */
	record ThemeUpdateInput(String themeId, @Nullable String title, @Nullable String description,
			@Nullable String category, @Nullable List<String> problemIds, @Nullable List<String> expectedOutcomes,
			@Nullable Long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt,
			@Nullable List<CriterionInput> criteria) {
	}

	record ThemePublishInput(String themeId) {
	}

	record ThemeCancelInput(String themeId, String reason) {
	}

	record ThemeFilter(@Nullable ThemeStatus status, @Nullable String category) {
	}

	enum ThemeOrderField {

		CREATED_AT, CLOSES_AT

	}

	record ThemeOrder(ThemeOrderField field, OrderDirection direction) {
	}

}
