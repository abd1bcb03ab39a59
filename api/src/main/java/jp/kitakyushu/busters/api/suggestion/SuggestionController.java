package jp.kitakyushu.busters.api.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
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
 * {@code Theme.suggestedProblems} for staff: a page of themes costs three reads by id,
 * the themes' chosen problems, their scores, and the problems under their own visibility
 * rule.
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
		List<ThemeSuggestions> chosen = this.store.suggestionsOf(themes.stream().map(Theme::getId).toList());
		List<String> problemIds = chosen.stream().flatMap((theme) -> theme.problemIds().stream()).toList();
		Map<String, Problem> visible = problemIds.isEmpty() ? Map.of() : this.problems.findVisible(problemIds);
		Map<String, ProblemSuggestion> scores = new HashMap<>();
		if (!problemIds.isEmpty()) {
			this.store.findAll(problemIds).forEach((score) -> scores.put(score.problemId(), score));
		}
		Map<String, List<SuggestedProblem>> byTheme = new LinkedHashMap<>();
		for (ThemeSuggestions theme : chosen) {
			for (String problemId : theme.problemIds()) {
				Problem problem = visible.get(problemId);
				ProblemSuggestion score = scores.get(problemId);
				if (problem != null && score != null) {
					byTheme.computeIfAbsent(theme.themeId(), (id) -> new ArrayList<>())
						.add(new SuggestedProblem(problem, score.margin()));
				}
			}
		}
		themes.forEach((theme) -> result.put(theme, byTheme.getOrDefault(theme.getId(), List.of())));
		return result;
	}

}
