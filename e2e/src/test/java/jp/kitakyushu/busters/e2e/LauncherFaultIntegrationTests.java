package jp.kitakyushu.busters.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./busters} says and leaves behind when it cannot start the platform. These
 * runs use their own free ports, data and log directories, so they never meet the shared
 * platform; they come first anyway, being the fastest.
 */
@Order(1)
class LauncherFaultIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path temp;

	/** Appears in the command line of every java the launcher starts in these tests. */
	private final String marker = "-Dbusters.e2e.run=" + UUID.randomUUID();

	@Test
	void helpListsTheSubcommands() {
		Launcher.Result result = Launcher.run(TIMEOUT, Map.of(), "help");
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("demo").contains("test").contains("help");
	}

	@Test
	void unknownCommandFailsWithUsage() {
		Launcher.Result result = Launcher.run(TIMEOUT, Map.of(), "frobnicate");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("unknown command 'frobnicate'").contains("Usage");
	}

	@Test
	void demoWithoutJdk21SaysSoInOneLine() throws IOException {
		Path oldJdk = fakeJdk(this.temp.resolve("jdk-17"), "17.0.12");
		Launcher.Result result = Launcher.run(TIMEOUT,
				Map.of("JAVA_HOME", oldJdk.toString(), "BUSTERS_JDK_SEARCH", "/nonexistent"), "demo");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.lines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("JDK 21").contains("JAVA_HOME is JDK 17"));
	}

	@Test
	void demoWithATakenPortNamesItAndStartsNothing() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Map<String, String> env = isolatedEnv();
			env.put("BUSTERS_API_PORT", Integer.toString(taken.getLocalPort()));
			Launcher.Result result = Launcher.run(TIMEOUT, env, "demo");
			assertThat(result.exitCode()).isNotZero();
			assertThat(result.lines()).singleElement()
				.satisfies((line) -> assertThat(line).contains("port " + taken.getLocalPort())
					.contains("in use")
					.contains("BUSTERS_API_PORT"));
		}
		assertThat(Launcher.processesMentioning(this.marker)).isEmpty();
	}

	@Test
	void demoWhoseKeycloakFailsPointsAtItsLogAndLeavesNothingRunning() throws IOException {
		Path keycloak = this.temp.resolve("broken-keycloak");
		Path kcSh = keycloak.resolve("bin/kc.sh");
		Files.createDirectories(kcSh.getParent());
		Files.writeString(kcSh, """
				#!/bin/sh
				echo "fake Keycloak: cannot start (on purpose)"
				exit 1
				""");
		Files.setPosixFilePermissions(kcSh, PosixFilePermissions.fromString("rwxr-xr-x"));
		Map<String, String> env = isolatedEnv();
		env.put("BUSTERS_KEYCLOAK_HOME", keycloak.toString());
		Launcher.Result result = Launcher.run(TIMEOUT, env, "demo");
		Path log = this.temp.resolve("logs/keycloak.log");
		assertThat(result.exitCode()).isNotZero();
		assertThat(result.lastLine()).contains("Keycloak").contains("exit code 1").contains(log.toString());
		assertThat(log).content().contains("fake Keycloak: cannot start");
		assertThat(Launcher.processesMentioning(this.marker, keycloak.toString())).isEmpty();
		for (String port : new String[] { env.get("BUSTERS_WEB_PORT"), env.get("BUSTERS_API_PORT"),
				env.get("BUSTERS_KEYCLOAK_PORT") }) {
			assertThat(Launcher.listening(Integer.parseInt(port))).as("port %s", port).isFalse();
		}
	}

	/**
	 * A run that shares nothing with the platform: its own free ports, data and logs, and
	 * the jars the reactor just built.
	 */
	private Map<String, String> isolatedEnv() {
		Map<String, String> env = new HashMap<>();
		env.put("BUSTERS_SKIP_BUILD", "1");
		env.put("BUSTERS_DATA_DIR", this.temp.resolve("data").toString());
		env.put("BUSTERS_LOG_DIR", this.temp.resolve("logs").toString());
		env.put("BUSTERS_WEB_PORT", Integer.toString(Launcher.freePort()));
		env.put("BUSTERS_API_PORT", Integer.toString(Launcher.freePort()));
		env.put("BUSTERS_KEYCLOAK_PORT", Integer.toString(Launcher.freePort()));
		env.put("BUSTERS_SMTP_PORT", Integer.toString(Launcher.freePort()));
		env.put("BUSTERS_JAVA_OPTS", this.marker);
		return env;
	}

	/**
	 * A directory that looks like a JDK of the given version to anyone who runs its java.
	 */
	private static Path fakeJdk(Path home, String version) throws IOException {
		Path bin = Files.createDirectories(home.resolve("bin"));
		Files.writeString(bin.resolve("java"), """
				#!/bin/sh
				echo 'openjdk version "%s" 2024-07-16' >&2
				""".formatted(version));
		Files.writeString(bin.resolve("javac"), "#!/bin/sh\necho javac " + version + "\n");
		for (String tool : new String[] { "java", "javac" }) {
			Files.setPosixFilePermissions(bin.resolve(tool), PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		return home;
	}

}
