package jp.kitakyushu.busters.api.problem;

import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "This is already reported; I'll add your support": a call staff take down and merge
 * into the problem already posted counts as one more supporter there, though the caller
 * has no account, and their contact details stay on the intake, visible to staff only.
 */
class IntakeSupportIntegrationTests extends ApiIntegrationTest {

	@Test
	void aCallMergedIntoAnExistingProblemCountsAsItsSupporter() {
		String original = citizen()
			.runNamed("problemSubmit", Map.of("input", Map.of("title", "バス停に屋根がない", "body", "雨の日に濡れます。", "category",
					"TRANSPORT", "ward", "KOKURA_MINAMI")))
			.data("problemSubmit", "problem", "id")
			.asString();
		staff().op("problemModerate", "Publish", Map.of("id", original));

		for (String caller : new String[] { "093-111-1111", "093-222-2222" }) {
			String call = staff()
				.runNamed("problemSubmitOnBehalf",
						Map.of("input",
								Map.of("title", "停留所の雨よけ", "body", "屋根をつけてほしいとの電話。", "category", "TRANSPORT", "ward",
										"KOKURA_MINAMI", "intakeMethod", "PHONE", "contact",
										Map.of("name", "電話の方", "phone", caller))))
				.data("problemSubmitOnBehalf", "problem", "id")
				.asString();
			Response merged = staff().op("problemModerate", "Merge", Map.of("id", call, "into", original));
			assertThat(merged.data("problemMerge", "userErrors").isEmpty()).isTrue();
		}

		assertThat(anonymous().op("problemRead", "Node", Map.of("id", original)).data("node", "supporterCount").asInt())
			.isEqualTo(2);
		assertThat(anonymous().op("problemRead", "Node", Map.of("id", original)).raw()).doesNotContain("093-");
	}

}
