package jp.kitakyushu.busters.api.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import jp.kitakyushu.busters.api.system.index.Searchable;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.bson.BsonDocument;
import org.bson.BsonTimestamp;
import org.bson.BsonValue;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps this instance's index in step with what others write to the store (other api
 * instances, jobs, a listener that failed), off the request path. Where the store offers
 * change streams (a replica set; the embedded store) it reads one per searchable
 * collection and keeps each stream's resume token in the index's commit, so a restart
 * resumes where the committed index ends; elsewhere it polls {@code updatedAt}. Either
 * way it rewrites only entities the index does not already hold at their latest change.
 */
class IndexFollower implements AutoCloseable {

	/** How the follower picked up at start. */
	enum Start {

		/** The index was empty: it was built from the whole store. */
		REBUILT,

		/** Every change stream resumed from its stored token. */
		RESUMED,

		/** Caught up by reading what changed since the index's newest change. */
		CAUGHT_UP

	}

	/**
	 * The shape of the documents the features give the index; an index holding an older
	 * shape (documents without the numbers lists sort by; 3: problems without whether
	 * they wait for a privacy review) is rebuilt at start. Raise it whenever a feature's
	 * documents change.
	 */
	static final String DOCUMENTS = "3";

	/** Changes read from one stream per round, so one round stays short. */
	static final int MAX_CHANGES_PER_ROUND = 10_000;

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

	private static final String POSITION = "stream.";

	private static final String SHAPE = "documents";

	/** Prefix of a position that is an operation time, not a resume token. */
	private static final String AT = "at:";

	private final SearchIndex index;

	private final SearchIndexer indexer;

	private final MongoTemplate mongo;

	private final SearchProperties properties;

	private final Clock clock;

	private final Map<Searchable, MongoChangeStreamCursor<ChangeStreamDocument<Document>>> streams = new LinkedHashMap<>();

	private boolean polling;

	private @Nullable Instant seen;

	private @Nullable Start start;

