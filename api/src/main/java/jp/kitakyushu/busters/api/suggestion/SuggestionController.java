package jp.kitakyushu.busters.api.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.problem.Problem;
import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.Theme;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Theme.suggestedProblems} for staff: a page of themes costs two store reads, one
 * for the suggestions and one for the problems, each read under the problems' own
 * visibility rule.
 */
@Controller
class SuggestionController {

	private final SuggestionStore store;

	private final ProblemQueries problems;

	SuggestionController(SuggestionStore store, ProblemQueries problems) {
		this.store = store;
		this.problems = problems;
	}

	@BatchMapping(typeName = "Theme", field = "suggestedProblems")
	Map<Theme, @Nullable List<SuggestedProblem>> suggestedProblems(List<Theme> themes) {
		Map<Theme, @Nullable List<SuggestedProblem>> result = new LinkedHashMap<>();
		if (!Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false)) {
			themes.forEach((theme) -> result.put(theme, null));
			return result;
		}
		List<ProblemSuggestion> suggested = this.store.suggested(themes.stream().map(Theme::getId).toList());
		Map<String, Problem> visible = suggested.isEmpty() ? Map.of()
				: this.problems.findVisible(suggested.stream().map(ProblemSuggestion::problemId).toList());
		Map<String, List<SuggestedProblem>> byTheme = new LinkedHashMap<>();
		for (ProblemSuggestion suggestion : suggested) {
			Problem problem = visible.get(suggestion.problemId());
			if (problem != null) {
				byTheme.computeIfAbsent(suggestion.themeId(), (id) -> new ArrayList<>())
					.add(new SuggestedProblem(problem, suggestion.margin()));
			}
		}
		themes.forEach((theme) -> result.put(theme, byTheme.getOrDefault(theme.getId(), List.of())));
		return result;
	}

}
