package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second city officer for one test (a second reviewer), created through Keycloak's
 * admin API with the staff role and deleted afterwards, so the realm export keeps only
 * its demo users.
 *
 * @param username the sign-in name
 * @param password the password
 * @param adminUri the user's admin API resource
 */
record TemporaryStaff(String username, String password, URI adminUri) implements AutoCloseable {

	private static final String USERS = Platform.KEYCLOAK + "/admin/realms/busters/users";

	static TemporaryStaff create(String familyName, String givenName) {
		String admin = Keycloak.masterAdminToken();
		String username = "e2e-staff-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "e2e-" + UUID.randomUUID();
		HttpResponse<String> created = Http.postJson(URI.create(USERS),
				Map.of("username", username, "enabled", true, "firstName", givenName, "lastName", familyName, "email",
						username + "@example.invalid", "emailVerified", true, "credentials",
						List.of(Map.of("type", "password", "value", password, "temporary", false))),
				"Authorization", "Bearer " + admin);
		assertThat(created.statusCode()).as("creating %s: %s", username, created.body()).isEqualTo(201);
		URI user = URI.create(created.headers().firstValue("Location").orElseThrow());
		JsonNode role = Http
			.json(Http.send(HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK + "/admin/realms/busters/roles/staff"))
				.header("Authorization", "Bearer " + admin)
				.GET()));
		HttpResponse<String> granted = Http.postJson(URI.create(user + "/role-mappings/realm"), List.of(role),
				"Authorization", "Bearer " + admin);
		assertThat(granted.statusCode()).as("granting staff: %s", granted.body()).isEqualTo(204);
		return new TemporaryStaff(username, password, user);
	}

	@Override
	public void close() {
		Http.send(HttpRequest.newBuilder(this.adminUri)
			.DELETE()
			.header("Authorization", "Bearer " + Keycloak.masterAdminToken()));
	}

}
