package jp.kitakyushu.busters.api.system.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded store used when no {@code spring.mongodb.uri} is configured.
 *
 * @param backend {@code file} keeps data in one H2 file across restarts; {@code memory}
 * keeps nothing (tests)
 * @param file the H2 file of the {@code file} backend
 * @param port the loopback port to listen on; 0 picks a free one
 */
@ConfigurationProperties("busters.store.embedded")
record EmbeddedStoreProperties(@DefaultValue("file") Backend backend, Path file, @DefaultValue("0") int port) {

	enum Backend {

		/** Data kept in an H2 MVStore file. */
		FILE,

		/** Data kept in memory only. */
		MEMORY

	}

}
