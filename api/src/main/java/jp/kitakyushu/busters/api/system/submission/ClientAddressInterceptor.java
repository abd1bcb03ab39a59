package jp.kitakyushu.busters.api.system.submission;

import java.util.Map;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.system.security.Viewer;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the caller's network address into the GraphQL context, for per-address rate
 * limits; controllers turn it into a {@link Submitter} for the services.
 */
@Component
public class ClientAddressInterceptor implements WebGraphQlInterceptor {

	static final String ADDRESS = "busters.clientAddress";

	/**
	 * The signed-in caller (or {@code anonymous}) and their address, as services take
	 * them.
	 */
	public static Submitter submitter(GraphQLContext context) {
		return submitter(Viewer.current().map(Viewer::subject).orElse("anonymous"), context);
	}

	/** A submission made in the name of {@code subject} from the context's address. */
	public static Submitter submitter(String subject, GraphQLContext context) {
		return new Submitter(subject, context.getOrDefault(ADDRESS, "unknown"));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var remote = request.getRemoteAddress();
		String address = (remote != null) ? remote.getAddress().getHostAddress() : "unknown";
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ADDRESS, address)).build());
		return chain.next(request);
	}

}
