package jp.kitakyushu.busters.api.suggestion;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.problem.ProblemStatus;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.index.IndexAttributes;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.search.SearchDocument;

/**
 * Gives a suggested problem's search document the theme it is suggested for, which theme
 * matching counts at {@code suggestedMemberWeight}.
 */
class SuggestionAttributes implements IndexAttributes {

	private final SuggestionStore store;

	SuggestionAttributes(SuggestionStore store) {
		this.store = store;
	}

	@Override
	public String entityType() {
		return ProblemQueries.TYPE;
	}

	@Override
	public String attribute() {
		return SearchDocument.SUGGESTED_THEME_ID;
	}

	@Override
	public Map<String, Set<String>> valuesOf(Collection<String> ids) {
		return values(this.store.suggestedAmong(ids));
	}

	@Override
	public boolean mayHold(SearchDocument document) {
		// Only published problems are ever suggested, and a problem is submitted only
		// once, before it is published: it has no suggestion yet.
		return !ProblemStatus.SUBMITTED.name().equals(document.status());
	}

	@Override
	public Map<String, Set<String>> allValues() {
		return values(this.store.allSuggested());
	}

	private static Map<String, Set<String>> values(List<ProblemSuggestion> suggested) {
		Map<String, Set<String>> values = new LinkedHashMap<>();
		suggested.forEach((suggestion) -> values.put(suggestion.problemId(),
				Set.of(GlobalId.encode(ThemeQueries.TYPE, suggestion.themeId()))));
		return values;
	}

}
