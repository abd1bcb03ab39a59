package jp.kitakyushu.busters.api.system.security;

import java.util.Map;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Records in the GraphQL context whether the request came with a valid token, read while
 * the request's security context is certainly present, so error handling on any thread
 * can tell "sign in first" from "not allowed".
 */
@Component
public class SignedInInterceptor implements WebGraphQlInterceptor {

	private static final String SIGNED_IN = "busters.signedIn";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean signedIn = Viewer.current().isPresent();
		request
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(SIGNED_IN, signedIn)).build());
		return chain.next(request);
	}

	/** Whether the request of this context carried a valid token. */
	public static boolean isSignedIn(GraphQLContext context) {
		return Boolean.TRUE.equals(context.get(SIGNED_IN));
	}

}
