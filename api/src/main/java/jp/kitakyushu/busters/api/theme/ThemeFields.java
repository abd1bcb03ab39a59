package jp.kitakyushu.busters.api.theme;

import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The fields of {@code Theme} computed from the theme alone: its id, category, status and
 * whether it takes proposals as of now, and its budget cap.
 * <p>
 * They are plain data fetchers marked trivial, not controller methods, as
 * {@code Problem}'s are: Spring GraphQL wraps every controller method's field in a copy
 * of the request's context, an observation, argument resolution and a call through the
 * controller's proxy, which on a page of themes cost more than the fields themselves.
 */
@Configuration(proxyBeanMethods = false)
class ThemeFields {

	@Bean
	RuntimeWiringConfigurer themeFieldWiring(ThemeQueries queries, CategoryCatalog categories) {
		return (wiring) -> wiring.type("Theme",
				(type) -> type.dataFetcher("id", field((theme) -> GlobalId.encode(ThemeQueries.TYPE, theme.getId())))
					.dataFetcher("category", field((theme) -> categories.get(theme.getCategory())))
					.dataFetcher("status", field(queries::statusNow))
					.dataFetcher("acceptingProposals", field(queries::acceptsProposalsNow))
					// Zero is how an unset cap is stored; a real cap is always positive.
					.dataFetcher("budgetCap",
							field((theme) -> (theme.getBudgetCap() > 0) ? theme.getBudgetCap() : null)));
	}

	private static TrivialDataFetcher<Object> field(Function<Theme, Object> value) {
		return (DataFetchingEnvironment env) -> value.apply(env.getSource());
	}

}
