package jp.kitakyushu.busters.api.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error that graphql-java raises itself (syntax, validation, aborted
 * execution) the same {@code extensions.code} as the errors our resolvers raise, so a
 * client can rely on the code being present on every error.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(ErrorCodeInterceptor::withCodes);
	}

	private static WebGraphQlResponse withCodes(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.isEmpty() || errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
			return response;
		}
		List<GraphQLError> coded = errors.stream().map(ErrorCodeInterceptor::withCode).toList();
		return response.transform((builder) -> builder.errors(coded));
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		if (hasCode(error)) {
			return error;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("code", codeFor(error.getErrorType()).name());
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	static ErrorCode codeFor(ErrorClassification classification) {
		if (classification == ErrorType.UNAUTHORIZED) {
			return ErrorCode.UNAUTHENTICATED;
		}
		if (classification == ErrorType.FORBIDDEN) {
			return ErrorCode.FORBIDDEN;
		}
		if (classification == ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		if (classification == ErrorType.INTERNAL_ERROR || classification == graphql.ErrorType.DataFetchingException) {
			return ErrorCode.INTERNAL;
		}
		// Syntax, validation, unsupported operations and limits hit before execution.
		return ErrorCode.BAD_REQUEST;
	}

}
