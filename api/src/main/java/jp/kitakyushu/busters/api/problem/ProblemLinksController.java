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
import jp.kitakyushu.busters.api.theme.ThemePages;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The links between problems and the themes and outcomes that took them up, in both
 * directions; each costs one store read per page, never one per item. They live here
 * because themes and outcomes must not depend on problems (problems follow their events).
 */
@Controller
class ProblemLinksController {

	private static final String BY_ID = "problemsById";

	private static final String BY_THEME = "problemsByTheme";

	private final ProblemQueries problems;

	private final ThemeQueries themes;

	ProblemLinksController(ProblemQueries problems, ThemeQueries themes, BatchLoaderRegistry registry) {
		this.problems = problems;
		this.themes = themes;
		registry.<String, Problem>forName(BY_ID)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(problems.findVisible(ids)));
		registry.<Theme, List<Problem>>forName(BY_THEME).registerMappedBatchLoader((batch, environment) -> {
			Map<String, List<Problem>> byId = problemsOf(problems, batch);
			Map<Theme, List<Problem>> byTheme = new LinkedHashMap<>();
			batch.forEach((theme) -> byTheme.put(theme, byId.getOrDefault(theme.getId(), List.of())));
			return Mono.just(byTheme);
		});
	}

	/**
	 * The source problems the caller may see, for many themes at once: as the index last
	 * saw them, from kept copies where it can. A listed page's themes take theirs in one
	 * call on the request's thread ({@link ThemePages}); other themes through a data
	 * loader, batched across them.
	 */
	@Bean
	static RuntimeWiringConfigurer themeProblemsWiring(ProblemQueries problems) {
		return (wiring) -> wiring.type("Theme", (type) -> type.dataFetcher("problems", (env) -> {
			Theme theme = env.getSource();
			Map<String, List<Problem>> page = ThemePages.answers(env, "problems",
					(themes) -> problemsOf(problems, themes));
			if (page != null) {
				return page.getOrDefault(theme.getId(), List.of());
			}
			DataLoader<Theme, List<Problem>> loader = Objects.requireNonNull(env.getDataLoader(BY_THEME));
			return loader.load(theme);
		}));
	}

	private static Map<String, List<Problem>> problemsOf(ProblemQueries problems, Collection<Theme> themes) {
		List<String> ids = themes.stream().flatMap((theme) -> theme.getSourceProblemIds().stream()).distinct().toList();
		Map<String, Problem> visible = ids.isEmpty() ? Map.of() : problems.findVisibleAsIndexed(ids);
		Map<String, List<Problem>> result = new LinkedHashMap<>();
		themes.forEach((theme) -> result.put(theme.getId(), pick(theme.getSourceProblemIds(), visible)));
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
