package jp.kitakyushu.busters.api.theme;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kitakyushu.busters.api.problem.Category;
import jp.kitakyushu.busters.api.problem.CategoryCatalog;
import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemService;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCancelInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCreateInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeFilter;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrder;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeUpdateInput;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The theme queries and mutations, the fields of {@code Theme} that are computed, and the
 * themes a {@code Problem} was adopted into.
 */
@Controller
class ThemeController {

	private final ThemeService themes;

	private final ProblemService problems;

	private final CategoryCatalog categories;

	ThemeController(ThemeService themes, ProblemService problems, CategoryCatalog categories) {
		this.themes = themes;
		this.problems = problems;
		this.categories = categories;
	}

	@QueryMapping
	Connection<Theme> themes(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable ThemeFilter filter, @Argument @Nullable ThemeOrder orderBy) {
		return this.themes.list(filter, orderBy, PageRequest.of(first, after));
	}

	@MutationMapping
	ThemePayload themeCreate(@Argument ThemeCreateInput input) {
		return Mutations.run(() -> this.themes.create(input), ThemePayload::new);
	}

	@MutationMapping
	ThemePayload themeUpdate(@Argument ThemeUpdateInput input) {
		return Mutations.run(() -> this.themes.update(input), ThemePayload::new);
	}

	@MutationMapping
	ThemePayload themePublish(@Argument("input") Map<String, String> input) {
		return Mutations.run(() -> this.themes.publish(input.get("themeId")), ThemePayload::new);
	}

	@MutationMapping
	ThemePayload themeCancel(@Argument ThemeCancelInput input) {
		return Mutations.run(() -> this.themes.cancel(input.themeId(), input.reason()), ThemePayload::new);
	}

	@SchemaMapping
	String id(Theme theme) {
		return GlobalId.encode(ThemeService.TYPE, theme.getId());
	}

	@SchemaMapping
	Category category(Theme theme) {
		return this.categories.get(theme.getCategory());
	}

	@SchemaMapping
	ThemeStatus status(Theme theme) {
		return this.themes.statusNow(theme);
	}

	@SchemaMapping
	boolean acceptingProposals(Theme theme) {
		return this.themes.acceptsProposalsNow(theme);
	}

	@SchemaMapping
	@Nullable Long budgetCap(Theme theme) {
		// Zero is how an unset cap is stored; a real cap is always positive.
		return (theme.getBudgetCap() > 0) ? theme.getBudgetCap() : null;
	}

	/** The source problems the caller may see, for a whole page of themes at once. */
	@BatchMapping
	Map<Theme, List<Problem>> problems(List<Theme> themes) {
		List<String> ids = themes.stream().flatMap((theme) -> theme.getSourceProblemIds().stream()).distinct().toList();
		Map<String, Problem> visible = ids.isEmpty() ? Map.of() : this.problems.findVisible(ids);
		Map<Theme, List<Problem>> result = new LinkedHashMap<>();
		themes.forEach((theme) -> result.put(theme, pick(theme.getSourceProblemIds(), visible)));
		return result;
	}

	/** The themes that adopted each problem, visible ones only, in one read per page. */
	@BatchMapping(typeName = "Problem", field = "themes")
	Map<Problem, List<Theme>> problemThemes(List<Problem> problems) {
		List<String> ids = problems.stream().flatMap((problem) -> problem.getThemeIds().stream()).distinct().toList();
		Map<String, Theme> visible = ids.isEmpty() ? Map.of() : this.themes.findVisible(ids);
		Map<Problem, List<Theme>> result = new LinkedHashMap<>();
		problems.forEach((problem) -> result.put(problem, pick(problem.getThemeIds(), visible)));
		return result;
	}

	private static <T> List<T> pick(Collection<String> ids, Map<String, T> found) {
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The result of a theme mutation.
	 *
	 * @param theme the theme after the change, or null
	 * @param userErrors what to fix
	 */
	record ThemePayload(@Nullable Theme theme, List<UserError> userErrors) {
	}

}
