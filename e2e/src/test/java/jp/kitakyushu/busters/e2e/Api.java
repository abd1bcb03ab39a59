package jp.kitakyushu.busters.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api as the page tests use it behind the browser's back: what staff do through the
 * api (publish a problem), finding demo objects for pages to open, and reading the demo's
 * mail server (verification links, notifications) as staff would on the demo mail page.
 */
final class Api {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private Api() {
	}

	/**
	 * Runs a document with a token (or none) and returns its {@code data}, failing on
	 * errors.
	 */
	static JsonNode data(String token, String document, Map<String, Object> variables) {
		HttpResponse<String> response = (token != null)
				? Http.postJson(Platform.GRAPHQL, Map.of("query", document, "variables", variables), "Authorization",
						"Bearer " + token)
				: Http.postJson(Platform.GRAPHQL, Map.of("query", document, "variables", variables));
		JsonNode body = Http.json(response);
		assertThat(body.path("errors").isMissingNode() || body.path("errors").isEmpty()).as(response.body()).isTrue();
		return body.path("data");
	}

	/** Anonymous query. */
	static JsonNode anonymous(String document) {
		return data(null, document, Map.of());
	}

	/** A global id found by an anonymous query at a path, e.g. the first open theme. */
	static String id(String document, String... path) {
		JsonNode node = anonymous(document);
		for (String step : path) {
			node = node.isArray() ? node.get(Integer.parseInt(step)) : node.path(step);
		}
		assertThat(node.asString()).as("id at %s", String.join(".", path)).isNotBlank();
		return node.asString();
	}

	/** Staff publish a submitted problem, as moderation would. */
	static void publish(String problemId) {
		JsonNode payload = data(Keycloak.userToken("staff"),
				"mutation($id: ID!) { problemPublish(input: { problemId: $id }) { problem { status } userErrors { message } } }",
				Map.of("id", problemId))
			.path("problemPublish");
		assertThat(payload.path("userErrors").isEmpty()).as(payload.toString()).isTrue();
		assertThat(payload.path("problem").path("status").asString()).isEqualTo("PUBLISHED");
	}

	/** A citizen posts a problem through the api; it waits for moderation. */
	static String submit(String username, String title, String body, String category, String ward) {
		JsonNode payload = data(Keycloak.userToken(username),
				"mutation($input: ProblemSubmitInput!) { problemSubmit(input: $input) { problem { id } userErrors { message } } }",
				Map.of("input", Map.of("title", title, "body", body, "category", category, "ward", ward)))
			.path("problemSubmit");
		assertThat(payload.path("userErrors").isEmpty()).as(payload.toString()).isTrue();
		return payload.path("problem").path("id").asString();
	}

	/**
	 * Staff decline to publish a submitted problem, with a reason the submitter reads.
	 */
	static void reject(String problemId, String reason) {
		JsonNode payload = data(Keycloak.userToken("staff"),
				"mutation($input: ProblemRejectInput!) { problemReject(input: $input) { problem { status } userErrors { message } } }",
				Map.of("input", Map.of("problemId", problemId, "reason", reason)))
			.path("problemReject");
		assertThat(payload.path("userErrors").isEmpty()).as(payload.toString()).isTrue();
		assertThat(payload.path("problem").path("status").asString()).isEqualTo("REJECTED");
	}

	/** Staff merge a duplicate into a published problem. */
	static void merge(String problemId, String intoProblemId) {
		JsonNode payload = data(Keycloak.userToken("staff"),
				"mutation($input: ProblemMergeInput!) { problemMerge(input: $input) { problem { status } userErrors { message } } }",
				Map.of("input", Map.of("problemId", problemId, "intoProblemId", intoProblemId)))
			.path("problemMerge");
		assertThat(payload.path("userErrors").isEmpty()).as(payload.toString()).isTrue();
		assertThat(payload.path("problem").path("status").asString()).isEqualTo("MERGED");
	}

	/**
	 * Staff open a theme that takes up these published problems (their submitters are
	 * told), and return its id.
	 */
	static String openTheme(String title, List<String> problemIds) {
		String staff = Keycloak.userToken("staff");
		Instant now = Instant.now();
		Map<String, Object> input = new HashMap<>();
		input.put("title", title);
		input.put("description", "エンドツーエンドのテストが開いたテーマです。");
		input.put("category", "ENVIRONMENT");
		input.put("problemIds", problemIds);
		input.put("expectedOutcomes", List.of("夜道が明るくなる"));
		input.put("budgetCap", 1_000_000L);
		input.put("opensAt", now.minus(Duration.ofHours(1)).toString());
		input.put("closesAt", now.plus(Duration.ofDays(30)).toString());
		input.put("criteria", List.of(Map.of("name", "実現可能性", "weight", 1, "description", "半年以内に実証できるか")));
		JsonNode created = data(staff,
				"mutation($input: ThemeCreateInput!) { themeCreate(input: $input) { theme { id } userErrors { field message } } }",
				Map.of("input", input))
			.path("themeCreate");
		assertThat(created.path("userErrors").isEmpty()).as(created.toString()).isTrue();
		String id = created.path("theme").path("id").asString();
		JsonNode published = data(staff,
				"mutation($id: ID!) { themePublish(input: { themeId: $id }) { theme { status } userErrors { field message } } }",
				Map.of("id", id))
			.path("themePublish");
		assertThat(published.path("userErrors").isEmpty()).as(published.toString()).isTrue();
		return id;
	}

	/**
	 * Waits for a mail to this address whose subject contains the words, in the demo's
	 * mail server, and returns it.
	 */
	static JsonNode waitForMail(String to, String subjectContains, Duration timeout) {
		Instant until = Instant.now().plus(timeout);
		String staff = Keycloak.userToken("staff");
		while (true) {
			Optional<JsonNode> found = mailbox(staff).valueStream()
				.filter((mail) -> mail.path("to").valueStream().anyMatch((address) -> address.asString().contains(to)))
				.filter((mail) -> mail.path("subject").asString().contains(subjectContains))
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			assertThat(Instant.now()).as("no mail to %s about '%s' within %s", to, subjectContains, timeout)
				.isBefore(until);
			sleep(Duration.ofMillis(500));
		}
	}

	/** The first link in a mail's text. */
	static String firstLink(JsonNode mail) {
		Matcher link = LINK.matcher(mail.path("text").asString());
		assertThat(link.find()).as("a link in: %s", mail.path("text").asString()).isTrue();
		return link.group().replace("&amp;", "&");
	}

	private static JsonNode mailbox(String staffToken) {
		JsonNode box = data(staffToken,
				"{ demoMailbox(first: 100) { running messages { nodes { to subject text } } } }", Map.of())
			.path("demoMailbox");
		assertThat(box.path("running").asBoolean()).as("the demo mail server runs").isTrue();
		return box.path("messages").path("nodes");
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
