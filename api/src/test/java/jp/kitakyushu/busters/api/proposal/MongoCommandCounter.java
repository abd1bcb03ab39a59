package jp.kitakyushu.busters.api.proposal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the commands the api sends to MongoDB per collection, so tests can prove a page
 * of objects costs a constant number of queries.
 */
@Component
public class MongoCommandCounter implements MongoClientSettingsBuilderCustomizer, CommandListener {

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final java.util.Queue<String> log = new java.util.concurrent.ConcurrentLinkedQueue<>();

	@Override
	public void customize(com.mongodb.MongoClientSettings.Builder settings) {
		settings.addCommandListener(this);
	}

	@Override
	public void commandStarted(CommandStartedEvent event) {
		BsonValue target = event.getCommand().get(event.getCommandName());
		if (target != null && target.isString()) {
			this.counts.computeIfAbsent(target.asString().getValue(), (key) -> new AtomicInteger()).incrementAndGet();
			this.log
				.add(event.getCommandName() + " " + target.asString().getValue() + " " + event.getCommand().toJson());
		}
	}

	/** What was sent since the last reset, for failure messages. */
	public java.util.List<String> log() {
		return java.util.List.copyOf(this.log);
	}

	/** Forgets what was counted so far. */
	public void reset() {
		this.counts.clear();
		this.log.clear();
	}

	/** How many commands went to the collection since the last reset. */
	public int count(String collection) {
		AtomicInteger count = this.counts.get(collection);
		return (count != null) ? count.get() : 0;
	}

}
