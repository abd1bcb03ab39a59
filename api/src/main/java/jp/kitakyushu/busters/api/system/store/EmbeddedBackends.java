package jp.kitakyushu.busters.api.system.store;

import java.time.Clock;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's two backends (an H2 file, or memory) with what the api needs of
 * them beyond the stock ones: the bounded oplog of recent changes
 * ({@link RecentChangesOplog}) for change streams, and collections that look a document
 * up by id first when a query names one ({@link ByIdFirst}).
 */
final class EmbeddedBackends {

	/** mongo-java-server's names of a collection's maps in the MVStore (version 1.47). */
	private static final String DATA_MAP_PREFIX = "databases.";

	private static final String META_MAP_PREFIX = "meta.";

	private EmbeddedBackends() {
	}

	/**
	 * The fill rate (percent) under which the file's chunks are compacted by default.
	 * H2's own default of 90 kept the store's background writer rewriting old chunks
	 * under a steady stream of writes: a store of 100,000 problems sits at 91-93 % full,
	 * so every second up to about 10 MB of old pages were read back (every document
	 * deserialised), held in memory until the next background commit and written again.
	 * That was 36 % of all the api's allocation during submissions and most of what they
	 * promoted to the old generation (the full collections). At 50 only chunks that are
	 * at most a quarter alive are rewritten while the store is busy, so the file may hold
	 * up to about twice its live data.
	 */
	static final int DEFAULT_COMPACT_FILL_RATE = 50;

	static MongoBackend file(String file) {
		return file(file, DEFAULT_COMPACT_FILL_RATE);
	}

	/**
	 * The H2 file backend.
	 * @param file the MVStore file
	 * @param compactFillRate the fill rate (percent) under which MVStore compacts in the
	 * background; 0 never compacts
	 * @return the backend
	 */
	static MongoBackend file(String file, int compactFillRate) {
		MVStore opened = new MVStore.Builder().fileName(file).autoCompactFillRate(compactFillRate).open();
		return new H2Backend(opened) {

			@Override
			protected MongoDatabase openOrCreateDatabase(String databaseName) {
				// Called from the constructor too: only what is already set may be used.
				MVStore store = getMvStore();
				CursorRegistry cursors = getCursorRegistry();
				return new H2Database(databaseName, store, cursors) {

					@Override
					protected MongoCollection<Object> openOrCreateCollection(String collectionName,
							CollectionOptions options) {
						String fullName = getFullCollectionNamespace(collectionName);
						return new ByIdFirstH2Collection(this, collectionName, options,
								store.openMap(DATA_MAP_PREFIX + fullName), store.openMap(META_MAP_PREFIX + fullName),
								cursors);
					}

				};
			}

			@Override
			protected Oplog createOplog() {
				return new RecentChangesOplog(getCursorRegistry(), Clock.systemUTC(),
						RecentChangesOplog.DEFAULT_CAPACITY);
			}

		};
	}

	static MongoBackend memory() {
		return new MemoryBackend() {

			@Override
			public MemoryDatabase openOrCreateDatabase(String databaseName) {
				CursorRegistry cursors = getCursorRegistry();
				return new MemoryDatabase(databaseName, cursors) {

					@Override
					protected MemoryCollection openOrCreateCollection(String collectionName,
							CollectionOptions options) {
						return new ByIdFirstMemoryCollection(this, collectionName, options, cursors);
					}

				};
			}

			@Override
			protected Oplog createOplog() {
				return new RecentChangesOplog(getCursorRegistry(), Clock.systemUTC(),
						RecentChangesOplog.DEFAULT_CAPACITY);
			}

		};
	}

}
