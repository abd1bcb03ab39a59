package jp.kitakyushu.busters.api.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import jp.kitakyushu.busters.search.SearchDocument;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading every problem (the index's rebuild at start, reporting's rebuild, the open-data
 * export) never asks the store for all whole problems in one query: the embedded store
 * keeps what a query found in memory for its cursor, and at 100,000 problems that was
 * more than the api's heap. The ids come first, then the problems by id in slices.
 */
class ProblemReadAllIntegrationTests extends ApiIntegrationTest {

	private static final int PROBLEMS = 1_234;

	@Autowired
	ProblemQueries problems;

	private final List<String> stored = new ArrayList<>();

	@BeforeEach
	void storeProblems() {
		List<Problem> batch = new ArrayList<>();
		for (int i = 0; i < PROBLEMS; i++) {
			Problem problem = new Problem("公園の街灯が暗い " + i, "夜の散歩が怖いです。", "公園の街灯が暗い " + i, "夜の散歩が怖いです。",
					"DISASTER_SAFETY", Ward.TOBATA, null, Channel.WEB, null, "citizen-" + (i % 40), null,
					new Contact(null, null, null, null, null));
			problem.publish();
			batch.add(problem);
		}
		this.mongo.insertAll(batch).forEach((problem) -> this.stored.add(problem.getId()));
		this.mongoCommands.reset();
	}

	@Test
	void theIndexRebuildReadsEveryProblemOnceWithoutAskingForThemAllAtOnce() {
		List<SearchDocument> documents;
		try (Stream<SearchDocument> all = this.problems.allSearchDocuments()) {
			documents = all.toList();
		}
		assertThat(documents).hasSize(PROBLEMS);
		assertThat(documents.stream().map(SearchDocument::id).distinct()).hasSize(PROBLEMS);
		assertReadInSlices();
	}

	@Test
	void everyProblemComesInStoreIdOrderReadInSlices() {
		List<String> read;
		try (Stream<Problem> all = this.problems.streamAll()) {
			read = all.map(Problem::getId).toList();
		}
		assertThat(read).containsExactlyElementsOf(this.stored.stream().sorted().toList());
		assertReadInSlices();
	}

	/**
	 * One query for the ids alone, then queries naming at most a slice of problems by id.
	 */
	private void assertReadInSlices() {
		List<BsonDocument> finds = this.mongoCommands.finds("problems");
		assertThat(finds).as("finds: %s", finds).hasSize(1 + (PROBLEMS + 499) / 500);
		BsonDocument ids = finds.get(0);
		assertThat(ids.getDocument("filter", new BsonDocument())).as("the ids' query").isEmpty();
		assertThat(ids.getDocument("projection", new BsonDocument()).keySet()).as("the ids' query reads")
			.containsExactly("_id");
		for (BsonDocument slice : finds.subList(1, finds.size())) {
			BsonDocument filter = slice.getDocument("filter");
			assertThat(filter.keySet()).as("a slice's query: %s", slice).containsExactly("_id");
			assertThat(filter.getDocument("_id").getArray("$in").size()).as("a slice's query: %s", slice)
				.isBetween(1, 500);
		}
	}

}
