package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Similar problems asked again read no problem from the store while the index holds each
 * at the change read before (a match carries no change time, so the index is asked for
 * it); a problem supported since is read anew and shows the change.
 */
class ProblemMatchRecentIntegrationTests extends ApiIntegrationTest {

	private static final String SIMILAR = """
			{ similarProblems(text: "バス停に屋根がなく雨の日に待つのがつらい", first: 10) {
			    node { ... on Problem { id supporterCount } } } }""";

	@Autowired
	SearchIndex index;

	@Autowired
	ProblemQueries problems;

	@Test
	void similarProblemsAskedAgainReadOnlyTheProblemsChangedSinceFromTheStore() {
		store(6);

		Response first = anonymous().run(SIMILAR);
		// Every problem like the text, whatever order a change gives them.
		assertThat(first.data("similarProblems").size()).isGreaterThanOrEqualTo(6);
		this.mongoCommands.reset();
		Response again = anonymous().run(SIMILAR);
		assertThat(again.raw()).isEqualTo(first.raw());
		assertThat(this.mongoCommands.commands()).as("store commands for the same matches").isEmpty();

		String supported = first.data("similarProblems").get(1).path("node").path("id").asString();
		Response support = citizen().run(
				"mutation($id: ID!) { problemSupport(input: { problemId: $id }) { problem { supporterCount } } }",
				Map.of("id", supported));
		assertThat(support.data("problemSupport", "problem", "supporterCount").asInt()).isEqualTo(1);
		this.mongoCommands.reset();
		Response after = anonymous().run(SIMILAR);
		assertThat(this.mongoCommands.commands()).containsExactly("find problems");
		assertThat(this.mongoCommands.documentsRead()).isEqualTo(1);
		assertThat(after.raw()).contains("{\"id\":\"" + supported + "\",\"supporterCount\":1}");
	}

	/**
	 * Stores published problems last changed an hour ago (one changed in the last seconds
	 * is read from the store every time), {@code count} of them like the text matched and
	 * as many again about other things (so the matched words are not in every document),
	 * and indexes them.
	 */
	private void store(int count) {
		List<Problem> batch = new ArrayList<>();
		for (int i = 0; i < 2 * count; i++) {
			boolean like = i < count;
			String title = like ? "バス停に屋根がない " + i : "公園の遊具が壊れている " + i;
			String body = like ? "雨の日にバスを待つ間、屋根がなくて濡れてしまいます。停留所 " + i : "滑り台の手すりが外れていて子どもが危ないです。公園 " + i;
			Problem problem = new Problem(title, body, title, body, "TRANSPORT", Ward.YAHATA_NISHI, null, Channel.WEB,
					null, "citizen-match-recent-" + i, null, new Contact(null, null, null, null, null));
			problem.publish();
			batch.add(problem);
		}
		List<String> ids = this.mongo.insertAll(batch).stream().map(Problem::getId).toList();
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().set("updatedAt", Instant.now().minusSeconds(3600)), Problem.class);
		this.problems.searchDocuments(ids).values().forEach((documents) -> documents.forEach(this.index::upsert));
		this.index.refreshNow();
	}

}
