package jp.kitakyushu.busters.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C on {@code ./busters demo}: everything it started stops, and only that. Runs
 * last, since it ends the platform the other classes share.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(PlatformExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherShutdownIntegrationTests {

	@Test
	@Order(1)
	void sigintStopsEverythingTheLauncherStarted(Platform platform) {
		Platform.Shutdown shutdown = platform.stop();
		System.out.println("[e2e] platform stopped in " + shutdown.took().toMillis() + " ms");
		assertThat(shutdown.exitCode()).as("launcher exit code").isZero();
		assertThat(shutdown.listeningPorts()).as("ports still listening").isEmpty();
		assertThat(shutdown.leftovers()).as("processes left running").isEmpty();
		assertThat(platform.outputText()).contains("stopped");
	}

	@Test
	@Order(2)
	void apiKeptItsDataInTheLauncherDataDirectory(Platform platform) throws IOException {
		try (Stream<?> files = Files.list(platform.dataDir())) {
			assertThat(files.count()).as("entries in %s", platform.dataDir()).isPositive();
		}
	}

}
