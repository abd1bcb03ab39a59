package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the company end-to-end tests do outside the browser: staff acting through the api
 * (verifying a company), reading a company's proposal ids as its member, and new citizens
 * created through Keycloak's admin API for one test (deleted afterwards, so the realm
 * export holds nothing test-only).
 */
final class CompanyApi {

	/**
	 * The password of citizens made for one test: the realm's policy wants 8 characters
	 * for new passwords, so the demo users' "demo" does not do.
	 */
	static final String CITIZEN_PASSWORD = "e2e-citizen-demo";

	private static final SecureRandom RANDOM = new SecureRandom();

	private CompanyApi() {
	}

	/**
	 * Runs a GraphQL document with a user's token and returns its data, failing on
	 * errors.
	 */
	static JsonNode graphQl(String token, String document, Map<String, Object> variables) {
		HttpResponse<String> response = Http.postJson(Platform.GRAPHQL,
				Map.of("query", document, "variables", variables), "Authorization", "Bearer " + token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.path("errors").isMissingNode()).as(response.body()).isTrue();
		return body.path("data");
	}

	/** Staff verify a company, as the city does after checking it. */
	static void verify(String companyId) {
		JsonNode verified = graphQl(Keycloak.userToken("staff"),
				"mutation($id: ID!) { companyVerify(input: { companyId: $id }) { company { status } userErrors { code } } }",
				Map.of("id", companyId));
		assertThat(verified.path("companyVerify").path("company").path("status").asString()).isEqualTo("VERIFIED");
	}

	/** The global ids of every proposal of a demo user's companies. */
	static List<String> proposalIds(String username) {
		JsonNode nodes = graphQl(Keycloak.userToken(username), "{ myProposals(first: 100) { nodes { id status } } }",
				Map.of())
			.path("myProposals")
			.path("nodes");
		List<String> ids = new ArrayList<>();
		nodes.forEach((node) -> ids.add(node.path("id").asString()));
		return ids;
	}

	/** The id of one of a demo user's proposals in the given state. */
	static String proposalIn(String username, String status) {
		JsonNode nodes = graphQl(Keycloak.userToken(username), "{ myProposals(first: 100) { nodes { id status } } }",
				Map.of())
			.path("myProposals")
			.path("nodes");
		for (JsonNode node : nodes) {
			if (status.equals(node.path("status").asString())) {
				return node.path("id").asString();
			}
		}
		throw new AssertionError(username + " has no " + status + " proposal");
	}

	/**
	 * A valid corporate number no one has registered: a random 12-digit base with its
	 * check digit (9 − Σ digit × 1 or 2, from the right, mod 9).
	 */
	static String freshCorporateNumber() {
		StringBuilder base = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			base.append(RANDOM.nextInt(10));
		}
		int sum = 0;
		for (int fromRight = 0; fromRight < 12; fromRight++) {
			sum += (base.charAt(11 - fromRight) - '0') * ((fromRight % 2 == 0) ? 1 : 2);
		}
		return (9 - sum % 9) + base.toString();
	}

	/** The same number with a wrong first digit. */
	static String withWrongCheckDigit(String number) {
		return ((number.charAt(0) - '0' + 1) % 10) + number.substring(1);
	}

	/**
	 * A new citizen (password {@value #CITIZEN_PASSWORD}) for one test; closing it
	 * deletes the account.
	 */
	static Citizen newCitizen(String familyName, String givenName) {
		String admin = Keycloak.masterAdminToken();
		String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", username);
		user.put("enabled", true);
		user.put("email", username + "@example.org");
		user.put("emailVerified", true);
		user.put("firstName", givenName);
		user.put("lastName", familyName);
		user.put("credentials", List.of(Map.of("type", "password", "value", CITIZEN_PASSWORD, "temporary", false)));
		URI users = URI.create(Platform.KEYCLOAK + "/admin/realms/busters/users");
		HttpResponse<String> created = Http.postJson(users, user, "Authorization", "Bearer " + admin);
		assertThat(created.statusCode()).as("creating %s: %s", username, created.body()).isEqualTo(201);
		URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
		HttpResponse<String> role = Http
			.send(HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK + "/admin/realms/busters/roles/citizen"))
				.header("Authorization", "Bearer " + admin)
				.GET());
		assertThat(role.statusCode()).as(role.body()).isEqualTo(200);
		JsonNode citizen = Http.json(role);
		HttpResponse<String> mapped = Http.postJson(URI.create(location + "/role-mappings/realm"),
				List.of(Map.of("id", citizen.path("id").asString(), "name", "citizen")), "Authorization",
				"Bearer " + admin);
		assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);
		return new Citizen(username, location);
	}

	/** The realm roles Keycloak holds for a user now. */
	static List<String> realmRoles(Citizen citizen) {
		HttpResponse<String> response = Http
			.send(HttpRequest.newBuilder(URI.create(citizen.adminUri() + "/role-mappings/realm"))
				.header("Authorization", "Bearer " + Keycloak.masterAdminToken())
				.GET());
		List<String> roles = new ArrayList<>();
		Http.json(response).forEach((role) -> roles.add(role.path("name").asString()));
		return roles;
	}

	/**
	 * A citizen created for one test.
	 *
	 * @param username their user name
	 * @param adminUri their admin API resource
	 */
	record Citizen(String username, URI adminUri) implements AutoCloseable {

		@Override
		public void close() {
			Http.send(HttpRequest.newBuilder(this.adminUri)
				.DELETE()
				.header("Authorization", "Bearer " + Keycloak.masterAdminToken()));
		}

	}

}
