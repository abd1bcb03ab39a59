package jp.kitakyushu.busters.api.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;

/**
 * Counts the commands the api sends to MongoDB and the documents they read back, so tests
 * can prove that a page costs a constant number of round trips however many items it
 * holds, and that it reads the same however many the store holds.
 */
public class MongoCommandCounter implements CommandListener {

	private final List<String> commands = new CopyOnWriteArrayList<>();

	private final AtomicLong documentsRead = new AtomicLong();

	private final List<BsonDocument> finds = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.commands.add(event.getCommandName() + " " + collectionOf(event));
		if ("find".equals(event.getCommandName())) {
			this.finds.add(event.getCommand().clone());
		}
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		BsonDocument cursor = event.getResponse().getDocument("cursor", null);
		if (cursor != null) {
			String batch = cursor.containsKey("firstBatch") ? "firstBatch" : "nextBatch";
			if (cursor.containsKey(batch)) {
				this.documentsRead.addAndGet(cursor.getArray(batch).size());
			}
		}
	}

	/** Forgets what was counted so far. */
	public void reset() {
		this.commands.clear();
		this.finds.clear();
		this.documentsRead.set(0);
	}

	/** How many documents the commands since the last reset read back. */
	public long documentsRead() {
		return this.documentsRead.get();
	}

	/** The commands since the last reset, e.g. {@code find problems}. */
	public List<String> commands() {
		return List.copyOf(this.commands);
	}

	/**
	 * The {@code find} commands sent to the collection since the last reset, whole
	 * (filter, projection, sort, limit).
	 */
	public List<BsonDocument> finds(String collection) {
		return this.finds.stream()
			.filter((find) -> find.isString("find") && find.getString("find").getValue().equals(collection))
			.toList();
	}

	/** How many commands went to the collection since the last reset. */
	public int count(String collection) {
		return (int) this.commands.stream().filter((command) -> command.endsWith(" " + collection)).count();
	}

	/** What was sent since the last reset, for failure messages. */
	public List<String> log() {
		return commands();
	}

	private static String collectionOf(CommandStartedEvent event) {
		var value = event.getCommand().get(event.getCommandName());
		return (value != null && value.isString()) ? value.asString().getValue() : "";
	}

}
