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

	static MongoBackend file(String file) {
		return new H2Backend(file) {

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
