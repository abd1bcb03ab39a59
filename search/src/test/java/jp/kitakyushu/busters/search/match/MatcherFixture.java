package jp.kitakyushu.busters.search.match;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.SearchIndexConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matching tests' shared fixture: an index on disk opened before each test from the
 * documents the test class gives, a matcher over it, and the problems several classes
 * tell (a bus stop in Shii without a roof, the same problem in other words, and its
 * near-miss, the same stop's unreadable timetable).
 */
abstract class MatcherFixture {

	static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

	static final String ROOF_TITLE = "志井のバス停に屋根がなく、雨の日は濡れながら待つしかない";

	static final String ROOF_TEXT = "小倉南区志井の県道沿いのバス停を通勤で使っています。屋根もベンチもないので、雨の日は傘をさしても足元がずぶ濡れになります。";

	/** The roof problem as another citizen tells it. */
	static final String ROOF_IN_OTHER_WORDS = "志井の停留所、雨よけが何もないので雨の朝はびしょびしょになってバスを待っています。";

	static final String TIMETABLE_TITLE = "志井のバス停の時刻表が日焼けして読めない";

	static final String TIMETABLE_TEXT = "小倉南区志井のバス停の時刻表が色あせて、数字がほとんど読めません。何時のバスが来るのか分からず困っています。";

	static final String KOKURA_MINAMI = "KOKURA_MINAMI";

	@TempDir
	Path directory;

	SearchIndex index;

	Matcher matcher;

	/**
	 * The documents indexed before each test.
	 * @return the documents
	 */
	abstract List<SearchDocument> documents();

	@BeforeEach
	void open() {
		// A generous time limit: these tests are about what matches, and a loaded build
		// machine once took longer than the default 2 s over a 45,000-character text.
		SearchIndexConfig defaults = SearchIndexConfig.of(this.directory, "match-test");
		SearchIndexConfig config = new SearchIndexConfig(defaults.directory(), defaults.name(),
				defaults.commitInterval(), defaults.maxStale(), defaults.minStale(), Duration.ofSeconds(60),
				defaults.ramBufferMb(), defaults.bm25K1(), defaults.bm25B());
		this.index = SearchIndex.open(config, IndexSource.of(documents()));
		this.matcher = new Matcher(this.index);
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	/** A published public problem, updated the given seconds after {@link #START}. */
	static SearchDocument problem(String id, String title, String text, String ward, int second) {
		return problem(id, title, text, ward, second, "PUBLIC");
	}

	static SearchDocument problem(String id, String title, String text, String ward, int second, String visibility) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, START.plusSeconds(second))
			.title(title)
			.text(text)
			.ward(ward)
			.status("PUBLISHED")
			.attribute("visibility", visibility)
			.build();
	}

}
