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
	void aTooCostlyQueryIsRefusedEachTimeItComes() {
		StringBuilder costly = new StringBuilder("{");
		for (int i = 0; i < 60; i++) {
			costly.append(" p").append(i).append(": problems(first: 100) { nodes { id title body } }");
		}
		String document = costly.append(" }").toString();
		for (int i = 0; i < 2; i++) {
			Response response = anonymous().run(document);
			assertThat(response.firstErrorCode()).isEqualTo("BAD_REQUEST");
			assertThat(response.json().path("data").path("p0").isMissingNode()
					|| response.json().path("data").path("p0").isNull())
				.as(response.raw())
				.isTrue();
		}
	}

	/**
	 * Operations without variables are measured once; one whose page sizes come from its
	 * variables is measured on every request, so a document that passed with small pages
	 * is still refused with large ones.
	 */
	@Test
	void aDocumentThatPassedIsMeasuredAgainWithOtherVariables() {
		StringBuilder costly = new StringBuilder("query($n: Int) {");
		for (int i = 0; i < 60; i++) {
			costly.append(" p").append(i).append(": problems(first: $n) { nodes { id title body } }");
		}
		String document = costly.append(" }").toString();
		Response small = anonymous().run(document, Map.of("n", 1));
		assertThat(small.json().path("errors").isMissingNode()).as(small.raw()).isTrue();
		Response large = anonymous().run(document, Map.of("n", 100));
		assertThat(large.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(large.json().path("errors").get(0).path("message").asString()).containsIgnoringCase("complexity");
	}

	@Test
	void aReasonableQueryPassesEachTime() {
		for (int i = 0; i < 2; i++) {
			Response response = anonymous().run("{ problems(first: 100) { totalCount nodes { id title } } }");
			assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		}
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
