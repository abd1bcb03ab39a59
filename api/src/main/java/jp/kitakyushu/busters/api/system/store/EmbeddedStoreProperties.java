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
 * @param compactFillRate the {@code file} backend's fill rate (percent) under which its
 * chunks are compacted in the background; 0 never compacts
 */
@ConfigurationProperties("busters.store.embedded")
record EmbeddedStoreProperties(@DefaultValue("file") Backend backend, Path file, @DefaultValue("0") int port,
		@DefaultValue("" + EmbeddedBackends.DEFAULT_COMPACT_FILL_RATE) int compactFillRate) {

	enum Backend {

		/** Data kept in an H2 MVStore file. */
		FILE,

		/** Data kept in memory only. */
		MEMORY

	}

}
