package jp.kitakyushu.busters.api.theme;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditEntry;
import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the theme and notification integration tests: the real api with a clock they
 * can move past deadlines, a count of store reads, and shortcuts to read themes back.
 */
@Import(ThemeTestConfiguration.class)
@TestPropertySource(properties = ThemeTestConfiguration.QUIET_CLOSING_JOB)
public abstract class ThemeApiTest extends ApiIntegrationTest {

	@Autowired
	protected MovableClock clock;

	@Autowired
	protected StoreCommands storeCommands;

	@BeforeEach
	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	/** The api's now. */
	protected Instant now() {
		return this.clock.instant();
	}

	/** A citizen posts a problem; it waits for moderation. */
	protected String submittedProblem(Caller citizen, String title) {
		Response response = citizen.runNamed("problemSubmit", Map.of("input", ThemeTestInputs.problemInput(title)));
		assertThat(response.data("problemSubmit", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response.data("problemSubmit", "problem", "id").asString();
	}

	/** A citizen posts a problem and staff publish it. */
	protected String publishedProblem(Caller citizen, String title) {
		return publishProblem(submittedProblem(citizen, title));
	}

	/**
	 * Staff take a problem down by phone for someone without an account, and publish it.
	 */
	protected String publishedProxyProblem(String title) {
		Map<String, Object> input = ThemeTestInputs.problemInput(title);
		input.put("intakeMethod", "PHONE");
		input.put("contact", Map.of("name", "門司 花子", "phone", "093-111-2222"));
		Response response = staff().runNamed("problemSubmitOnBehalf", Map.of("input", input));
		assertThat(response.data("problemSubmitOnBehalf", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return publishProblem(response.data("problemSubmitOnBehalf", "problem", "id").asString());
	}

	/** Staff draft a theme; fails the test on user errors. */
	protected String draft(Map<String, Object> input) {
		Response response = staff().op("themeMutations", "Create", Map.of("input", input));
		assertThat(response.data("themeCreate", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return response.data("themeCreate", "theme", "id").asString();
	}

	/** Staff draft a theme and open it; fails the test on user errors. */
	protected String open(Map<String, Object> input) {
		String id = draft(input);
		Response response = staff().op("themeMutations", "Publish", Map.of("id", id));
		assertThat(response.data("themePublish", "userErrors").isEmpty()).as(response.raw()).isTrue();
		return id;
	}

	/** What {@code node(id:)} answers the caller for a theme, or a missing node. */
	protected JsonNode themeNode(Caller caller, String themeId) {
		Response response = caller.op("themeRead", "Node", Map.of("id", themeId));
		assertNoErrors(response);
		return response.data("node");
	}

	/** The theme as stored, whatever anyone may see. */
	protected Theme stored(String themeId) {
		return this.mongo.findById(GlobalId.idOf(themeId, ThemeService.TYPE).orElseThrow(), Theme.class);
	}

	/**
	 * Every audit entry about the entity in the order written, as {@code actor:action}.
	 */
	protected List<String> auditTrail(String entityGlobalId) {
		GlobalId id = GlobalId.decode(entityGlobalId).orElseThrow();
		Query query = Query.query(Criteria.where("entityType").is(id.type()).and("entityId").is(id.id()))
			.with(Sort.by("_id"));
		return this.mongo.find(query, AuditEntry.class)
			.stream()
			.map((entry) -> entry.actor() + ":" + entry.action())
			.toList();
	}

	/** How many audit entries exist about entities of the type. */
	protected long auditCount(String entityType) {
		return this.mongo.count(Query.query(Criteria.where("entityType").is(entityType)), AuditEntry.class);
	}

	protected static void assertNoErrors(Response response) {
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
	}

	private String publishProblem(String problemId) {
		Response response = staff().op("problemModerate", "Publish", Map.of("id", problemId));
		assertThat(response.data("problemPublish", "problem", "status").asString()).as(response.raw())
			.isEqualTo("PUBLISHED");
		return problemId;
	}

}
