package jp.kitakyushu.busters.api.system.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded store's change streams, read over the wire protocol by the MongoDB driver
 * as an index follower reads them: which document changed and how, resuming from a token,
 * and a clear refusal once the history a token points into is gone.
 */
class RecentChangesOplogIntegrationTests {

	private static final int CAPACITY = 5;

	private MongoServer server;

	private MongoClient client;

	private MongoCollection<Document> problems;

	@BeforeEach
	void start() {
		this.server = new MongoServer(new MemoryBackend() {

			@Override
			protected Oplog createOplog() {
				return new RecentChangesOplog(getCursorRegistry(), Clock.systemUTC(), CAPACITY);
			}

		});
		this.server.enableOplog();
		this.client = MongoClients.create(this.server.bindAndGetConnectionString());
		this.problems = this.client.getDatabase("busters").getCollection("problems");
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdownNow();
	}

	@Test
	void aStreamTellsWhichDocumentChangedAndHow() {
		this.problems.insertOne(new Document("_id", "before").append("title", "written before the stream"));
		try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = this.problems.watch().cursor()) {
			this.problems.insertOne(new Document("_id", "p1").append("title", "バス停に屋根がない"));
			this.problems.updateOne(Filters.eq("_id", "p1"), Updates.set("status", "PUBLISHED"));
			this.problems.replaceOne(Filters.eq("_id", "p1"), new Document("title", "replaced"));
			this.problems.deleteOne(Filters.eq("_id", "p1"));
			this.client.getDatabase("busters").getCollection("themes").insertOne(new Document("_id", "t1"));

			assertThat(drain(stream)).containsExactly("insert p1", "update p1", "update p1", "delete p1");
			assertThat(stream.tryNext()).isNull();
		}
	}

	@Test
	void aStreamResumesAfterItsTokenWithNothingLostOrRepeated() {
		BsonDocument token;
		try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = this.problems.watch().cursor()) {
			this.problems.insertOne(new Document("_id", "p1"));
			assertThat(drain(stream)).containsExactly("insert p1");
			token = stream.getResumeToken();
		}
		this.problems.insertOne(new Document("_id", "p2"));
		this.problems.updateOne(Filters.eq("_id", "p1"), Updates.set("status", "PUBLISHED"));
		try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> resumed = this.problems.watch()
			.resumeAfter(token)
			.cursor()) {
			assertThat(drain(resumed)).containsExactly("insert p2", "update p1");
		}
	}

	@Test
	void resumingFromBeforeTheKeptHistoryIsRefusedAsChangeStreamHistoryLost() {
		BsonDocument token;
		try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = this.problems.watch().cursor()) {
			this.problems.insertOne(new Document("_id", "p0"));
			drain(stream);
			token = stream.getResumeToken();
		}
		for (int i = 1; i <= CAPACITY + 1; i++) {
			this.problems.insertOne(new Document("_id", "p" + i));
		}
		assertThatExceptionOfType(MongoCommandException.class)
			.isThrownBy(() -> this.problems.watch().resumeAfter(token).cursor())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(286));
	}

	private static List<String> drain(MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream) {
		List<String> changes = new ArrayList<>();
		ChangeStreamDocument<Document> change;
		while ((change = stream.tryNext()) != null) {
			changes.add(change.getOperationTypeString() + " " + change.getDocumentKey().getString("_id").getValue());
		}
		return changes;
	}

}
