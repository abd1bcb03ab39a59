package jp.kitakyushu.busters.api.system;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where exceptions become GraphQL errors: each gets a stable
 * {@code extensions.code} and a message safe to show, never a stack trace.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		if (isAnonymous(env)) {
			return error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED,
					"Sign in to do this: this operation needs a valid access token.");
		}
		return error(env, ErrorType.FORBIDDEN, ErrorCode.FORBIDDEN, "You are not allowed to do this.");
	}

	@GraphQlExceptionHandler
	GraphQLError unauthenticated(AuthenticationException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED,
				"Sign in to do this: this operation needs a valid access token.");
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError badRequest(IllegalArgumentException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ErrorCode.BAD_REQUEST, ex.getMessage());
	}

	@GraphQlExceptionHandler
	GraphQLError rateLimited(RateLimitedException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(Map.of("code", ErrorCode.RATE_LIMITED.name(), "retryAfterSeconds", ex.retryAfterSeconds()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError internal(Throwable ex, DataFetchingEnvironment env) {
		// The client gets an id to quote; the log keeps the detail under the same id.
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected failure in {} (incident {})", env.getExecutionStepInfo().getPath(), incident, ex);
		return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL,
				"Something went wrong on our side. Quote incident " + incident + " if you contact us.");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("code", code.name()))
			.build();
	}

	private static boolean isAnonymous(DataFetchingEnvironment env) {
		// A data fetcher run on the executor may fail after its thread's context was
		// cleared, so the handler may run without it; the request's security context also
		// travels in the GraphQL context, under the key of Spring Security's accessor.
		Object captured = env.getGraphQlContext().get(SecurityContext.class.getName());
		Authentication authentication = (captured instanceof SecurityContext context) ? context.getAuthentication()
				: SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

}
