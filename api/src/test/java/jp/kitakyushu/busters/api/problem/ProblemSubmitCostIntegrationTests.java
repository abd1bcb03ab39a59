package jp.kitakyushu.busters.api.problem;

import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission hands the new problem to the features that follow it (its timeline, the
 * search index, reporting) as intake stored it: none of them reads it back from the
 * store, nor asks for what a new problem cannot have yet (a suggested theme) or stores
 * what the problem itself says (a timeline of its submission alone), and each still has
 * it when the request returns.
 */
class ProblemSubmitCostIntegrationTests extends ApiIntegrationTest {

	private static final String MINE = "{ myProblems { totalCount nodes { id status } } }";

	private static final String HISTORY = "query($id: ID!) { node(id: $id) { ... on Problem { history { status at } } } }";

	@Test
	void aSubmissionIsFollowedWithoutReadingTheProblemBack() {
		this.mongoCommands.reset();
		Response submitted = citizen().runNamed("problemSubmit", Map.of("input",
				Map.of("title", "歩道の段差が危ない", "body", "歩道の段差でつまずく人がいます。", "category", "ELDERLY", "ward", "TOBATA")));
		String id = submitted.data("problemSubmit", "problem", "id").asString();

		assertThat(this.mongoCommands.commands()).as("commands of one submission")
			.contains("insert problems", "insert report_problems")
			.doesNotContain("find problems", "find report_problems")
			// Until its status first moves, its history is its submission, read from the
			// problem.
			.doesNotContain("insert problem_timelines")
			// A problem just taken in is suggested for no theme: its document is written
			// without asking.
			.doesNotContain("find problemSuggestions");

		// The store held nothing before this test: the one row is this problem's.
		assertThat(this.mongo.getCollection("problem_timelines").countDocuments()).isZero();
		Document row = this.mongo.getCollection("report_problems").find().first();
		assertThat(row).isNotNull();
		assertThat(row.getString("status")).isEqualTo("SUBMITTED");
		assertThat(this.mongo.getCollection("report_problems").countDocuments()).isOne();
		Response mine = citizen().run(MINE);
		assertThat(mine.data("myProblems", "nodes").get(0).path("id").asString()).isEqualTo(id);
		Response history = citizen().run(HISTORY, Map.of("id", id));
		assertThat(history.data("node", "history").get(0).path("status").asString()).isEqualTo("SUBMITTED");
		assertThat(history.data("node", "history").size()).isOne();
	}

}
