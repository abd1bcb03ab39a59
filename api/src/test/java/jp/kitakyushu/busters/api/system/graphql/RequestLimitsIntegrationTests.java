package jp.kitakyushu.busters.api.system.graphql;

import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abusive requests are refused before they run, with a clear error and a stable code.
 */
class RequestLimitsIntegrationTests extends ApiIntegrationTest {

	@Test
	void aTooDeepQueryIsRefusedBeforeExecution() {
		String deep = "{ problems { nodes { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { mergedInto { id } } } } } } } } } } } } } }";
		Response response = anonymous().run(deep);
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.json().path("errors").get(0).path("message").asString()).containsIgnoringCase("depth");
		assertThat(response.raw()).doesNotContain("at graphql.");
	}

	@Test
	void aTooCostlyQueryIsRefusedBeforeExecution() {
		StringBuilder costly = new StringBuilder("{");
		for (int i = 0; i < 60; i++) {
			costly.append(" p").append(i).append(": problems(first: 100) { nodes { id title body } }");
		}
		Response response = anonymous().run(costly.append(" }").toString());
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(response.json().path("errors").get(0).path("message").asString()).containsIgnoringCase("complexity");
	}

	@Test
	void aReasonableQueryPasses() {
		Response response = anonymous()
			.run("{ problems(first: 100) { totalCount nodes { id title } } categories { code } }");
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
	}

	@Test
	void anOversizedRequestIsRefusedWith413() {
		Response response = anonymous().run("{ categories { code } }", Map.of("padding", "x".repeat(70_000)));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aSyntaxErrorCarriesACode() {
		Response response = anonymous().run("{ problems { ");
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void anUnknownFieldCarriesACode() {
		Response response = anonymous().run("{ secrets }");
		assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aStaffOnlyQueryIsForbiddenToOthers() {
		assertThat(citizen().run("{ auditEntries { totalCount } }").firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(anonymous().run("{ auditEntries { totalCount } }").firstErrorCode()).isEqualTo("UNAUTHENTICATED");
		assertThat(staff().run("{ auditEntries { totalCount } }").data("auditEntries", "totalCount").asInt()).isZero();
	}

}
