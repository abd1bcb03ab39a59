package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.SearchException;
import jp.kitakyushu.busters.search.analysis.Analysis;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One on-disk index: owns its {@link IndexWriter}, a near-real-time
 * {@link SearcherManager} reopened by a background thread, and scheduled commits. A
 * missing, corrupt or differently-analysed index is rebuilt from the {@link IndexSource}
 * at open.
 */
public final class SearchIndex implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	/**
	 * Segments up to this size (MB) that a reopen flushes or a merge writes stay in
	 * memory until the next commit: a writer waiting to read its own write flushes a
	 * segment of a few documents, and on disk each one meant some twenty new files, each
	 * memory-mapped for reading and unmapped again once merged away.
	 */
	static final double NRT_CACHE_SEGMENT_MB = 4;

	/** The most (MB) those in-memory segments may hold together, on the heap. */
	static final double NRT_CACHE_TOTAL_MB = 16;

	/** How many ids' last changes are kept for the current reader. */
	private static final int MOST_CHANGES_KEPT = 20_000;

	/** Kept for an id the reader does not hold (no change is this early). */
	private static final long NOT_HELD = Long.MIN_VALUE;

	private final SearchIndexConfig config;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

	private final ScheduledExecutorService committer;

	private final AtomicReference<Instant> watermark;

	private final Map<String, String> positions;

	private final AtomicBoolean closed = new AtomicBoolean();

	/** The last write made through this index (its sequence number); searches see it. */
	private final AtomicLong written = new AtomicLong(-1);

	/** The last write the current searchers show. */
	private volatile long searchable = -1;

	/**
	 * Each id's last change as the current reader holds it ({@link #NOT_HELD} for an id
	 * it does not hold), for {@link #updatedAt(Collection)}.
	 */
	private final KeptPerReader<String, Long> changes = new KeptPerReader<>(MOST_CHANGES_KEPT);

	/** The scopes whose writes are counted, see {@link #watch(String, String)}. */
	private final List<WatchedScope> scopes = new CopyOnWriteArrayList<>();

	/**
	 * Writes share it; loading a scope or a rebuild holds it alone, so a scope's ids
	 * match the documents.
	 */
	private final ReadWriteLock writes = new ReentrantReadWriteLock();

	/**
	 * Writes of one id take one of these, so a scope learns of them in the order the
	 * index applies them (two writes of an id racing could otherwise leave the scope
	 * thinking a public document private).
	 */
	private final Object[] idLocks = new Object[64];

	private SearchIndex(SearchIndexConfig config, Directory directory, IndexWriter writer, Instant watermark,
			Map<String, String> positions) throws IOException {
		this.config = config;
		this.directory = directory;
		this.writer = writer;
		this.watermark = new AtomicReference<>(watermark);
		this.positions = new ConcurrentHashMap<>(positions);
		for (int i = 0; i < this.idLocks.length; i++) {
			this.idLocks[i] = new Object();
		}
		this.searchers = new SearcherManager(writer, new TimeLimitedSearcherFactory(similarity(config)));
		this.searchers.addListener(new ReferenceManager.RefreshListener() {

			private long starting;

			@Override
			public void beforeRefresh() {
				this.starting = writer.getMaxCompletedSequenceNumber();
			}

			@Override
			public void afterRefresh(boolean didRefresh) {
				// Refreshes run one at a time; nothing written before one started is
				// missing after it, whether or not it found anything new.
				SearchIndex.this.searchable = Math.max(SearchIndex.this.searchable, this.starting);
			}

		});
		this.reopener = new ControlledRealTimeReopenThread<>(writer, this.searchers, seconds(config.maxStale()),
				seconds(config.minStale()));
		this.reopener.setName("search-reopen-" + config.name());
		this.reopener.setDaemon(true);
		this.reopener.start();
		this.committer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "search-commit-" + config.name());
			thread.setDaemon(true);
			return thread;
		});
		long period = config.commitInterval().toMillis();
		this.committer.scheduleWithFixedDelay(this::scheduledCommit, period, period, TimeUnit.MILLISECONDS);
	}

	/**
	 * Opens the index in the configured directory, rebuilding it from the source first
	 * when it is missing, unreadable or built with another analysis version.
	 * @param config where and how
	 * @param source the source of truth to rebuild from
	 * @return the open index
	 * @throws SearchException if the directory cannot be used at all
	 */
	public static SearchIndex open(SearchIndexConfig config, IndexSource source) {
		String version = Analysis.get().version();
		Directory directory = null;
		try {
			Files.createDirectories(config.directory());
			directory = new NRTCachingDirectory(FSDirectory.open(config.directory()), NRT_CACHE_SEGMENT_MB,
					NRT_CACHE_TOTAL_MB);
			String reason = IndexInspection.reasonToRebuild(directory, version);
			IndexWriter writer;
			Instant watermark;
			Map<String, String> positions = Map.of();
			if (reason == null) {
				writer = new IndexWriter(directory, writerConfig(config, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
				CommitData committed = CommitData.from(userData(writer));
				watermark = committed.watermarkValue().orElse(Instant.EPOCH);
				positions = committed.positions();
				logger.info("Search index '{}' opened with {} documents, watermark {}", config.name(),
						writer.getDocStats().numDocs, watermark);
			}
			else {
				logger.warn("Search index '{}' is rebuilt from its source: {}", config.name(), reason);
				IndexInspection.clear(directory);
				writer = new IndexWriter(directory, writerConfig(config, IndexWriterConfig.OpenMode.CREATE));
				watermark = new IndexRebuild(config.name(), writer).run(source, version);
			}
			return new SearchIndex(config, directory, writer, watermark, positions);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(directory);
			if (ex instanceof SearchException searchException) {
				throw searchException;
			}
			throw new SearchException(config.name(), "cannot open index in " + config.directory(), ex);
		}
	}

	/**
	 * The index name, as configured.
	 * @return the name
	 */
	public String name() {
		return this.config.name();
	}

	/**
	 * Adds or replaces a document (by id). Every search that starts after this returns
	 * finds it: a search first waits for a refresh when writes are not searchable yet, so
	 * a writer need not wait for one, and a stream of writes with no search between them
	 * costs a refresh per {@code maxStale} instead of one per write.
	 * @param document the document
	 * @return the write generation
	 */
	public long upsert(SearchDocument document) {
		this.writes.readLock().lock();
		try {
			synchronized (idLock(document.id())) {
				long generation = this.writer.updateDocument(new Term(IndexFields.ID, document.id()),
						DocumentMapper.toDocument(document));
				advanceWatermark(document.updatedAt());
				this.written.accumulateAndGet(generation, Math::max);
				// After the write is counted: a search that sees a scope's new generation
				// waits for it.
				for (WatchedScope scope : this.scopes) {
					scope.written(document.id(), scope.holds(document));
				}
				return generation;
			}
		}
		catch (IOException ex) {
			throw failure("cannot index document " + document.id(), ex);
		}
		finally {
			this.writes.readLock().unlock();
		}
	}

	/**
	 * Adds or replaces many documents.
	 * @param documents the documents
	 * @return the generation of the last write
	 */
	public long upsertAll(Iterable<SearchDocument> documents) {
		long generation = 0;
		for (SearchDocument document : documents) {
			generation = upsert(document);
		}
		return generation;
	}

	/**
	 * Removes a document; unknown ids are ignored. Searches that start after this returns
	 * no longer find it.
	 * @param id the document id
	 * @return the write generation
	 */
	public long delete(String id) {
		this.writes.readLock().lock();
		try {
			synchronized (idLock(id)) {
				long generation = this.writer.deleteDocuments(new Term(IndexFields.ID, id));
				this.written.accumulateAndGet(generation, Math::max);
				for (WatchedScope scope : this.scopes) {
					scope.deleted(id);
				}
				return generation;
			}
		}
		catch (IOException ex) {
			throw failure("cannot delete document " + id, ex);
		}
		finally {
			this.writes.readLock().unlock();
		}
	}

	/**
	 * Counts the writes of the documents holding an attribute value (the public's reader
	 * token) from now on, so answers drawn from those documents alone can be kept across
	 * writes of others. Every write through this index counts, a follower's applying
	 * another instance's changes as much as a request's own.
	 * @param key the attribute name
	 * @param value the value
	 * @return the scope, the same for the same attribute value
	 */
	public WatchedScope watch(String key, String value) {
		for (WatchedScope scope : this.scopes) {
			if (scope.key().equals(key) && scope.value().equals(value)) {
				return scope;
			}
		}
		this.writes.writeLock().lock();
		try {
			for (WatchedScope scope : this.scopes) {
				if (scope.key().equals(key) && scope.value().equals(value)) {
					return scope;
				}
			}
			WatchedScope scope = new WatchedScope(key, value, MOST_CHANGES_KEPT);
			refreshNow();
			withSearcher((searcher) -> {
				scope.load(searcher.getIndexReader());
				return null;
			});
			this.scopes.add(scope);
			return scope;
		}
		finally {
			this.writes.writeLock().unlock();
		}
	}

	private Object idLock(String id) {
		return this.idLocks[Math.floorMod(id.hashCode(), this.idLocks.length)];
	}

	/**
	 * Waits until a write is visible to searchers (read-your-writes).
	 * @param generation the generation a write returned
	 */
	public void awaitSearchable(long generation) {
		try {
			this.reopener.waitForGeneration(generation);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure("interrupted while waiting for a refresh", ex);
		}
	}

	/**
	 * Makes every write so far visible to searchers before returning.
	 */
	public void refreshNow() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw failure("cannot refresh", ex);
		}
	}

	/**
	 * Commits now, with the analysis version and the watermark; scheduled commits and
	 * {@link #close()} call this too.
	 */
	public void commit() {
		try {
			CommitData data = new CommitData(Analysis.get().version(), this.watermark.get(),
					Map.copyOf(this.positions));
			this.writer.setLiveCommitData(data.toUserData().entrySet());
			this.writer.commit();
		}
		catch (IOException ex) {
			throw failure("cannot commit", ex);
		}
	}

	/**
	 * The newest {@code updatedAt} written; after a restart, the newest committed. The
	 * api re-sends everything changed since (inclusive) to catch up after a crash.
	 * @return the watermark, empty for an index that never saw a document
	 */
	public Optional<Instant> watermark() {
		Instant value = this.watermark.get();
		return Instant.EPOCH.equals(value) ? Optional.empty() : Optional.of(value);
	}

	/**
	 * Where whoever feeds the index had read its source up to, as of the last commit or
	 * the last {@link #position(String, String)}: a restart resumes from the committed
	 * value, which never runs ahead of the committed documents.
	 * @param key the feed's name, e.g. a collection followed through a change stream
	 * @return the position, empty when none was recorded
	 */
	public Optional<String> position(String key) {
		return Optional.ofNullable(this.positions.get(key));
	}

	/**
	 * Records a feed's position; it is stored with the next commit, together with every
	 * document written before this call. Call it after the writes the position covers.
	 * @param key the feed's name
	 * @param value the position, e.g. a resume token
	 */
	public void position(String key, String value) {
		this.positions.put(key, value);
		try {
			// Marks the writer changed, so the next scheduled commit stores the position
			// even when no document changed.
			this.writer.setLiveCommitData(
					new CommitData(Analysis.get().version(), this.watermark.get(), Map.copyOf(this.positions))
						.toUserData()
						.entrySet());
		}
		catch (AlreadyClosedException ex) {
			throw new SearchException(name(), "index is closed", ex);
		}
	}

	/**
	 * The {@code updatedAt} of the documents the index holds among the given ids, so a
	 * follower can skip what is already current.
	 * @param ids document ids
	 * @return the last change of each document found, by id
	 */
	public Map<String, Instant> updatedAt(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// Each scope's generation before the search begins (it then shows every write
		// the generation counts).
		List<WatchedScope> watched = this.scopes;
		long[] generations = new long[watched.size()];
		for (int i = 0; i < generations.length; i++) {
			generations[i] = watched.get(i).generation();
		}
		return withSearcher((searcher) -> {
			// The same ids come back with every page of themes (their problems), and a
			// reader never changes: each id is sought once per reader. Seeking fifty ids
			// in the terms was a tenth of a page of themes' CPU at 100,000 problems. An
			// id in a watched scope (a public problem) is kept until a write in the
			// scope,
			// so other writes (private submissions) do not make it sought again.
			IndexReader reader = searcher.getIndexReader();
			Map<String, Instant> found = new HashMap<>();
			List<String> unknown = new ArrayList<>();
			for (String id : ids) {
				Long known = null;
				for (int i = 0; i < generations.length && known == null; i++) {
					known = watched.get(i).changes().get(generations[i], id);
				}
				if (known == null) {
					known = this.changes.get(reader, id);
				}
				if (known == null) {
					unknown.add(id);
				}
				else if (known != NOT_HELD) {
					found.put(id, Instant.ofEpochMilli(known));
				}
			}
			if (!unknown.isEmpty()) {
				Map<String, Long> sought = seek(searcher, unknown);
				for (String id : unknown) {
					Long changedAt = sought.get(id);
					keepChange(watched, generations, reader, id, changedAt);
					if (changedAt != null) {
						found.put(id, Instant.ofEpochMilli(changedAt));
					}
				}
			}
			return found;
		});
	}

	/**
	 * Keeps an id's change for the scope it is in, as of the generation read before the
	 * search (any later write of it in the scope, or out of it, moves the generation),
	 * else for the reader.
	 */
	private void keepChange(List<WatchedScope> watched, long[] generations, IndexReader reader, String id,
			@Nullable Long changedAt) {
		if (changedAt != null) {
			for (int i = 0; i < generations.length; i++) {
				if (watched.get(i).contains(id)) {
					watched.get(i).changes().put(generations[i], id, changedAt);
					return;
				}
			}
		}
		this.changes.put(reader, id, (changedAt != null) ? changedAt : NOT_HELD);
	}

	/** The last change of each of the ids the searcher's reader holds, by id. */
	private static Map<String, Long> seek(IndexSearcher searcher, Collection<String> ids) throws IOException {
		// Each id sought in each segment's terms, in one pass: a search per id paid a
		// searcher's set-up for each (fifty on a page of themes). The ids are known,
		// so they are not read back from the doc values, which decompressed a block
		// of ids for each (a sixth of a page of themes' CPU).
		List<BytesRef> sought = ids.stream().distinct().map(BytesRef::new).sorted().toList();
		Map<String, Long> found = new HashMap<>();
		PostingsEnum postings = null;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Terms terms = leaf.reader().terms(IndexFields.ID);
			if (terms == null) {
				continue;
			}
			TermsEnum termsEnum = terms.iterator();
			Bits live = leaf.reader().getLiveDocs();
			SortedMap<Integer, String> byDoc = new TreeMap<>();
			for (BytesRef id : sought) {
				if (termsEnum.seekExact(id)) {
					postings = termsEnum.postings(postings, PostingsEnum.NONE);
					int doc;
					while ((doc = postings.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS) {
						if (live == null || live.get(doc)) {
							byDoc.put(doc, id.utf8ToString());
						}
					}
				}
			}
			NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.UPDATED_AT);
			for (Map.Entry<Integer, String> hit : byDoc.entrySet()) {
				if (values.advanceExact(hit.getKey())) {
					found.put(hit.getValue(), values.longValue());
				}
			}
		}
		return found;
	}

	/**
	 * Merges the index into one segment, keeping the documents' order, and shows it to
	 * searches: a matching query sets up a postings reader per term, field and segment,
	 * and merging the benchmark's five segments into one cut a match's CPU time by about
	 * a fifth (README, run O). For after a bulk load; writes may go on meanwhile and land
	 * in new segments.
	 */
	public void compact() {
		try {
			this.writer.forceMerge(1);
			refreshNow();
		}
		catch (IOException ex) {
			throw failure("cannot merge the index into one segment", ex);
		}
	}

	/**
	 * Replaces the whole content with the source's, e.g. after a bulk change in the
	 * source; searches during the rebuild may see a partial index.
	 * @param source the source of truth
	 */
	public void rebuild(IndexSource source) {
		try {
			this.writer.deleteAll();
			this.watermark.set(Instant.EPOCH);
			Instant newest = new IndexRebuild(name(), this.writer).run(source, Analysis.get().version());
			advanceWatermark(newest);
			reloadScopes();
		}
		catch (IOException ex) {
			throw failure("cannot rebuild", ex);
		}
	}

	/** Shows every write, then takes each scope's documents anew (a new generation). */
	private void reloadScopes() {
		this.writes.writeLock().lock();
		try {
			refreshNow();
			withSearcher((searcher) -> {
				for (WatchedScope scope : this.scopes) {
					scope.load(searcher.getIndexReader());
				}
				return null;
			});
		}
		finally {
			this.writes.writeLock().unlock();
		}
	}

	/**
	 * Runs work with an acquired searcher, released afterwards, within the query time
	 * limit. Meant for the library's query and matching packages.
	 * @param <T> result type
	 * @param callback the work
	 * @return its result
	 */
	public <T> T withSearcher(SearcherCallback<T> callback) {
		long wanted = this.written.get();
		if (wanted > this.searchable) {
			// Read-your-writes for everyone: whatever was written before this search
			// began is found (a refresh at most minStale after the last one).
			awaitSearchable(wanted);
		}
		IndexSearcher searcher;
		try {
			searcher = this.searchers.acquire();
		}
		catch (IOException ex) {
			throw failure("cannot acquire a searcher", ex);
		}
		catch (AlreadyClosedException ex) {
			throw new SearchException(name(), "index is closed", ex);
		}
		QueryDeadline.start(this.config.queryTimeout());
		try {
			return callback.apply(searcher);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw new InvalidQueryException("TOO_MANY_TERMS", "The query has too many terms; use fewer words.");
		}
		catch (IOException ex) {
			throw failure("search failed", ex);
		}
		finally {
			QueryDeadline.clear();
			release(searcher);
		}
	}

	/**
	 * Gives the current thread a fresh time limit, for work inside
	 * {@link #withSearcher(SearcherCallback)} that runs many searches, each of which
	 * should have the limit of one search (clustering matches every problem in turn).
	 */
	public void restartTimeLimit() {
		QueryDeadline.start(this.config.queryTimeout());
	}

	/**
	 * Whether the search in progress on this thread ran out of time (its results are
	 * partial).
	 * @return {@code true} after a timeout
	 */
	public static boolean timedOut() {
		return QueryDeadline.expired();
	}

	/**
	 * The state a readiness probe reports.
	 * @return the health
	 */
	public IndexHealth health() {
		boolean open = !this.closed.get() && this.writer.isOpen();
		String version = Analysis.get().version();
		if (!open) {
			return new IndexHealth(name(), false, false, 0, watermark(), version, "index is closed");
		}
		try {
			long documents = withSearcher((searcher) -> (long) searcher.getIndexReader().numDocs());
			return new IndexHealth(name(), true, true, documents, watermark(), version, "");
		}
		catch (RuntimeException ex) {
			return new IndexHealth(name(), true, false, 0, watermark(), version, ex.getMessage());
		}
	}

	/**
	 * Stops the background threads, commits, closes the searchers (releasing their
	 * readers), then the writer and the directory. Idempotent.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.committer.shutdownNow();
		try {
			this.reopener.close();
			commit();
			this.searchers.close();
			this.writer.close();
			this.directory.close();
			logger.info("Search index '{}' closed", name());
		}
		catch (IOException ex) {
			throw failure("cannot close", ex);
		}
	}

	private void scheduledCommit() {
		try {
			if (this.writer.hasUncommittedChanges()) {
				commit();
			}
		}
		catch (RuntimeException ex) {
			logger.error("Search index '{}': scheduled commit failed", name(), ex);
		}
	}

	private void advanceWatermark(Instant updatedAt) {
		this.watermark.accumulateAndGet(updatedAt, (a, b) -> a.isAfter(b) ? a : b);
	}

	private void release(IndexSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw failure("cannot release a searcher", ex);
		}
	}

	private SearchException failure(String message, Exception cause) {
		return new SearchException(name(), message, cause);
	}

	static Similarity similarity(SearchIndexConfig config) {
		return new BM25Similarity(config.bm25K1(), config.bm25B());
	}

	private static IndexWriterConfig writerConfig(SearchIndexConfig config, IndexWriterConfig.OpenMode mode) {
		IndexWriterConfig writerConfig = new IndexWriterConfig(IndexFields.indexAnalyzer());
		writerConfig.setOpenMode(mode);
		writerConfig.setSimilarity(similarity(config));
		writerConfig.setRAMBufferSizeMB(config.ramBufferMb());
		writerConfig.setCommitOnClose(false);
		// A writer waiting to read its own write makes a reopen flush a small segment;
		// packing each into a compound file copies it once more on the request's path.
		// Merged segments stay as they are for the same reason.
		writerConfig.setUseCompoundFile(false);
		writerConfig.getMergePolicy().setNoCFSRatio(0.0);
		writerConfig.setMergePolicy(new InOrderForcedMerges(writerConfig.getMergePolicy()));
		return writerConfig;
	}

	private static Map<String, String> userData(IndexWriter writer) {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static void closeQuietly(Directory directory) {
		if (directory != null) {
			try {
				directory.close();
			}
			catch (IOException ex) {
				logger.debug("Ignoring failure to close directory", ex);
			}
		}
	}

}
