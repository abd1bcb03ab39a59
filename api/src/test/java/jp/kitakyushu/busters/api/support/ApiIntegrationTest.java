package jp.kitakyushu.busters.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jp.kitakyushu.busters.api.BustersApiApplication;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the api's integration tests: a real api on a random port, over the MongoDB wire
 * protocol to the embedded in-memory store, called over HTTP with tokens of every role.
 * Every test starts from an empty store.
 */
@SpringBootTest(classes = { BustersApiApplication.class, TestSupportConfiguration.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "busters.store.embedded.backend=memory", "busters.submissions.per-user=1000",
				"busters.submissions.per-address=1000",
				// Each write indexes itself; tests that need the follower run its rounds
				// themselves, so no round from one test lands in the next one's index.
				"busters.search.follow-interval=1h" })
public abstract class ApiIntegrationTest {

	protected static final TestIssuer issuer = TestIssuer.shared();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected MongoCommandCounter mongoCommands;

	private @Nullable GraphQlHttp http;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("busters.keycloak.url", issuer::url);
		// Each application context gets its own data directory: a search index admits one
		// writer.
		registry.add("busters.data-dir", TestDataDirs::fresh);
		// Suggested problems are scored on a background thread that writes the store and
		// the index after a request returns, which could reach into the next test's empty
		// store; the tests of suggestions turn it on while they run.
		registry.add("busters.suggestions.enabled", () -> "false");
	}

	@Autowired
	private SearchIndex searchIndex;

	@BeforeEach
	void emptyStore() {
		for (String collection : this.mongo.getCollectionNames()) {
			this.mongo.getCollection(collection).deleteMany(new org.bson.Document());
		}
		// The index follows the store; emptying the store behind its back would leave it
		// stale.
		this.searchIndex.rebuild(IndexSource.empty());
	}

	/** A caller without a token. */
	protected Caller anonymous() {
		return new Caller(null);
	}

	/** Citizen A (hanako). */
	protected Caller citizen() {
		return new Caller(issuer.token("citizen-a", "citizen"));
	}

	/** Citizen B (taro). */
	protected Caller citizenB() {
		return new Caller(issuer.token("citizen-b", "citizen"));
	}

	/** A member of company A. */
	protected Caller companyA() {
		return new Caller(issuer.token("company-a-member", "company"));
	}

	/** A member of company B. */
	protected Caller companyB() {
		return new Caller(issuer.token("company-b-member", "company"));
	}

	/** A staff member. */
	protected Caller staff() {
		return new Caller(issuer.token("staff-1", "staff"));
	}

	/** A second staff member (a second reviewer). */
	protected Caller staffB() {
		return new Caller(issuer.token("staff-2", "staff"));
	}

	/** The reporting client's service account. */
	protected Caller reporter() {
		return new Caller(issuer.token("service-account-busters-reporting", "reporter"));
	}

	/** A caller with a token for the given subject and roles. */
	protected Caller as(String subject, String... roles) {
		return new Caller(issuer.token(subject, roles));
	}

	/**
	 * A caller presenting the given token, e.g. one from {@code issuer.tokenWithClaims}.
	 */
	protected Caller bearing(String token) {
		return new Caller(token);
	}

	/**
	 * Reads a GraphQL document from
	 * {@code src/test/resources/graphql-test/<name>.graphql}.
	 */
	protected static String document(String name) {
		try (InputStream in = ApiIntegrationTest.class.getResourceAsStream("/graphql-test/" + name + ".graphql")) {
			if (in == null) {
				throw new IllegalArgumentException("No test document " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GraphQlHttp http() {
		if (this.http == null) {
			this.http = new GraphQlHttp(this.port);
		}
		return this.http;
	}

	/**
	 * Someone calling the api with a fixed token (or none).
	 */
	public final class Caller {

		private final @Nullable String token;

		Caller(@Nullable String token) {
			this.token = token;
		}

		/** Runs a document with variables. */
		public GraphQlHttp.Response run(String document, Map<String, Object> variables) {
			return http().post(document, variables, this.token);
		}

		/** Runs a document without variables. */
		public GraphQlHttp.Response run(String document) {
			return run(document, Map.of());
		}

		/** Runs the single operation of a document from {@code graphql-test/}. */
		public GraphQlHttp.Response runNamed(String name, Map<String, Object> variables) {
			return run(document(name), variables);
		}

		/** Runs one operation of a document from {@code graphql-test/}. */
		public GraphQlHttp.Response op(String name, String operation, Map<String, Object> variables) {
			return http().post(document(name), operation, variables, this.token);
		}

	}

}
