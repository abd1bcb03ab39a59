package jp.kitakyushu.busters.api.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL documents to a running api over real HTTP, as any client would, and
 * returns the status and the parsed body, errors included.
 */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	public GraphQlHttp(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	/** Posts a document without a token. */
	public Response post(String document) {
		return post(document, Map.of(), null);
	}

	/** Posts a document with variables and an optional bearer token. */
	public Response post(String document, Map<String, Object> variables, @Nullable String token) {
		return post(document, null, variables, token);
	}

	/**
	 * Posts one named operation of a document with variables and an optional bearer
	 * token.
	 */
	public Response post(String document, @Nullable String operationName, Map<String, Object> variables,
			@Nullable String token) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		if (operationName != null) {
			body.put("operationName", operationName);
		}
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One HTTP answer from the api.
	 *
	 * @param status the HTTP status
	 * @param raw the body as sent
	 * @param json the body parsed
	 */
	public record Response(int status, String raw, JsonNode json) {

		/** The {@code extensions.code} of the first error, or null when there is none. */
		public @Nullable String firstErrorCode() {
			JsonNode errors = this.json.path("errors");
			return errors.isEmpty() ? null : errors.get(0).path("extensions").path("code").asString(null);
		}

		/** A value under {@code data} by path, e.g. {@code data("me", "subject")}. */
		public JsonNode data(String... path) {
			JsonNode node = this.json.path("data");
			for (String step : path) {
				node = node.path(step);
			}
			return node;
		}

	}

}
