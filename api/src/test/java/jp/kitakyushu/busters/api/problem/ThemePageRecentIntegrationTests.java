package jp.kitakyushu.busters.api.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.api.theme.Theme;
import jp.kitakyushu.busters.api.theme.ThemeFixtures;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The themes page asked again reads from the store neither its themes nor their problems
 * while the index holds each at the change read before (a theme's links to its problems
 * carry no change time, so the index is asked for theirs); a problem supported since, or
 * a theme edited since, is read anew and shows the change.
 */
class ThemePageRecentIntegrationTests extends ApiIntegrationTest {

	private static final String PAGE = """
			{ themes(first: 10) { totalCount nodes { id title problems { id title supporterCount } } } }""";

	@Autowired
	SearchIndex index;

	@Autowired
	ProblemQueries problems;

	@Autowired
	ThemeQueries themes;

	@Test
	void aThemesPageAskedAgainReadsOnlyWhatChangedSinceFromTheStore() {
		List<String> problemIds = storeProblems(4);
		Theme theme = new ThemeFixtures(this.mongo).open();
		theme.setSourceProblemIds(problemIds);
		this.mongo.save(theme);
		settle(Theme.class, List.of(theme.getId()));
		indexThemes(List.of(theme.getId()));

		Response first = anonymous().run(PAGE);
		assertThat(first.data("themes", "nodes").size()).isEqualTo(1);
		assertThat(first.data("themes", "nodes").get(0).path("problems").size()).isEqualTo(4);
		this.mongoCommands.reset();
		Response again = anonymous().run(PAGE);
		assertThat(again.raw()).isEqualTo(first.raw());
		assertThat(this.mongoCommands.commands()).as("store commands for the same page").isEmpty();

		String supported = first.data("themes", "nodes").get(0).path("problems").get(2).path("id").asString();
		Response support = citizen().run(
				"mutation($id: ID!) { problemSupport(input: { problemId: $id }) { problem { supporterCount } } }",
				Map.of("id", supported));
		assertThat(support.data("problemSupport", "problem", "supporterCount").asInt()).isEqualTo(1);
		this.mongoCommands.reset();
		Response afterSupport = anonymous().run(PAGE);
		assertThat(this.mongoCommands.commands()).containsExactly("find problems");
		assertThat(this.mongoCommands.documentsRead()).isEqualTo(1);
		assertThat(afterSupport.data("themes", "nodes").get(0).path("problems").get(2).path("supporterCount").asInt())
			.isEqualTo(1);

		Theme edited = this.mongo.findById(theme.getId(), Theme.class);
		edited.setTitle("高齢者のごみ出し支援（改）");
		this.mongo.save(edited);
		indexThemes(List.of(theme.getId()));
		this.mongoCommands.reset();
		Response afterEdit = anonymous().run(PAGE);
		// The theme edited, and the problem supported a moment ago (not kept yet: it
		// changed in the last seconds), one document each.
		assertThat(this.mongoCommands.commands()).containsExactly("find themes", "find problems");
		assertThat(this.mongoCommands.documentsRead()).isEqualTo(2);
		assertThat(afterEdit.data("themes", "nodes").get(0).path("title").asString()).isEqualTo("高齢者のごみ出し支援（改）");
	}

	/**
	 * Stores published problems last changed an hour ago (one changed in the last seconds
	 * is read from the store every time) and indexes them.
	 */
	private List<String> storeProblems(int count) {
		List<Problem> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Problem problem = new Problem("戸畑の課題 " + i, "公園の照明が暗いです。", "戸畑の課題 " + i, "公園の照明が暗いです。", "ELDERLY",
					Ward.TOBATA, null, Channel.WEB, null, "citizen-theme-recent-" + i, null,
					new Contact(null, null, null, null, null));
			problem.publish();
			batch.add(problem);
		}
		List<String> ids = this.mongo.insertAll(batch).stream().map(Problem::getId).toList();
		settle(Problem.class, ids);
		this.problems.searchDocuments(ids).values().forEach((documents) -> documents.forEach(this.index::upsert));
		this.index.refreshNow();
		return ids;
	}

	private void indexThemes(List<String> ids) {
		this.themes.searchDocuments(ids).values().forEach((documents) -> documents.forEach(this.index::upsert));
		this.index.refreshNow();
	}

	private void settle(Class<?> type, List<String> ids) {
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)),
				new Update().set("updatedAt", Instant.now().minusSeconds(3600)), type);
	}

}
