package jp.kitakyushu.busters.api.problem;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of problems with the fields that reach the store costs the same number of
 * MongoDB commands whether it holds 5 problems or 50.
 */
class ProblemBatchingIntegrationTests extends ApiIntegrationTest {

	private static final String PAGE = """
			query Page($first: Int) {
			  problems(first: $first) { totalCount nodes { id title supporterCount supportedByMe mergedInto { id } category { nameJa } } }
			}""";

	@Test
	void aPageCostsAConstantNumberOfCommands() {
		for (int i = 0; i < 50; i++) {
			String id = citizen()
				.runNamed("problemSubmit", Map.of("input", ProblemIntegrationTests.input("title", "課題 " + i)))
				.data("problemSubmit", "problem", "id")
				.asString();
			staff().op("problemModerate", "Publish", Map.of("id", id));
		}
		List<String> five = commandsFor(5);
		List<String> fifty = commandsFor(50);
		assertThat(fifty).hasSameSizeAs(five);
		assertThat(five).hasSizeLessThanOrEqualTo(4);
	}

	private List<String> commandsFor(int pageSize) {
		this.mongoCommands.reset();
		var response = citizenB().run(PAGE, Map.of("first", pageSize));
		assertThat(response.data("problems", "nodes").size()).isEqualTo(pageSize);
		return this.mongoCommands.commands();
	}

}
