package jp.kitakyushu.busters.api.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.api.support.GraphQlHttp.Response;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the public problem list costs the same whether the store holds 1,000 problems
 * or 20,000: the index answers the filter, the order and the total, and the store is
 * asked once for the page's problems by id.
 */
class ProblemListCostIntegrationTests extends ApiIntegrationTest {

	private static final String PAGE = """
			{ problems(first: 20, filter: { ward: MOJI }) {
			    totalCount nodes { id title body ward supporterCount category { nameJa } } } }""";

	@Autowired
	SearchIndex index;

	@Autowired
	ProblemQueries problems;

	@Test
	void aPageCostsTheSameStoreCommandsAndDocumentsAtOneThousandAndTwentyThousandProblems() {
		store(1_000);
		Cost small = cost(1_000);
		store(19_000);
		Cost large = cost(20_000);
		assertThat(large.commands()).as("commands at 20,000 vs 1,000").isEqualTo(small.commands());
		assertThat(large.documents()).as("documents read at 20,000 vs 1,000").isEqualTo(small.documents());
		assertThat(small.documents()).isEqualTo(20);
		assertThat(small.commands()).containsExactly("find problems");
	}

	private Cost cost(int expectedTotal) {
		this.mongoCommands.reset();
		Response response = anonymous().run(PAGE);
		assertThat(response.json().path("errors").isMissingNode()).as(response.raw()).isTrue();
		assertThat(response.data("problems", "totalCount").asInt()).isEqualTo(expectedTotal);
		assertThat(response.data("problems", "nodes").size()).isEqualTo(20);
		return new Cost(this.mongoCommands.commands(), this.mongoCommands.documentsRead());
	}

	/** Stores published problems in bulk, then builds the index from the store. */
	private void store(int count) {
		List<Problem> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Problem problem = new Problem("坂道の途中にベンチがほしい " + i, "買い物の帰りに休める場所がありません。", "坂道の途中にベンチがほしい " + i,
					"買い物の帰りに休める場所がありません。", "ELDERLY", Ward.MOJI, null, Channel.WEB, null, "citizen-" + (i % 50), null,
					new Contact(null, null, null, null, null));
			problem.publish();
			batch.add(problem);
			if (batch.size() == 1_000) {
				this.mongo.insertAll(batch);
				batch.clear();
			}
		}
		this.mongo.insertAll(batch);
		this.index.rebuild(new IndexSource() {

			@Override
			public long count() {
				return ProblemListCostIntegrationTests.this.problems.count();
			}

			@Override
			public Stream<SearchDocument> all() {
				return ProblemListCostIntegrationTests.this.problems.allSearchDocuments();
			}

		});
	}

	/**
	 * What one page cost.
	 *
	 * @param commands the store commands sent
	 * @param documents the documents they read
	 */
	record Cost(List<String> commands, long documents) {
	}

}
