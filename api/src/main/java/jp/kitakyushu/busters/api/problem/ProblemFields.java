package jp.kitakyushu.busters.api.problem;

import java.util.Optional;
import java.util.function.BiFunction;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.security.SignedInInterceptor;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The fields of {@code Problem} read from the problem alone and from who asks: its id,
 * the original or the public text, its category and the details only the submitter and
 * staff see.
 * <p>
 * They are plain data fetchers marked trivial, not controller methods: Spring GraphQL
 * wraps every controller method's field in a copy of the request's context, an
 * observation, argument resolution and a call through the controller's proxy, which on a
 * page of twenty problems cost more than reading the page. The caller comes from the
 * request's GraphQL context, where {@link SignedInInterceptor} put it once.
 */
@Configuration(proxyBeanMethods = false)
class ProblemFields {

	@Bean
	RuntimeWiringConfigurer problemFieldWiring(CategoryCatalog categories) {
		return (wiring) -> wiring.type("Problem", (type) -> type
			.dataFetcher("id", field((problem, viewer) -> GlobalId.encode(ProblemQueries.TYPE, problem.getId())))
			.dataFetcher("title",
					field((problem, viewer) -> ProblemAccess.canSeePrivate(problem, viewer) ? problem.getTitle()
							: problem.getPublicTitle()))
			.dataFetcher("body",
					field((problem, viewer) -> ProblemAccess.canSeePrivate(problem, viewer) ? problem.getBody()
							: problem.getPublicBody()))
			.dataFetcher("category", field((problem, viewer) -> categories.get(problem.getCategory())))
			.dataFetcher("contact", field(
					(problem, viewer) -> ProblemAccess.canSeePrivate(problem, viewer) ? problem.getContact() : null))
			.dataFetcher("intakeMethod",
					field((problem, viewer) -> ProblemAccess.canSeePrivate(problem, viewer) ? problem.getIntakeMethod()
							: null))
			// The reason concerns the submitter and staff; rejected problems are not
			// public anyway.
			.dataFetcher("rejectionReason", field((problem, viewer) -> ProblemAccess.canSeePrivate(problem, viewer)
					? problem.getRejectionReason() : null)));
	}

	private static TrivialDataFetcher<Object> field(BiFunction<Problem, Optional<Viewer>, Object> value) {
		return (DataFetchingEnvironment env) -> value.apply(env.getSource(),
				SignedInInterceptor.viewer(env.getGraphQlContext()));
	}

}
