package jp.kitakyushu.busters.api.search;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./busters reindex}: rebuilds the search index from MongoDB with a progress bar,
 * then exits. Runs instead of the server, since the index admits one writer.
 */
@Component
@ConditionalOnBooleanProperty("busters.search.reindex-and-exit")
class ReindexCommand implements ApplicationRunner {

	private static final int BAR_WIDTH = 40;

	private final SearchIndex index;

	private final IndexSource store;

	private final ConfigurableApplicationContext context;

	private final PrintStream out = System.out;

	ReindexCommand(SearchIndex index, SearchIndexer indexer, ConfigurableApplicationContext context) {
		this.index = index;
		this.store = IndexFollower.everything(indexer.sources());
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		long total = this.store.count();
		AtomicLong done = new AtomicLong();
		long started = System.nanoTime();
		this.out.println("Reindexing " + total + " objects from the store into " + this.index.name() + " ...");
		this.index.rebuild(new IndexSource() {

			@Override
			public long count() {
				return total;
			}

			@Override
			public Stream<SearchDocument> all() {
				return ReindexCommand.this.store.all().peek((document) -> progress(done.incrementAndGet(), total));
			}

		});
		this.index.commit();
		double seconds = (System.nanoTime() - started) / 1e9;
		this.out.printf("%nDone: %d search documents (a selected proposal has a public one besides its own) in %.1f s "
				+ "(%.0f docs/s).%n", done.get(), seconds, done.get() / Math.max(seconds, 0.001));
		int exit = SpringApplication.exit(this.context, () -> 0);
		System.exit(exit);
	}

	private void progress(long done, long total) {
		if (done % 200 != 0 && done != total || done > total) {
			return;
		}
		int filled = (total == 0) ? BAR_WIDTH : (int) (BAR_WIDTH * Math.min(done, total) / total);
		this.out.printf("\r[%s%s] %3d%% %d/%d", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
				(total == 0) ? 100 : 100 * Math.min(done, total) / total, done, total);
	}

}
