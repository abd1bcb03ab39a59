package jp.kitakyushu.busters.api.company;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The id of {@code Company}, a plain data fetcher marked trivial rather than a controller
 * method: Spring GraphQL wraps every controller method's field in a copy of the request's
 * context, an observation, argument resolution and a call through the controller's proxy,
 * which cost more than encoding the id of each company on a page.
 */
@Configuration(proxyBeanMethods = false)
class CompanyFields {

	@Bean
	RuntimeWiringConfigurer companyFieldWiring() {
		return (wiring) -> wiring.type("Company",
				(type) -> type.dataFetcher("id", (TrivialDataFetcher<Object>) (DataFetchingEnvironment env) -> GlobalId
					.encode(CompanyQueries.TYPE, env.<Company>getSource().getId())));
	}

}
