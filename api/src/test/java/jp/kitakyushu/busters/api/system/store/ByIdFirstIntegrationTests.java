package jp.kitakyushu.busters.api.system.store;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries that name documents by id and add conditions (optimistic saves, conditional
 * updates) answer on the embedded store, file and memory, over the wire protocol, exactly
 * as they would without the id lookup: the conditions still decide.
 */
class ByIdFirstIntegrationTests {

	@TempDir
	Path dataDir;

	@ParameterizedTest
	@ValueSource(strings = { "file", "memory" })
	void aConditionalUpdateByIdChangesTheDocumentOnlyWhileItsConditionHolds(String backend) {
		withCollection(backend, (problems) -> {
			Document before = problems.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "p-7"), Filters.ne("lastStatus", "PUBLISHED")),
					Updates.set("lastStatus", "PUBLISHED"));
			assertThat(before).isNotNull();
			assertThat(before.getString("lastStatus")).isEqualTo("SUBMITTED");

			Document again = problems.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "p-7"), Filters.ne("lastStatus", "PUBLISHED")),
					Updates.set("lastStatus", "PUBLISHED"));
			assertThat(again).isNull();
			assertThat(problems.countDocuments(Filters.eq("lastStatus", "PUBLISHED"))).isEqualTo(1);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "file", "memory" })
	void anOptimisticReplaceTakesTheExpectedVersionOnly(String backend) {
		withCollection(backend, (problems) -> {
			Document next = new Document("_id", "p-3").append("version", 1L).append("lastStatus", "ADOPTED");
			assertThat(problems.replaceOne(Filters.and(Filters.eq("_id", "p-3"), Filters.eq("version", 1L)), next)
				.getModifiedCount()).isZero();
			assertThat(problems.replaceOne(Filters.and(Filters.eq("_id", "p-3"), Filters.eq("version", 0L)), next)
				.getModifiedCount()).isEqualTo(1);
			assertThat(problems.find(Filters.eq("_id", "p-3")).first()).isEqualTo(next);
			assertThat(problems.countDocuments()).isEqualTo(20);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "file", "memory" })
	void idsInAListWithAConditionFindTheMatchingOnes(String backend) {
		withCollection(backend, (problems) -> {
			problems.updateOne(Filters.eq("_id", "p-2"), Updates.set("recipient", "hanako"));
			problems.updateOne(Filters.eq("_id", "p-4"), Updates.set("recipient", "hanako"));
			problems.updateOne(Filters.eq("_id", "p-9"), Updates.set("recipient", "hanako"));

			List<Object> ids = problems
				.find(Filters.and(Filters.in("_id", "p-2", "p-3", "p-4", "p-99"), Filters.eq("recipient", "hanako")))
				.map((document) -> document.get("_id"))
				.into(new java.util.ArrayList<>());
			assertThat(ids).containsExactlyInAnyOrder("p-2", "p-4");
			assertThat(
					problems.countDocuments(Filters.and(Filters.ne("_id", "p-2"), Filters.eq("recipient", "hanako"))))
				.isEqualTo(2);
			assertThat(problems.countDocuments(Filters.and(Filters.eq("_id", "p-404"), Filters.exists("lastStatus"))))
				.isZero();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "file", "memory" })
	void anIncrementByIdWithAConditionReturnsTheChangedDocument(String backend) {
		withCollection(backend, (problems) -> {
			Document after = problems.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "p-5"), Filters.eq("lastStatus", "SUBMITTED")),
					Updates.inc("count", 1), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
			assertThat(after).isNotNull();
			assertThat(after.getInteger("count")).isEqualTo(1);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "file", "memory" })
	void idsAloneFindTheirDocumentsOnceEachAndSkipTheMissing(String backend) {
		withCollection(backend, (problems) -> {
			ObjectId generated = new ObjectId();
			problems.insertOne(new Document("_id", generated).append("version", 0L).append("lastStatus", "PUBLISHED"));

			List<Object> ids = problems.find(Filters.in("_id", "p-3", "p-404", "p-3", generated, "p-11"))
				.map((document) -> document.get("_id"))
				.into(new java.util.ArrayList<>());
			assertThat(ids).containsExactlyInAnyOrder("p-3", generated, "p-11");
			assertThat(problems.find(Filters.eq("_id", generated)).first())
				.extracting((found) -> found.get("lastStatus"))
				.isEqualTo("PUBLISHED");
			assertThat(problems.find(Filters.eq("_id", "p-404")).first()).isNull();
			assertThat(problems.find(Filters.in("_id", "p-1", "p-2")).sort(new Document("_id", -1)).limit(1).first())
				.extracting((found) -> found.get("_id"))
				.isEqualTo("p-2");
		});
	}

	private void withCollection(String backend, java.util.function.Consumer<MongoCollection<Document>> test) {
		MongoBackend store = backend.equals("file") ? EmbeddedBackends.file(this.dataDir.resolve("store.mv").toString())
				: EmbeddedBackends.memory();
		MongoServer server = new MongoServer(store);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoCollection<Document> problems = client.getDatabase("busters").getCollection("problem_timelines");
			problems.insertMany(IntStream.range(0, 20)
				.mapToObj((i) -> new Document("_id", "p-" + i).append("version", 0L).append("lastStatus", "SUBMITTED"))
				.toList());
			test.accept(problems);
		}
		finally {
			server.shutdownNow();
		}
	}

}
