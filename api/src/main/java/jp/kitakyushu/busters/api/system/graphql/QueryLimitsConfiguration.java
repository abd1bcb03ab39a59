package jp.kitakyushu.busters.api.system.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rejects queries that are too deep or too costly before they run: a list field costs its
 * children times the page size it asks for, so a nested page of pages adds up as it would
 * in the store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimitsProperties.class)
class QueryLimitsConfiguration {

	@Bean
	QueryLimitsInstrumentation queryLimits(QueryLimitsProperties limits) {
		return new QueryLimitsInstrumentation(new MaxQueryDepthInstrumentation(limits.maxDepth()),
				new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageAware()),
				limits.parsedDocumentCache());
	}

	/**
	 * Parses and validates each distinct document once (limits still apply per request).
	 */
	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache(QueryLimitsProperties limits) {
		ParsedDocumentCache cache = new ParsedDocumentCache(limits.parsedDocumentCache());
		return (source) -> source.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	static FieldComplexityCalculator pageAware() {
		return (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			int pageSize = (first instanceof Integer size) ? Math.max(size, 1)
					: environment.getArguments().containsKey("first") ? PageRequest.DEFAULT_PAGE_SIZE : 1;
			return 1 + childComplexity * pageSize;
		};
	}

}
