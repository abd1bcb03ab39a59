package jp.kitakyushu.busters.api.system.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process MongoDB-wire-compatible server (mongo-java-server) when no MongoDB
 * URI is configured, so a first run needs nothing installed; the client then connects to
 * it over the wire protocol exactly as it would to a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriCondition.class)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
class EmbeddedStoreConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStoreConfiguration.class);

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
		MongoServer server = new MongoServer(backend(properties));
		// Change streams, so index followers work the same as on a replica set.
		server.enableOplog();
		server.bind("127.0.0.1", properties.port());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server,
			org.springframework.core.env.Environment environment) {
		String database = environment.getProperty("spring.mongodb.database", "busters");
		var address = server.getLocalAddress();
		ConnectionString uri = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
		return () -> uri;
	}

	private static MongoBackend backend(EmbeddedStoreProperties properties) {
		if (properties.backend() == EmbeddedStoreProperties.Backend.MEMORY) {
			log.info("No spring.mongodb.uri configured: using the embedded in-memory store (nothing is kept)");
			return EmbeddedBackends.memory();
		}
		Path file = properties.file().toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory for the embedded store " + file, ex);
		}
		log.info("No spring.mongodb.uri configured: using the EMBEDDED default store in {} "
				+ "(set SPRING_MONGODB_URI to use a real MongoDB)", file);
		return EmbeddedBackends.file(file.toString(), properties.compactFillRate());
	}

}