	IndexFollower(SearchIndex index, SearchIndexer indexer, MongoTemplate mongo, SearchProperties properties,
			Clock clock) {
		this.index = index;
		this.indexer = indexer;
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Opens the streams (resuming where they were), then fills an empty index from the
	 * store or catches up with what the streams cannot tell, and reads what is pending.
	 */
	synchronized Start start() {
		boolean resumedAll = openStreams();
		boolean current = DOCUMENTS.equals(this.index.position(SHAPE).orElse(null));
		if ((this.index.watermark().isEmpty() || !current) && storeHolds()) {
			log.info("Search index is {}: building it from the store", current ? "empty" : "of an older shape");
			this.index.rebuild(everything(this.indexer.sources()));
			this.start = Start.REBUILT;
		}
		else if (this.polling || !resumedAll) {
			catchUpSince(this.index.watermark().orElse(null));
			this.start = Start.CAUGHT_UP;
		}
		else {
			this.start = Start.RESUMED;
		}
		this.index.position(SHAPE, DOCUMENTS);
		this.seen = this.index.watermark().orElse(null);
		catchUp();
		this.index.refreshNow();
		log.info("Search index follows the store by {} ({})", this.polling ? "polling updatedAt" : "change streams",
				this.start);
		return this.start;
	}

	/** How the follower started; null before it did. */
	synchronized @Nullable Start started() {
		return this.start;
	}

	/** Whether it polls instead of reading change streams. */
	synchronized boolean polling() {
		return this.polling;
	}

	/**
	 * One round: reads what changed, writes it and makes it searchable; returns how many
	 * documents were written.
	 */
	synchronized int catchUp() {
		int written;
		if (this.polling) {
			written = poll();
		}
		else {
			Instant round = this.clock.instant();
			written = 0;
			for (Searchable source : this.indexer.sources()) {
				written += follow(source, round);
			}
		}
		if (written > 0) {
			this.index.refreshNow();
		}
		return written;
	}

	@Scheduled(fixedDelayString = "${busters.search.follow-interval:5s}",
			initialDelayString = "${busters.search.follow-interval:5s}")
	void follow() {
		if (started() == null) {
			return;
		}
		try {
			int written = catchUp();
			if (written > 0) {
				log.debug("Search index followed {} changed documents", written);
			}
		}
		catch (RuntimeException ex) {
			// The next round retries; searches keep answering from the last good state.
			log.warn("Search index could not follow the store: {}", ex.toString());
		}
	}

	@Override
	public synchronized void close() {
		this.streams.values().forEach(MongoChangeStreamCursor::close);
		this.streams.clear();
	}

	/** Reads one source's stream and writes the entities it names. */
	private int follow(Searchable source, Instant round) {
		MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = this.streams.get(source);
		Set<String> ids = new LinkedHashSet<>();
		try {
			if (stream == null) {
				stream = reopen(source);
			}
			ChangeStreamDocument<Document> change;
			while (ids.size() < MAX_CHANGES_PER_ROUND && (change = stream.tryNext()) != null) {
				String id = idOf(change.getDocumentKey());
				if (id != null) {
					ids.add(id);
				}
			}
		}
		catch (MongoException ex) {
			// A broken stream (the store restarted, the history rolled over) is read
			// again from where it stood, or, if that is gone, caught up by polling.
			log.warn("Change stream of {} broke, reopening: {}", source.collection(), ex.toString());
			closeStream(source);
			reopen(source);
			return ids.isEmpty() ? 0 : write(source, ids);
		}
		int written = ids.isEmpty() ? 0 : write(source, ids);
		BsonDocument token = stream.getResumeToken();
		if (token != null) {
			this.index.position(POSITION + source.collection(), token.toJson());
		}
		else {
			// A stream that has not reported a change yet has no token; it resumes from
			// the store's time of this round instead, less an overlap for clocks that
			// differ (changes read twice are written once).
			long seconds = round.minus(this.properties.overlap()).getEpochSecond();
			this.index.position(POSITION + source.collection(), AT + seconds);
		}
		return written;
	}

	private int write(Searchable source, Set<String> ids) {
		return this.indexer.write(source, List.copyOf(ids), true).count();
	}

	/**
	 * Opens a stream per source, each from its stored token; returns whether every one
	 * resumed. A store without change streams switches the follower to polling.
	 */
	private boolean openStreams() {
		boolean resumedAll = true;
		for (Searchable source : this.indexer.sources()) {
			try {
				resumedAll &= open(source);
			}
			catch (MongoCommandException ex) {
				log.info("The store offers no change streams ({}); following it by polling updatedAt",
						ex.getErrorMessage());
				close();
				this.polling = true;
				return false;
			}
		}
		return resumedAll;
	}

	/** Opens a source's stream; true when it resumed from its stored position. */
	private boolean open(Searchable source) {
		String position = this.index.position(POSITION + source.collection()).orElse(null);
		if (position != null) {
			try {
				ChangeStreamIterable<Document> stream = this.mongo.getCollection(source.collection()).watch();
				stream = position.startsWith(AT)
						? stream.startAtOperationTime(
								new BsonTimestamp((int) Long.parseLong(position.substring(AT.length())), 0))
						: stream.resumeAfter(BsonDocument.parse(position));
				this.streams.put(source, stream.cursor());
				return true;
			}
			catch (MongoCommandException ex) {
				if (!historyLost(ex)) {
					throw ex;
				}
				log.info("Change stream of {} cannot resume (its history is gone); catching up instead",
						source.collection());
			}
		}
		this.streams.put(source, this.mongo.getCollection(source.collection()).watch().cursor());
		return false;
	}

	private MongoChangeStreamCursor<ChangeStreamDocument<Document>> reopen(Searchable source) {
		Instant from = this.index.watermark().orElse(null);
		if (!open(source)) {
			catchUpSince(from, source);
		}
		return this.streams.get(source);
	}

	private void closeStream(Searchable source) {
		MongoChangeStreamCursor<ChangeStreamDocument<Document>> stream = this.streams.remove(source);
		if (stream != null) {
			try {
				stream.close();
			}
			catch (MongoException ex) {
				log.debug("Ignoring a failure to close a broken change stream", ex);
			}
		}
	}

	/**
	 * One polling round: everything changed since the last change seen, minus an overlap.
	 */
	private int poll() {
		Instant since = (this.seen != null) ? this.seen.minus(this.properties.overlap()) : null;
		int written = 0;
		Instant newest = this.seen;
		for (Searchable source : this.indexer.sources()) {
			List<String> ids = (since != null) ? source.changedSince(since) : allIds(source);
			if (ids.isEmpty()) {
				continue;
			}
			SearchIndexer.Written result = this.indexer.write(source, ids, true);
			written += result.count();
			Instant read = result.newest().orElse(null);
			if (read != null && (newest == null || read.isAfter(newest))) {
				newest = read;
			}
		}
		if (newest != null) {
			// A change stamped in the future (a skewed clock elsewhere) must not make
			// this follower skip the changes stamped between now and then.
			Instant now = this.clock.instant();
			this.seen = newest.isAfter(now) ? now : newest;
		}
		return written;
	}

	private void catchUpSince(@Nullable Instant from) {
		for (Searchable source : this.indexer.sources()) {
			catchUpSince(from, source);
		}
	}

	private void catchUpSince(@Nullable Instant from, Searchable source) {
		List<String> ids = (from != null) ? source.changedSince(from.minus(this.properties.overlap())) : allIds(source);
		if (!ids.isEmpty()) {
			this.indexer.write(source, ids, true);
		}
	}

	private List<String> allIds(Searchable source) {
		return source.changedSince(Instant.EPOCH);
	}

	private boolean storeHolds() {
		return this.indexer.sources().stream().anyMatch((source) -> source.count() > 0);
	}

	/** Every document of every source, for a rebuild. */
	static IndexSource everything(Collection<Searchable> sources) {
		List<Searchable> all = List.copyOf(sources);
		return new IndexSource() {

			@Override
			public long count() {
				return all.stream().mapToLong(Searchable::count).sum();
			}

			@Override
			public Stream<SearchDocument> all() {
				return all.stream().flatMap(Searchable::allSearchDocuments);
			}

		};
	}

	private static boolean historyLost(MongoCommandException ex) {
		// ChangeStreamHistoryLost, or ChangeStreamFatalError for a token the store cannot
		// use.
		return ex.getErrorCode() == 286 || ex.getErrorCode() == 280;
	}

	private static @Nullable String idOf(@Nullable BsonDocument key) {
		if (key == null) {
			return null;
		}
		BsonValue id = key.get("_id");
		if (id == null) {
			return null;
		}
		if (id.isObjectId()) {
			return id.asObjectId().getValue().toHexString();
		}
		return id.isString() ? id.asString().getValue() : null;
	}

}
