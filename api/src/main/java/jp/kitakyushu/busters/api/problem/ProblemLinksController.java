package jp.kitakyushu.busters.api.problem;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import jp.kitakyushu.busters.api.outcome.Outcome;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The links between problems and the themes and outcomes that took them up, in both
 * directions; each costs one store read per page, never one per item. They live here
 * because themes and outcomes must not depend on problems (problems follow their events).
 */
@Controller
class ProblemLinksController {

	private static final String BY_ID = "problemsById";

	private final ProblemQueries problems;

	private final ThemeQueries themes;

	ProblemLinksController(ProblemQueries problems, ThemeQueries themes, BatchLoaderRegistry registry) {
		this.problems = problems;
		this.themes = themes;
		registry.<String, Problem>forName(BY_ID)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(problems.findVisible(ids)));
	}

	/**
	 * The source problems the caller may see, for a whole page of themes at once: as the
	 * index last saw them, from kept copies where it can.
	 */
	@BatchMapping(typeName = "Theme", field = "problems")
	Map<Theme, List<Problem>> themeProblems(List<Theme> themes) {
		List<String> ids = themes.stream().flatMap((theme) -> theme.getSourceProblemIds().stream()).distinct().toList();
		Map<String, Problem> visible = ids.isEmpty() ? Map.of() : this.problems.findVisibleAsIndexed(ids);
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

	/** The problems a demonstration solved, a page at a time, batched across outcomes. */
	@SchemaMapping(typeName = "Outcome", field = "resolvedProblems")
	CompletableFuture<Connection<Problem>> resolvedProblems(Outcome outcome, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingEnvironment environment) {
		PageRequest page = PageRequest.of(first, after);
		List<String> ids = outcome.resolvedProblemIds();
		List<String> pageIds = ids.subList(Math.min(page.offset(), ids.size()),
				Math.min(page.offset() + page.limit(), ids.size()));
		DataLoader<String, Problem> loader = Objects.requireNonNull(environment.getDataLoader(BY_ID));
		return loader.loadMany(pageIds)
			.thenApply((found) -> Connection.of(found.stream().filter(Objects::nonNull).toList(), page, ids.size()));
	}

	private static <T> List<T> pick(Collection<String> ids, Map<String, T> found) {
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

}
