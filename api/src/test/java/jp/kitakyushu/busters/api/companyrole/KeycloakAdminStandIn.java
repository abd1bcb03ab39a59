package jp.kitakyushu.busters.api.companyrole;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the few endpoints of Keycloak's admin API the api calls: the
 * client-credentials grant, and a user's realm role mappings with the roles still
 * available to them. Like Keycloak, it wants a valid bearer token on every admin call and
 * the role's id with its name when mapping. The real Keycloak is exercised by the e2e
 * suite; this one makes the api's side testable in isolation, including Keycloak being
 * down.
 */
final class KeycloakAdminStandIn implements AutoCloseable {

	static final String CLIENT_ID = "busters-api-roles";

	static final String CLIENT_SECRET = "stand-in-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern MAPPINGS = Pattern
		.compile("/admin/realms/busters/users/([^/]+)/role-mappings/realm(/available)?");

	private static final Map<String, String> ROLE_IDS = Map.of("citizen", "id-citizen", "company", "id-company",
			"staff", "id-staff");

	private final HttpServer server;

	private final Map<String, Set<String>> users = new ConcurrentHashMap<>();

	private final Set<String> tokens = ConcurrentHashMap.newKeySet();

	private volatile boolean reachable = true;

	KeycloakAdminStandIn() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** A user Keycloak knows, with their realm roles. */
	void addUser(String subject, String... roles) {
		this.users.put(subject, ConcurrentHashMap.newKeySet());
		this.users.get(subject).addAll(List.of(roles));
	}

	Set<String> roles(String subject) {
		return Set.copyOf(this.users.getOrDefault(subject, Set.of()));
	}

	void setReachable(boolean reachable) {
		this.reachable = reachable;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!this.reachable) {
				send(exchange, 503, null);
				return;
			}
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/realms/busters/protocol/openid-connect/token")) {
				token(exchange);
				return;
			}
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !this.tokens.contains(authorization.replace("Bearer ", ""))) {
				send(exchange, 401, null);
				return;
			}
			Matcher mappings = MAPPINGS.matcher(path);
			if (!mappings.matches()) {
				send(exchange, 404, null);
				return;
			}
			Set<String> held = this.users.get(mappings.group(1));
			if (held == null) {
				send(exchange, 404, Map.of("error", "User not found"));
				return;
			}
			boolean available = mappings.group(2) != null;
			switch (exchange.getRequestMethod()) {
				case "GET" -> send(exchange, 200, representations(available ? notHeld(held) : held));
				case "POST", "DELETE" -> change(exchange, held, exchange.getRequestMethod().equals("POST"));
				default -> send(exchange, 405, null);
			}
		}
	}

	private void token(HttpExchange exchange) throws IOException {
		String expected = "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
				|| !body.contains("grant_type=client_credentials")) {
			send(exchange, 401, Map.of("error", "unauthorized_client"));
			return;
		}
		String token = UUID.randomUUID().toString();
		this.tokens.add(token);
		send(exchange, 200, Map.of("access_token", token, "expires_in", 300, "token_type", "Bearer"));
	}

	private void change(HttpExchange exchange, Set<String> held, boolean add) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			for (JsonNode role : JSON.readTree(in)) {
				String name = role.path("name").asString();
				if (!ROLE_IDS.containsKey(name) || !ROLE_IDS.get(name).equals(role.path("id").asString())) {
					send(exchange, 404, Map.of("error", "Role not found"));
					return;
				}
				if (add) {
					held.add(name);
				}
				else {
					held.remove(name);
				}
			}
		}
		send(exchange, 204, null);
	}

	private static Set<String> notHeld(Set<String> held) {
		Set<String> rest = new LinkedHashSet<>(ROLE_IDS.keySet());
		rest.removeAll(held);
		return rest;
	}

	private static List<Map<String, Object>> representations(Set<String> roles) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (String role : roles) {
			Map<String, Object> representation = new LinkedHashMap<>();
			representation.put("id", ROLE_IDS.get(role));
			representation.put("name", role);
			representation.put("composite", false);
			list.add(representation);
		}
		return list;
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = (body != null) ? JSON.writeValueAsBytes(body) : new byte[0];
		if (body != null) {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
		}
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
