package jp.kitakyushu.busters.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform (Keycloak, api, web) started through {@code ./busters demo}, exactly
 * as a developer starts it, on a fresh data directory. Stopping it sends SIGINT and
 * records whether everything the launcher started is gone.
 */
final class Platform implements AutoCloseable {

	static final int WEB_PORT = 8080;

	static final int API_PORT = 8081;

	static final int KEYCLOAK_PORT = 8180;

	/** The demo's own mail server, inside the api. */
	static final int SMTP_PORT = 3025;

	static final URI WEB = URI.create("http://localhost:" + WEB_PORT + "/");

	static final URI GRAPHQL = URI.create("http://localhost:" + API_PORT + "/graphql");

	static final URI KEYCLOAK = URI.create("http://localhost:" + KEYCLOAK_PORT);

	private static final String READY_LINE = "Busters is ready.";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final Path dataDir;

	private final List<String> output = new CopyOnWriteArrayList<>();

	private final CountDownLatch ready = new CountDownLatch(1);

	private final long startedNanos = System.nanoTime();

	private Duration startTime;

	private Shutdown shutdown;

	private Platform(Process process, Path dataDir, Path transcript) {
		this.process = process;
		this.dataDir = dataDir;
		Thread reader = new Thread(() -> copyOutput(transcript), "busters-demo-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts the platform and returns once the launcher says it is ready and all three
	 * services answer.
	 */
	static Platform start() {
		for (int port : List.of(WEB_PORT, API_PORT, KEYCLOAK_PORT, SMTP_PORT)) {
			if (Launcher.listening(port)) {
				throw new IllegalStateException("Port " + port
						+ " is taken before the end-to-end run: stop whatever listens there (a ./busters demo?)");
			}
		}
		try {
			Path dataDir = Files.createTempDirectory("busters-e2e-data");
			Path transcript = Launcher.root().resolve("e2e/target/busters-demo.log");
			Files.createDirectories(transcript.getParent());
			// The reactor has just packaged api and web: use those jars as they are.
			Process process = Launcher
				.builder(Map.of("BUSTERS_SKIP_BUILD", "1", "BUSTERS_DATA_DIR", dataDir.toString()), "demo")
				.start();
			Platform platform = new Platform(process, dataDir, transcript);
			platform.awaitReady();
			return platform;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void copyOutput(Path transcript) {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				Writer out = Files.newBufferedWriter(transcript, StandardCharsets.UTF_8)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				this.output.add(line);
				out.write(line + System.lineSeparator());
				out.flush();
				System.out.println("[busters demo] " + line);
				if (line.equals(READY_LINE)) {
					this.ready.countDown();
				}
			}
		}
		catch (IOException ex) {
			this.output.add("(reading the launcher's output failed: " + ex + ")");
		}
		finally {
			// Let a waiting start() notice that the launcher ended without being ready.
			this.ready.countDown();
		}
	}

	private void awaitReady() {
		try {
			boolean signalled = this.ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			if (!signalled || !this.output.contains(READY_LINE)) {
				String why = signalled ? "the launcher exited" : "not ready after " + START_TIMEOUT;
				stopQuietly();
				throw new IllegalStateException("./busters demo failed: " + why + "; its output:\n" + outputText());
			}
			this.startTime = Duration.ofNanos(System.nanoTime() - this.startedNanos);
			assertAnswers(KEYCLOAK.resolve("/realms/busters/.well-known/openid-configuration"));
			assertAnswers(URI.create("http://localhost:" + API_PORT + "/actuator/health/readiness"));
			assertAnswers(WEB.resolve("/actuator/health/readiness"));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			stopQuietly();
			throw new IllegalStateException(ex);
		}
	}

	private void assertAnswers(URI uri) throws InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<Void> response = client.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				stopQuietly();
				throw new IllegalStateException(uri + " answered " + response.statusCode() + " once ready");
			}
		}
		catch (IOException ex) {
			stopQuietly();
			throw new IllegalStateException(uri + " does not answer once ready", ex);
		}
	}

	/**
	 * How long {@code ./busters demo} took to say it was ready.
	 */
	Duration startTime() {
		return this.startTime;
	}

	Path dataDir() {
		return this.dataDir;
	}

	String outputText() {
		return String.join(System.lineSeparator(), this.output);
	}

	/**
	 * Sends SIGINT to the launcher (once) and reports how the platform ended.
	 */
	synchronized Shutdown stop() {
		if (this.shutdown == null) {
			this.shutdown = interruptAndWatch();
		}
		return this.shutdown;
	}

	private Shutdown interruptAndWatch() {
		long started = System.nanoTime();
		Launcher.interrupt(this.process);
		Integer exitCode = null;
		try {
			if (this.process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				exitCode = this.process.exitValue();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		List<Integer> listening = List.of(WEB_PORT, API_PORT, KEYCLOAK_PORT, SMTP_PORT)
			.stream()
			.filter(Launcher::listening)
			.toList();
		List<String> leftovers = Launcher.processesMentioning(launchedMarkers());
		if (exitCode == null) {
			this.process.destroyForcibly();
		}
		return new Shutdown(exitCode, took, listening, leftovers);
	}

	/**
	 * Strings found in the command line of every process the launcher starts.
	 */
	static String[] launchedMarkers() {
		Path root = Launcher.root();
		return new String[] { root.resolve("api/target/busters-api-").toString(),
				root.resolve("web/target/busters-web-").toString(), root.resolve(".busters/keycloak-").toString() };
	}

	private void stopQuietly() {
		try {
			stop();
		}
		catch (RuntimeException ex) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * Stops the platform at the end of the test run if no test did, and fails when
	 * something was left behind.
	 */
	@Override
	public void close() {
		Shutdown result = stop();
		if (!result.clean()) {
			throw new AssertionError("./busters demo did not stop cleanly: " + result);
		}
	}

	/**
	 * How the platform ended after SIGINT.
	 *
	 * @param exitCode the launcher's exit code, or {@code null} if it did not exit in
	 * time
	 * @param took time from SIGINT to the launcher's exit
	 * @param listeningPorts platform ports still accepting connections afterwards
	 * @param leftovers command lines of processes the launcher started that still run
	 */
	record Shutdown(Integer exitCode, Duration took, List<Integer> listeningPorts, List<String> leftovers) {

		boolean clean() {
			return Integer.valueOf(0).equals(this.exitCode) && this.listeningPorts.isEmpty()
					&& this.leftovers.isEmpty();
		}

	}

}
