package jp.kitakyushu.busters.api.theme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

/**
 * Counts the {@code find} commands the api sends to each collection, so a test can tell a
 * batched field (one read per page) from an N+1 one (one read per item).
 */
public final class StoreCommands implements CommandListener {

	private final Map<String, AtomicInteger> finds = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		if ("find".equals(event.getCommandName())) {
			BsonValue collection = event.getCommand().get("find");
			if (collection != null && collection.isString()) {
				this.finds.computeIfAbsent(collection.asString().getValue(), (name) -> new AtomicInteger())
					.incrementAndGet();
			}
		}
	}

	/** Forgets what was counted so far. */
	public void reset() {
		this.finds.clear();
	}

	/** How many {@code find} commands went to the collection since the last reset. */
	public int finds(String collection) {
		AtomicInteger count = this.finds.get(collection);
		return (count != null) ? count.get() : 0;
	}

}
