package jp.kitakyushu.busters.web.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;

/**
 * The web app's only way to the api: GraphQL over HTTP, carrying the signed-in user's
 * access token (relayed from the server-side session) or no token for anonymous visitors.
 * <p>
 * Every request is a document under {@code graphql-documents/}, named by its file (e.g.
 * {@code visitor/problemList} for {@code graphql-documents/visitor/problemList.graphql}),
 * so the queries are files a reader can run in GraphiQL and a test checks against the
 * api's schema.
 */
@Component
public class ApiClient {

	private static final Logger log = LoggerFactory.getLogger(ApiClient.class);

	private final HttpSyncGraphQlClient graphQl;

	ApiClient(HttpSyncGraphQlClient graphQl) {
		this.graphQl = graphQl;
	}

	/**
	 * Runs the named document; an unreachable api yields an empty result rather than a
	 * failed page, so pages can say "not available right now". A session whose tokens
	 * Keycloak no longer accepts is not hidden: the exception makes Spring Security send
	 * the user to sign in again.
	 */
	public ApiResult execute(String documentName, Map<String, ?> variables) {
		try {
			ClientGraphQlResponse response = this.graphQl.documentName(documentName)
				.variables(Map.copyOf(variables))
				.executeSync();
			if (!response.getErrors().isEmpty()) {
				// Pages cope (they show what they have); the log says what the api
				// refused.
				log.info("The api answered {} with errors: {}", documentName, response.getErrors());
			}
			return new ApiResult(response);
		}
		catch (ClientAuthorizationException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("The api could not answer {}: {}", documentName, ex.getMessage());
			return ApiResult.unavailable();
		}
	}

	/** Runs the named document without variables. */
	public ApiResult execute(String documentName) {
		return execute(documentName, Map.of());
	}

}
