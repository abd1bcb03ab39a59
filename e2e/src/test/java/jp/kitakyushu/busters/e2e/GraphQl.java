package jp.kitakyushu.busters.e2e;

import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api as a test reaches it beside the browser: a real token of a demo user, a query
 * or mutation, its data. Used to set up what a page test needs (a proposal a company
 * submits) and to check what a page did (nothing written after a refused form).
 *
 * @param token the access token, or null for anonymous
 */
record GraphQl(String token) {

	/** A demo user through Keycloak's login page. */
	static GraphQl as(String username) {
		return new GraphQl(Keycloak.userToken(username));
	}

	/** Runs a document and returns its {@code data}, failing on GraphQL errors. */
	JsonNode data(String document, Map<String, Object> variables) {
		HttpResponse<String> response = Http.postJson(Platform.GRAPHQL,
				Map.of("query", document, "variables", variables), "Authorization", "Bearer " + this.token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode json = Http.json(response);
		assertThat(json.path("errors").isMissingNode() || json.path("errors").isEmpty()).as(response.body()).isTrue();
		return json.path("data");
	}

	JsonNode data(String document) {
		return data(document, Map.of());
	}

	/** The first node's id of a list at {@code data.<field>.nodes}. */
	String firstId(String document, String field) {
		JsonNode nodes = data(document).path(field).path("nodes");
		assertThat(nodes.isEmpty()).as("no %s in the demo data", field).isFalse();
		return nodes.get(0).path("id").asString();
	}

}
