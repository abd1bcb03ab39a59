package jp.kitakyushu.busters.web.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.stereotype.Component;

/**
 * The web app's only way to the api: GraphQL over HTTP, carrying the signed-in user's
 * access token (relayed from the server-side session) or no token for anonymous visitors.
 */
@Component
public class ApiClient {

	private static final Logger log = LoggerFactory.getLogger(ApiClient.class);

	private final HttpSyncGraphQlClient graphQl;

	ApiClient(HttpSyncGraphQlClient graphQl) {
		this.graphQl = graphQl;
	}

	/**
	 * Runs a GraphQL document; an unreachable api yields an empty result rather than a
	 * failed page, so pages can say "not available right now".
	 */
	public ApiResult execute(String document, Map<String, Object> variables) {
		try {
			ClientGraphQlResponse response = this.graphQl.document(document).variables(variables).executeSync();
			return new ApiResult(response);
		}
		catch (RuntimeException ex) {
			log.warn("The api could not be reached: {}", ex.getMessage());
			return ApiResult.unavailable();
		}
	}

}
