package jp.kitakyushu.busters.api.system.submission;

import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over the API, a user past the submission limit gets a RATE_LIMITED error that says when
 * to retry, and nothing is stored.
 */
@TestPropertySource(properties = { "busters.submissions.per-user=2", "busters.submissions.per-address=1000" })
class RateLimitIntegrationTests extends ApiIntegrationTest {

	private static final Map<String, Object> PROBLEM = Map.of("input",
			Map.of("title", "歩道の段差", "body", "車いすで通れません。", "category", "TRANSPORT", "ward", "TOBATA"));

	@Test
	void aThirdSubmissionWithinTheHourIsRefusedWithARetryTime() {
		Caller citizen = as("rate-limited-citizen", "citizen");
		assertThat(citizen.runNamed("problemSubmit", PROBLEM).data("problemSubmit", "userErrors").isEmpty()).isTrue();
		assertThat(citizen.runNamed("problemSubmit", PROBLEM).data("problemSubmit", "userErrors").isEmpty()).isTrue();

		Response refused = citizen.runNamed("problemSubmit", PROBLEM);
		assertThat(refused.firstErrorCode()).isEqualTo("RATE_LIMITED");
		var error = refused.json().path("errors").get(0);
		assertThat(error.path("message").asString()).contains("Try again in");
		assertThat(error.path("extensions").path("retryAfterSeconds").asLong()).isBetween(1L, 3601L);
		assertThat(this.mongo.getCollection("problems").countDocuments()).isEqualTo(2);

		// Another citizen is not held back by the first one's limit.
		assertThat(as("another-citizen", "citizen").runNamed("problemSubmit", PROBLEM)
			.data("problemSubmit", "userErrors")
			.isEmpty()).isTrue();
	}

	@Test
	void aClerkTakingCallsAllDayIsNotHeldToTheCitizensLimit() {
		Caller clerk = as("clerk-on-the-phone", "staff");
		for (int call = 1; call <= 11; call++) {
			Response entered = clerk.runNamed("problemSubmitOnBehalf",
					Map.of("input",
							Map.of("title", "街灯が消えている " + call, "body", "電話で受け付けました。", "category", "DISASTER_SAFETY",
									"ward", "MOJI", "intakeMethod", "PHONE", "contact",
									Map.of("phone", "093-000-0000"))));
			assertThat(entered.firstErrorCode()).as("call %d", call).isNull();
			assertThat(entered.data("problemSubmitOnBehalf", "userErrors").isEmpty()).as("call %d", call).isTrue();
		}
		assertThat(this.mongo.getCollection("problems").countDocuments()).isEqualTo(11);
		// The clerk's intake leaves their own citizen-style limit untouched.
		assertThat(as("clerk-on-the-phone", "staff", "citizen").runNamed("problemSubmit", PROBLEM)
			.data("problemSubmit", "userErrors")
			.isEmpty()).isTrue();
	}

}
