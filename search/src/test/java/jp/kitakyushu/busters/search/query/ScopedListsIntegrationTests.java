package jp.kitakyushu.busters.search.query;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.TestDocuments;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import jp.kitakyushu.busters.search.index.WatchedScope;
import jp.kitakyushu.busters.search.query.ListRequest.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public's lists kept per generation of the public scope: a write the public cannot
 * see leaves them kept, a write it can see (a document added, changed, removed or leaving
 * the scope) shows at once.
 */
class ScopedListsIntegrationTests {

	private static final String READERS = "readers";

	private static final ListRequest NEWEST_PUBLIC = new ListRequest(
			ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM), ListFilter.keyword(READERS, "public")),
			List.of(Order.byNumber("createdAt", true)), 0, 10, false);

	private static final ListRequest NEWEST_FOR_STAFF = new ListRequest(
			ListFilter.allOf(ListFilter.type(DocumentType.PROBLEM), ListFilter.keyword(READERS, "staff")),
			List.of(Order.byNumber("createdAt", true)), 0, 10, false);

	@TempDir
	Path directory;

	private SearchIndex index;

	private WatchedScope scope;

	private DocumentLists lists;

	@BeforeEach
	void open() {
		this.index = SearchIndex.open(SearchIndexConfig.of(this.directory, "scoped"), IndexSource.empty());
		add("a", 1, true);
		add("b", 2, true);
		add("c", 3, false);
		// Watched after the first writes: the scope takes its documents from the index.
		this.scope = this.index.watch(READERS, "public");
		this.lists = new DocumentLists(this.index, this.scope);
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void aPrivateSubmissionLeavesThePublicPageKeptAndTheStaffPageFollowsIt() {
		ListResults first = this.lists.list(NEWEST_PUBLIC);
		assertThat(first.ids()).containsExactly("b", "a");
		assertThat(this.lists.list(NEWEST_FOR_STAFF).ids()).containsExactly("c", "b", "a");
		long generation = this.scope.generation();

		add("d", 4, false);
		add("c", 5, false);
		this.index.delete("c");
		// Not worked out again: the very page kept before the writes.
		assertThat(this.lists.list(NEWEST_PUBLIC)).isSameAs(first);
		assertThat(this.scope.generation()).isEqualTo(generation);
		assertThat(this.lists.list(NEWEST_FOR_STAFF).ids()).containsExactly("d", "b", "a");
	}

	@Test
	void aPublishedChangedOrWithdrawnProblemShowsAtOnce() {
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).containsExactly("b", "a");
		add("d", 4, false);
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).containsExactly("b", "a");

		// Published: the writer reads its own write, with no refresh in between.
		add("d", 4, true);
		ListResults published = this.lists.list(NEWEST_PUBLIC);
		assertThat(published.ids()).containsExactly("d", "b", "a");
		assertThat(published.totalCount()).isEqualTo(3);

		// Changed while public: the order and the change time follow.
		add("a", 9, true);
		ListResults changed = this.lists.list(NEWEST_PUBLIC);
		assertThat(changed.ids()).containsExactly("a", "d", "b");
		assertThat(changed.changedAt().get(0)).isEqualTo(TestDocuments.BASE.plusSeconds(9).toEpochMilli());

		// Leaving the public's view (loaded by the scope when it was watched).
		add("b", 2, false);
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).containsExactly("a", "d");
		this.index.delete("d");
		ListResults left = this.lists.list(NEWEST_PUBLIC);
		assertThat(left.ids()).containsExactly("a");
		assertThat(left.totalCount()).isOne();

		// Lists that keep no pages answer the same.
		assertThat(new DocumentLists(this.index, false).list(NEWEST_PUBLIC)).isEqualTo(left);
	}

	@Test
	void aPublicProblemsChangeTimeIsKeptAcrossPrivateWritesAndFollowsItsOwn() {
		assertThat(this.index.updatedAt(List.of("a", "c", "x"))).containsOnlyKeys("a", "c");
		add("x", 6, false);
		add("c", 7, false);
		Map<String, Instant> afterPrivate = this.index.updatedAt(List.of("a", "c", "x"));
		assertThat(afterPrivate).containsEntry("a", TestDocuments.BASE.plusSeconds(1))
			.containsEntry("c", TestDocuments.BASE.plusSeconds(7))
			.containsEntry("x", TestDocuments.BASE.plusSeconds(6));

		add("a", 8, true);
		assertThat(this.index.updatedAt(List.of("a"))).containsEntry("a", TestDocuments.BASE.plusSeconds(8));
		add("a", 10, false);
		assertThat(this.index.updatedAt(List.of("a"))).containsEntry("a", TestDocuments.BASE.plusSeconds(10));
		this.index.delete("a");
		assertThat(this.index.updatedAt(List.of("a"))).isEmpty();
	}

	@Test
	void noPageIsServedStaleAcrossAPublicChangeWhileOthersWrite() throws Exception {
		AtomicLong published = new AtomicLong();
		AtomicBoolean done = new AtomicBoolean();
		ConcurrentLinkedQueue<String> stale = new ConcurrentLinkedQueue<>();
		List<Thread> readers = new ArrayList<>();
		for (int r = 0; r < 3; r++) {
			Thread reader = new Thread(() -> {
				while (!done.get()) {
					// Whatever was published before the request began is on its page.
					long before = published.get();
					ListResults page = this.lists.list(NEWEST_PUBLIC);
					int at = page.ids().indexOf("moving");
					long shown = (at < 0) ? 0
							: (page.changedAt().get(at) - TestDocuments.BASE.toEpochMilli()) / 1000 - 1000;
					if (shown < before) {
						stale.add("showed " + shown + " after " + before + " was published");
					}
				}
			});
			reader.start();
			readers.add(reader);
		}
		for (int i = 2; i < 300; i++) {
			add("private-" + i, 2000 + i, false);
			if (i % 3 == 0) {
				add("moving", 1000 + i, true);
				published.set(i);
			}
		}
		done.set(true);
		for (Thread reader : readers) {
			reader.join();
		}
		assertThat(stale).isEmpty();
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).contains("moving");
	}

	@Test
	void aRebuildTakesTheScopesDocumentsAnew() {
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).containsExactly("b", "a");
		this.index.rebuild(IndexSource.of(List.of(document("a", 1, false), document("z", 4, true))));
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).containsExactly("z");
		add("z", 4, false);
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).isEmpty();
		add("a", 1, true);
		assertThat(this.lists.list(NEWEST_PUBLIC).ids()).containsExactly("a");
	}

	private void add(String id, int seconds, boolean isPublic) {
		this.index.upsert(document(id, seconds, isPublic));
	}

	private static SearchDocument document(String id, int seconds, boolean isPublic) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, TestDocuments.BASE.plusSeconds(seconds))
			.title("problem " + id)
			.number("createdAt", seconds)
			.attribute(READERS, isPublic ? new String[] { "public", "staff" } : new String[] { "staff", "user:u" })
			.build();
	}

}
