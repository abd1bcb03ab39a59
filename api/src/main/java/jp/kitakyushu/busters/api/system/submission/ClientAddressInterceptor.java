package jp.kitakyushu.busters.api.system.submission;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the caller's network address into the GraphQL context, for per-address rate
 * limits.
 */
@Component
class ClientAddressInterceptor implements WebGraphQlInterceptor {

	static final String ADDRESS = "busters.clientAddress";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var remote = request.getRemoteAddress();
		String address = (remote != null) ? remote.getAddress().getHostAddress() : "unknown";
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ADDRESS, address)).build());
		return chain.next(request);
	}

}
