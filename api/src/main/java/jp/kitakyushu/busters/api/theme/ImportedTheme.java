package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A theme as a past record brings it in, in whatever state it had reached.
 *
 * @param id the store id it keeps
 * @param title the title
 * @param description the description
 * @param category a category code
 * @param sourceProblemIds the store ids of the problems it was curated from
 * @param expectedOutcomes what it expects a demonstration to achieve
 * @param budgetCap the most one proposal may request, in yen
 * @param opensAt when the call opens
 * @param closesAt when the call closes
 * @param criteria the evaluation criteria
 * @param status the state it reached
 * @param createdBy the subject of the staff member who drafted it
 * @param createdAt when it was drafted
 */
public record ImportedTheme(String id, String title, String description, String category, List<String> sourceProblemIds,
		List<String> expectedOutcomes, long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt,
		List<Criterion> criteria, ThemeStatus status, String createdBy, Instant createdAt) {

	public ImportedTheme {
		sourceProblemIds = List.copyOf(sourceProblemIds);
		expectedOutcomes = List.copyOf(expectedOutcomes);
		criteria = List.copyOf(criteria);
	}

}
