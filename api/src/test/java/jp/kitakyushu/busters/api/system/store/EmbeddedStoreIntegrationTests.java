package jp.kitakyushu.busters.api.system.store;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jp.kitakyushu.busters.api.BustersApiApplication;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api's store: the embedded default keeps its data in a file across restarts, and a
 * configured URI is used instead of starting anything.
 */
class EmbeddedStoreIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void theEmbeddedStoreKeepsDataAcrossARestartOfTheApi() {
		try (ConfigurableApplicationContext first = start("--busters.data-dir=" + this.dataDir)) {
			first.getBean(MongoTemplate.class).insert(new Document("name", "bus stop shelter"), "probe");
		}
		assertThat(this.dataDir.resolve("busters-store.mv")).exists();

		try (ConfigurableApplicationContext second = start("--busters.data-dir=" + this.dataDir)) {
			Document found = second.getBean(MongoTemplate.class).getCollection("probe").find().first();
			assertThat(found).isNotNull();
			assertThat(found.getString("name")).isEqualTo("bus stop shelter");
		}
	}

	@Test
	void aConfiguredUriIsUsedAndNothingEmbeddedStarts() {
		// A second server on its own port stands in for an external MongoDB.
		MongoServer external = new MongoServer(new MemoryBackend());
		String uri = external.bindAndGetConnectionString();
		try (ConfigurableApplicationContext api = start("--spring.mongodb.uri=" + uri + "/busters",
				"--busters.data-dir=" + this.dataDir)) {
			assertThat(api.getBeanNamesForType(MongoServer.class)).isEmpty();
			api.getBean(MongoTemplate.class).insert(new Document("name", "written through the api"), "probe");

			try (MongoClient client = MongoClients.create(uri)) {
				Document seen = client.getDatabase("busters").getCollection("probe").find().first();
				assertThat(seen).isNotNull();
				assertThat(seen.getString("name")).isEqualTo("written through the api");
			}
			assertThat(this.dataDir.resolve("busters-store.mv")).doesNotExist();
		}
		finally {
			external.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 1];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--server.port=0";
		return new SpringApplicationBuilder(BustersApiApplication.class).run(all);
	}

}
