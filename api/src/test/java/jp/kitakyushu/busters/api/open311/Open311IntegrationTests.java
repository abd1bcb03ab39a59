package jp.kitakyushu.busters.api.open311;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 GeoReport v2 driven with requests shaped like the specification's own examples
 * (services, a service definition, a POST with every optional field, requests by date and
 * status, a request by id, a token), in JSON and in XML; keys issued and revoked by
 * staff; and every malformed request refused with the specification's error array,
 * writing nothing.
 */
class Open311IntegrationTests extends ApiIntegrationTest {

	static final String ISSUE = """
			mutation($input: Open311ApiKeyIssueInput!) {
			  open311ApiKeyIssue(input: $input) { key apiKey { id keyId name perHourLimit submissions revokedAt } userErrors { code message } }
			}""";

	static final String REVOKE = """
			mutation($id: ID!) { open311ApiKeyRevoke(input: { apiKeyId: $id }) { apiKey { id revokedAt } userErrors { code } } }""";

	static final String KEYS = "{ open311ApiKeys { totalCount nodes { id keyId name submissions lastUsedAt } } }";

	static final String JURISDICTION = "city.kitakyushu.lg.jp";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	record Answer(int status, String body, String contentType) {
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	Answer post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + "/open311/v2/" + path);
	}

	JsonNode parse(Answer answer) {
		return this.json.readTree(answer.body());
	}

	static Document xml(Answer answer) {
		try {
			return DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(answer.body(), ex);
		}
	}

	static String text(Document document, String tag) {
		return document.getElementsByTagName(tag).item(0).getTextContent();
	}

	String issueKey(int perHour) {
		Response issued = staff().run(ISSUE,
				Map.of("input", Map.of("name", "FixMyStreet 北九州", "perHourLimit", perHour)));
		assertThat(issued.data("open311ApiKeyIssue", "userErrors").isEmpty()).as(issued.raw()).isTrue();
		return issued.data("open311ApiKeyIssue", "key").asString();
	}

	/** The specification's example POST, moved to Kitakyushu. */
	Map<String, String> examplePost(String key) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("api_key", key);
		form.put("jurisdiction_id", JURISDICTION);
		form.put("service_code", "TRANSPORT");
		form.put("lat", "33.88412");
		form.put("long", "130.87523");
		form.put("address_string", "福岡県北九州市小倉北区浅野1丁目");
		form.put("email", "smith@example.jp");
		form.put("device_id", "tt222111");
		form.put("account_id", "123456");
		form.put("first_name", "John");
		form.put("last_name", "Smith");
		form.put("phone", "090-0000-2222");
		form.put("description", "バス停の屋根が壊れています。連絡は090-0000-2222（山田）までお願いします。");
		form.put("media_url", "https://example.jp/photo.jpg");
		form.put("attribute[TITLE]", "バス停の屋根が壊れている");
		return form;
	}

	long problems() {
		return this.mongo.getCollection("problems").countDocuments();
	}

	@Test
	void discoveryAndServicesInBothFormats() {
		JsonNode discovery = parse(get("discovery.json"));
		assertThat(discovery.path("endpoints").get(0).path("specification").asString())
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		Document discoveryXml = xml(get("discovery.xml"));
		assertThat(discoveryXml.getDocumentElement().getTagName()).isEqualTo("discovery");
		assertThat(discoveryXml.getElementsByTagName("format").getLength()).isEqualTo(2);

		Answer services = get("services.json?jurisdiction_id=" + JURISDICTION);
		assertThat(services.contentType()).startsWith("application/json");
		JsonNode list = parse(services);
		assertThat(list.size()).isEqualTo(10);
		assertThat(list.get(1).path("service_code").asString()).isEqualTo("ELDERLY");
		assertThat(list.get(1).path("service_name").asString()).isEqualTo("高齢者・福祉");
		assertThat(list.get(1).path("metadata").asBoolean()).isTrue();
		Answer servicesXml = get("services.xml?jurisdiction_id=" + JURISDICTION);
		assertThat(servicesXml.contentType()).startsWith("text/xml");
		Document document = xml(servicesXml);
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("services");
		assertThat(document.getElementsByTagName("service").getLength()).isEqualTo(10);

		Document definition = xml(get("services/ELDERLY.xml?jurisdiction_id=" + JURISDICTION));
		assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
		Element ward = (Element) definition.getElementsByTagName("attribute").item(0);
		assertThat(text(definition, "code")).isEqualTo("WARD");
		assertThat(ward.getElementsByTagName("value").getLength()).isEqualTo(8);
		JsonNode definitionJson = parse(get("services/ELDERLY.json"));
		assertThat(definitionJson.path("attributes").get(1).path("code").asString()).isEqualTo("TITLE");
		assertThat(get("services/NOPE.json").status()).isEqualTo(404);
	}

	@Test
	void aRequestIsPostedFollowedAndReadWithPersonalDataMasked() {
		String key = issueKey(100);
		Answer posted = post("requests.json", examplePost(key));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		JsonNode created = parse(posted).get(0);
		String id = created.path("service_request_id").asString();
		String token = created.path("token").asString();
		assertThat(id).matches("[0-9a-f]{24}");

		JsonNode pending = parse(get("requests/" + id + ".json?jurisdiction_id=" + JURISDICTION)).get(0);
		assertThat(pending.path("status").asString()).isEqualTo("open");
		assertThat(pending.path("description").isNull()).isTrue();
		JsonNode staffView = staff().run(
				"query($id: ID!) { node(id: $id) { ... on Problem { channel status ward title contact { name phone } } } }",
				Map.of("id", jp.kitakyushu.busters.api.system.graphql.GlobalId.encode("Problem", id)))
			.data("node");
		assertThat(staffView.path("channel").asString()).isEqualTo("OPEN311");
		assertThat(staffView.path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(staffView.path("ward").asString()).isEqualTo("KOKURA_KITA");
		assertThat(staffView.path("title").asString()).isEqualTo("バス停の屋根が壊れている");
		assertThat(staffView.path("contact").path("phone").asString()).isEqualTo("090-0000-2222");

		staff().op("problemModerate", "Publish",
				Map.of("id", jp.kitakyushu.busters.api.system.graphql.GlobalId.encode("Problem", id)));
		Answer read = get("requests/" + id + ".xml?jurisdiction_id=" + JURISDICTION);
		Document request = xml(read);
		assertThat(request.getDocumentElement().getTagName()).isEqualTo("service_requests");
		assertThat(text(request, "service_request_id")).isEqualTo(id);
		assertThat(text(request, "status")).isEqualTo("open");
		assertThat(text(request, "service_code")).isEqualTo("TRANSPORT");
		assertThat(text(request, "address")).isEqualTo("北九州市小倉北区");
		assertThat(text(request, "lat")).isEqualTo("33.884");
		assertThat(text(request, "description")).contains("バス停の屋根が壊れています");
		assertThat(read.body()).doesNotContain("090-0000-2222", "山田", "Smith", "smith@example.jp", "浅野");

		String window = "start_date=" + Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
				+ "&end_date=" + Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		JsonNode open = parse(get("requests.json?jurisdiction_id=" + JURISDICTION + "&" + window + "&status=open"));
		assertThat(open.size()).isEqualTo(1);
		assertThat(open.get(0).path("service_request_id").asString()).isEqualTo(id);
		assertThat(parse(get("requests.json?status=closed")).size()).isZero();
		assertThat(xml(get("requests.xml?service_code=TRANSPORT&page=1&page_size=10")).getElementsByTagName("request")
			.getLength()).isEqualTo(1);
		assertThat(parse(get("requests.json?page=2&page_size=10")).size()).isZero();
		assertThat(parse(get("requests.json?service_request_id=" + id + ",ffffffffffffffffffffffff")).size())
			.isEqualTo(1);

		Document tokenAnswer = xml(get("tokens/" + token + ".xml?jurisdiction_id=" + JURISDICTION));
		assertThat(text(tokenAnswer, "service_request_id")).isEqualTo(id);

		JsonNode keys = staff().run(KEYS).data("open311ApiKeys", "nodes");
		assertThat(keys.get(0).path("submissions").asInt()).isEqualTo(1);
		assertThat(keys.toString()).doesNotContain(key.substring(key.lastIndexOf('_') + 1));
	}

	@Test
	void malformedRequestsGetTheSpecificationsErrorsAndWriteNothing() {
		String key = issueKey(100);
		long before = problems();

		Map<String, String> noService = examplePost(key);
		noService.remove("service_code");
		assertError(post("requests.json", noService), 400, "service_code");

		Map<String, String> outside = examplePost(key);
		outside.put("lat", "35.6812");
		outside.put("long", "139.7671");
		assertError(post("requests.json", outside), 400, "outside Kitakyushu");

		Map<String, String> wrongKey = examplePost(key + "x");
		Answer forbidden = post("requests.xml", wrongKey);
		assertThat(forbidden.status()).isEqualTo(403);
		Document errors = xml(forbidden);
		assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
		assertThat(text(errors, "code")).isEqualTo("403");
		assertThat(text(errors, "description")).contains("api_key");

		Map<String, String> noKey = examplePost(key);
		noKey.remove("api_key");
		assertError(post("requests.json", noKey), 403, "api_key is required");

		assertError(post("requests.csv", examplePost(key)), 400, "Unknown format 'csv'");
		assertError(get("services.yaml"), 400, ".json or .xml");

		Map<String, String> otherCity = examplePost(key);
		otherCity.put("jurisdiction_id", "city.fukuoka.lg.jp");
		assertError(post("requests.json", otherCity), 404, "city.kitakyushu.lg.jp");

		Map<String, String> nowhere = examplePost(key);
		nowhere.remove("lat");
		nowhere.remove("long");
		nowhere.remove("address_string");
		assertError(post("requests.json", nowhere), 400, "location");

		Map<String, String> tooLong = examplePost(key);
		tooLong.put("description", "あ".repeat(4001));
		assertError(post("requests.json", tooLong), 400, "4001");

		assertError(get("requests/ffffffffffffffffffffffff.json"), 404, "ffffffffffffffffffffffff");
		assertError(get("tokens/no-such-token.json"), 404, "no-such-token");
		assertError(get("requests.json?status=pending"), 400, "pending");
		assertError(get("requests.json?page_size=5000"), 400, "page_size");
		assertError(get("requests.json?start_date=yesterday"), 400, "start_date");
		assertThat(problems()).isEqualTo(before);
	}

	@Test
	void keysAreIssuedToStaffCountedLimitedAndRevoked() {
		assertThat(anonymous().run(ISSUE, Map.of("input", Map.of("name", "x"))).firstErrorCode())
			.isEqualTo("UNAUTHENTICATED");
		assertThat(reporter().run(ISSUE, Map.of("input", Map.of("name", "x"))).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(citizen().run(KEYS).firstErrorCode()).isEqualTo("FORBIDDEN");
		Response badLimit = staff().run(ISSUE, Map.of("input", Map.of("name", "x", "perHourLimit", 0)));
		assertThat(badLimit.data("open311ApiKeyIssue", "userErrors").get(0).path("code").asString())
			.isEqualTo("OUT_OF_RANGE");

		String key = issueKey(2);
		assertThat(post("requests.json", examplePost(key)).status()).isEqualTo(201);
		assertThat(post("requests.json", examplePost(key)).status()).isEqualTo(201);
		long before = problems();
		assertError(post("requests.json", examplePost(key)), 429, "2 submissions");
		assertThat(problems()).isEqualTo(before);

		String id = staff().run(KEYS).data("open311ApiKeys", "nodes").get(0).path("id").asString();
		Response revoked = staff().run(REVOKE, Map.of("id", id));
		assertThat(revoked.data("open311ApiKeyRevoke", "apiKey", "revokedAt").isNull()).isFalse();
		assertError(post("requests.json", examplePost(key)), 403, "revoked");
		assertThat(staff().run(REVOKE, Map.of("id", id))
			.data("open311ApiKeyRevoke", "userErrors")
			.get(0)
			.path("code")
			.asString()).isEqualTo("WRONG_STATE");
	}

	void assertError(Answer answer, int status, String fragment) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		JsonNode errors = parse(answer);
		assertThat(errors.isArray()).isTrue();
		assertThat(errors.get(0).path("code").asInt()).isEqualTo(status);
		assertThat(errors.get(0).path("description").asString()).contains(fragment);
	}

}
