package jp.kitakyushu.busters.api.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the commands the api sends to MongoDB, so tests can prove that a page costs a
 * constant number of round trips however many items it holds.
 */
public class MongoCommandCounter implements CommandListener {

	private final List<String> commands = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.commands.add(event.getCommandName() + " " + collectionOf(event));
	}

	/** Forgets what was counted so far. */
	public void reset() {
		this.commands.clear();
	}

	/** The commands since the last reset, e.g. {@code find problems}. */
	public List<String> commands() {
		return List.copyOf(this.commands);
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
