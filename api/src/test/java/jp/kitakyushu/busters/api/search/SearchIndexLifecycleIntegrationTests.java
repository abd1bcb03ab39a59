package jp.kitakyushu.busters.api.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import jp.kitakyushu.busters.api.BustersApiApplication;
import jp.kitakyushu.busters.api.system.security.Readers;
import jp.kitakyushu.busters.search.query.FullTextSearch;
import jp.kitakyushu.busters.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is derived data: deleted, it is rebuilt from the store at start; left behind
 * while the store moved on, it catches up at start.
 */
class SearchIndexLifecycleIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aDeletedIndexIsRebuiltFromTheStoreAtStart() throws IOException {
		long before;
		try (ConfigurableApplicationContext api = start()) {
			before = hits(api, "バス");
			assertThat(before).isPositive();
		}
		deleteRecursively(this.dataDir.resolve("index"));
		try (ConfigurableApplicationContext api = start()) {
			// The demo loader runs before the follower starts and finds everything
			// present, so what is searchable comes from the rebuild alone, not from a
			// race with it.
			assertThat(api.getBean(IndexFollower.class).started()).isEqualTo(IndexFollower.Start.REBUILT);
			assertThat(hits(api, "バス")).isEqualTo(before);
		}
	}

	@Test
	void anIndexOlderThanTheStoreCatchesUpAtStart() {
		try (ConfigurableApplicationContext api = start()) {
			assertThat(hits(api, "ジャカランダ")).isZero();
		}
		// While the api is down, the store changes (as another instance would change it).
		MongoServer store = new MongoServer(new H2Backend(this.dataDir.resolve("busters-store.mv").toString()));
		String uri = store.bindAndGetConnectionString();
		try (MongoClient client = MongoClients.create(uri)) {
			var problems = client.getDatabase("busters").getCollection("problems");
			var anyPublished = problems.find(Filters.eq("status", "PUBLISHED")).first();
			assertThat(anyPublished).isNotNull();
			problems.updateOne(Filters.eq("_id", anyPublished.get("_id")), Updates.combine(
					Updates.set("publicTitle", "ジャカランダの並木道を守りたい"), Updates.set("updatedAt", Date.from(Instant.now()))));
		}
		finally {
			store.shutdown();
		}
		try (ConfigurableApplicationContext api = start()) {
			assertThat(hits(api, "ジャカランダ")).isOne();
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BustersApiApplication.class).profiles("demo")
			.run("--server.port=0", "--busters.data-dir=" + this.dataDir, "--busters.keycloak.url=http://127.0.0.1:9");
	}

	private static long hits(ConfigurableApplicationContext api, String query) {
		return api.getBean(FullTextSearch.class)
			.search(SearchRequest.builder(query).filter(Readers.ATTRIBUTE, Readers.PUBLIC).build())
			.totalHits();
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		assertThat(directory).doesNotExist();
	}

}
