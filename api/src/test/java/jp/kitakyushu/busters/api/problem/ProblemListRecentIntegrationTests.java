package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list page asked again reads from the store only the problems whose change the index
 * holds is not the one read before: the others come as they were read, and a problem
 * changed since (here, supported) is read anew and shows the change. Search results load
 * their problems the same way.
 */
class ProblemListRecentIntegrationTests extends ApiIntegrationTest {

	private static final String PAGE = """
			{ problems(first: 20, filter: { ward: WAKAMATSU }) { totalCount nodes { id title supporterCount } } }""";

	private static final String SEARCH = """
			{ search(query: "recentprobe", types: [PROBLEM], first: 30) {
			    nodes { node { ... on Problem { id supporterCount } } } } }""";

	@Autowired
	SearchIndex index;

	@Test
	void aPageAskedAgainReadsOnlyTheProblemsChangedSinceFromTheStore() {
		List<String> ids = store(25);

		Response first = anonymous().run(PAGE);
		assertThat(first.data("problems", "nodes").size()).isEqualTo(20);
		this.mongoCommands.reset();
		Response again = anonymous().run(PAGE);
		assertThat(again.raw()).isEqualTo(first.raw());
		assertThat(this.mongoCommands.commands()).as("store commands for the same page").isEmpty();

		// Search results are the same problems, loaded the same way: once read at the
		// change the index holds, not again.
		Response found = anonymous().run(SEARCH);
		assertThat(found.data("search", "nodes").size()).isEqualTo(25);
		this.mongoCommands.reset();
		assertThat(anonymous().run(SEARCH).raw()).isEqualTo(found.raw());
		assertThat(this.mongoCommands.commands()).as("store commands for the same search")
			.doesNotContain("find problems");

		String supported = first.data("problems", "nodes").get(3).path("id").asString();
		assertThat(ids).contains(GlobalId.idOf(supported, ProblemQueries.TYPE).orElseThrow());
		Response support = citizen().run(
				"mutation($id: ID!) { problemSupport(input: { problemId: $id }) { problem { supporterCount } } }",
				Map.of("id", supported));
		assertThat(support.data("problemSupport", "problem", "supporterCount").asInt()).isEqualTo(1);

		this.mongoCommands.reset();
		Response after = anonymous().run(PAGE);
		assertThat(this.mongoCommands.commands()).containsExactly("find problems");
		assertThat(this.mongoCommands.documentsRead()).isEqualTo(1);
		assertThat(after.data("problems", "nodes").get(3).path("id").asString()).isEqualTo(supported);
		assertThat(after.data("problems", "nodes").get(3).path("supporterCount").asInt()).isEqualTo(1);
		this.mongoCommands.reset();
		Response searchedAfter = anonymous().run(SEARCH);
		assertThat(this.mongoCommands.commands()).containsOnlyOnce("find problems");
		assertThat(searchedAfter.raw()).contains("{\"id\":\"" + supported + "\",\"supporterCount\":1}");
	}

	/**
	 * Stores published problems last changed an hour ago (a problem changed in the last
	 * seconds is read from the store every time) and indexes them.
	 */
	private List<String> store(int count) {
		List<Problem> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Problem problem = new Problem("若松の課題 " + i, "渡船の待合所に椅子がありません。 recentprobe", "若松の課題 " + i,
					"渡船の待合所に椅子がありません。 recentprobe", "ELDERLY", Ward.WAKAMATSU, null, Channel.WEB, null,
					"citizen-recent-" + i, null, new Contact(null, null, null, null, null));
			problem.publish();
			batch.add(problem);
		}
		List<String> ids = this.mongo.insertAll(batch).stream().map(Problem::getId).toList();
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().set("updatedAt", Instant.now().minusSeconds(3600)), Problem.class);
		for (Problem problem : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Problem.class)) {
			this.index.upsert(ProblemDocuments.document(problem));
		}
		this.index.refreshNow();
		return ids;
	}

}
