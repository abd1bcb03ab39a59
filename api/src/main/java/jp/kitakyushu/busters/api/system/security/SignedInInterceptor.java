package jp.kitakyushu.busters.api.system.security;

import java.util.Map;
import java.util.Optional;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Records in the GraphQL context whether the request came with a valid token and who sent
 * it, read while the request's security context is certainly present, so error handling
 * on any thread can tell "sign in first" from "not allowed", and the fields of a page's
 * items need not read the token again for each item.
 */
@Component
public class SignedInInterceptor implements WebGraphQlInterceptor {

	private static final String SIGNED_IN = "busters.signedIn";

	private static final String VIEWER = "busters.viewer";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Optional<Viewer> viewer = Viewer.current();
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext(Map.of(SIGNED_IN, viewer.isPresent(), VIEWER, viewer)).build());
		return chain.next(request);
	}

	/** Whether the request of this context carried a valid token. */
	public static boolean isSignedIn(GraphQLContext context) {
		return Boolean.TRUE.equals(context.get(SIGNED_IN));
	}

	/**
	 * The caller of the request of this context; from the current thread's security
	 * context when the request did not come through the web (a test's direct execution).
	 */
	public static Optional<Viewer> viewer(GraphQLContext context) {
		Optional<Viewer> viewer = context.get(VIEWER);
		return (viewer != null) ? viewer : Viewer.current();
	}

}
