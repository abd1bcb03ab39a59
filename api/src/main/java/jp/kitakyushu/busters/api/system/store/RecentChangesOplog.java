package jp.kitakyushu.busters.api.system.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.oplog.OplogCursor;
import de.bwaldvogel.mongo.oplog.OplogPosition;

/**
 * The embedded store's change streams: which document of which collection was inserted,
 * updated or deleted, for the most recent changes only, kept in memory. The stock oplog
 * of mongo-java-server keeps a full copy of every write forever and scans all of it on
 * every read of a stream, and its update events do not say which document changed; this
 * one holds ids only, is bounded, and serves a stream from where it left off. A stream
 * resuming from before what is kept (or from before a restart) fails the way a replica
 * set's does when its oplog has rolled over (ChangeStreamHistoryLost), and the follower
 * then catches up another way.
 */
final class RecentChangesOplog implements Oplog {

	/**
	 * How many changes are kept: a follower reads every few seconds, and 50,000 changes
	 * are minutes of this api's writes (200,000 ids took an estimated 25 MB of a 192 MB
	 * heap).
	 */
	static final int DEFAULT_CAPACITY = 50_000;

	/** MongoDB's code for a resume token whose history is gone. */
	static final int CHANGE_STREAM_HISTORY_LOST = 286;

	private final ConcurrentNavigableMap<Long, Change> changes = new ConcurrentSkipListMap<>();

	private final CursorRegistry cursors;

	private final Clock clock;

	private final int capacity;

	/**
	 * How many changes are kept, counted here: the skip list's own size() walks every
	 * entry, and it ran on every write, so a write cost grew with the writes before it.
	 */
	private final AtomicInteger kept = new AtomicInteger();

	private final AtomicLong last;

	/** Nothing before this position is known: it moves up as old changes are dropped. */
	private final AtomicLong horizon;

	RecentChangesOplog(CursorRegistry cursors, Clock clock, int capacity) {
		this.cursors = cursors;
		this.clock = clock;
		this.capacity = capacity;
		long start = new BsonTimestamp(clock.instant(), 0).getValue();
		this.last = new AtomicLong(start);
		this.horizon = new AtomicLong(start);
	}

	@Override
	public void handleInsert(String namespace, List<Document> documents) {
		documents.forEach((document) -> record(namespace, "insert", document.get("_id")));
	}

	@Override
	public void handleUpdate(String namespace, Document selector, Document query, List<Object> modifiedIds) {
		modifiedIds.forEach((id) -> record(namespace, "update", id));
	}

	@Override
	public void handleDelete(String namespace, Document query, List<Object> deletedIds) {
		deletedIds.forEach((id) -> record(namespace, "delete", id));
	}

	@Override
	public void handleDropCollection(String namespace) {
		// Nothing the application drops is followed.
	}

	@Override
	public Cursor createCursor(Document changeStream, String namespace, Aggregation aggregation) {
		long from = startOf(changeStream);
		if (from < this.horizon.get()) {
			throw new MongoServerError(CHANGE_STREAM_HISTORY_LOST, "ChangeStreamHistoryLost",
					"Resume of change stream was not possible, as the resume point may no longer be in the oplog.");
		}
		OplogCursor cursor = new OplogCursor(this.cursors.generateCursorId(),
				(position) -> aggregation.runStagesAsStream(after(valueOf(position), namespace)),
				new OplogPosition(new BsonTimestamp(from)));
		this.cursors.add(cursor);
		return cursor;
	}

	/** How many changes are kept now. */
	int size() {
		return this.changes.size();
	}

	private void record(String namespace, String operation, Object id) {
		long position = this.last
			.updateAndGet((previous) -> Math.max(previous + 1, new BsonTimestamp(this.clock.instant(), 0).getValue()));
		this.changes.put(position, new Change(namespace, operation, id));
		this.kept.incrementAndGet();
		while (this.kept.get() > this.capacity) {
			Map.Entry<Long, Change> oldest = this.changes.pollFirstEntry();
			if (oldest == null) {
				break;
			}
			this.kept.decrementAndGet();
			this.horizon.accumulateAndGet(oldest.getKey(), Math::max);
		}
	}

	/** Where a stream starts: after its resume token, at its operation time, or now. */
	private long startOf(Document changeStream) {
		Document token = (Document) changeStream.get("startAfter");
		if (token == null) {
			token = (Document) changeStream.get("resumeAfter");
		}
		if (token != null) {
			return valueOf(OplogPosition.fromDocument(token));
		}
		BsonTimestamp at = (BsonTimestamp) changeStream.get("startAtOperationTime");
		return (at != null) ? at.getValue() - 1 : this.last.get();
	}

	private Stream<Document> after(long position, String namespace) {
		return this.changes.tailMap(position, false)
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().namespace().equals(namespace))
			.map((entry) -> event(entry.getKey(), entry.getValue()));
	}

	private static Document event(long position, Change change) {
		Document namespace = new Document("db", Utils.getDatabaseNameFromFullName(change.namespace())).append("coll",
				Utils.getCollectionNameFromFullName(change.namespace()));
		return new Document("_id", new Document("_data", new OplogPosition(new BsonTimestamp(position)).toHexString()))
			.append("operationType", change.operation())
			.append("clusterTime", new BsonTimestamp(position))
			.append("ns", namespace)
			.append("documentKey", new Document("_id", change.id()));
	}

	private static long valueOf(OplogPosition position) {
		return Long.parseUnsignedLong(position.toHexString(), 16);
	}

	/**
	 * One change: what happened to which document of which collection.
	 *
	 * @param namespace database and collection, {@code db.collection}
	 * @param operation {@code insert}, {@code update} or {@code delete}
	 * @param id the document's {@code _id}
	 */
	private record Change(String namespace, String operation, Object id) {
	}

}
