package jp.kitakyushu.busters.api.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends GraphQL requests to the api over HTTP as its clients do, and tells a good answer
 * (200 without errors) from a bad one.
 */
final class BenchHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI endpoint;

	BenchHttp(URI endpoint) {
		this.endpoint = endpoint;
	}

	/** A request body for a document and its variables. */
	static String body(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return JSON.writeValueAsString(body);
	}

	/**
	 * Sends a body; returns how long the answer took in nanoseconds, or -1 for a bad one.
	 */
	long time(String body, @Nullable String token) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.http.send(request(body, token), HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - started;
			return (response.statusCode() == 200 && !response.body().contains("\"errors\"")) ? took : -1;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** Sends a body and returns the parsed answer, failing on a bad one. */
	JsonNode send(String body, @Nullable String token) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request(body, token), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("The api answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(500, response.body().length())));
		}
		return JSON.readTree(response.body());
	}

	private HttpRequest request(String body, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}

}
