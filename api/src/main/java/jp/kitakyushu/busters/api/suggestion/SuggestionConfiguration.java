package jp.kitakyushu.busters.api.suggestion;

import java.time.Clock;

import jp.kitakyushu.busters.api.problem.ProblemQueries;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.match.MatchSettings;
import jp.kitakyushu.busters.search.match.Matcher;
import jp.kitakyushu.busters.search.match.SuggestedMembers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires suggested problems: a matcher of its own that does not count suggestions while
 * choosing them (so a theme's suggestions do not pull more after them), the scoring, and
 * the worker that runs it off the request path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SuggestionProperties.class)
class SuggestionConfiguration {

	@Bean
	SuggestionScoring suggestionScoring(ProblemQueries problems, ThemeQueries themes, SuggestionStore store,
			SearchIndex index, SuggestionProperties properties, Clock clock) {
		Matcher choosing = new Matcher(index, SuggestedMembers.choosing(MatchSettings.defaults()));
		return new SuggestionScoring(problems, themes, store, choosing, properties, clock);
	}

	@Bean(destroyMethod = "close")
	SuggestionWorker suggestionWorker(SuggestionScoring scoring, ApplicationEventPublisher events,
			SuggestionProperties properties) {
		return new SuggestionWorker(scoring, events, properties);
	}

	@Bean
	SuggestionAttributes suggestionAttributes(SuggestionStore store) {
		return new SuggestionAttributes(store);
	}

}
