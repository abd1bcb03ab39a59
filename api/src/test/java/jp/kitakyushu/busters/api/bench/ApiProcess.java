package jp.kitakyushu.busters.api.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The api under test, in a JVM of its own (so its resident memory is its own), started as
 * {@code ./busters demo} starts it: the embedded file store and the search index in a
 * data directory, Lucene's JVM options, and the submission limits raised for the load.
 */
final class ApiProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private ApiProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static ApiProcess start(Path dataDir, String keycloakUrl, List<String> jvmOptions, Path log)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(apiClasspath());
		command.add("jp.kitakyushu.busters.api.BustersApiApplication");
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1", "--busters.data-dir=" + dataDir,
				"--busters.keycloak.url=" + keycloakUrl, "--busters.submissions.per-user=100000000",
				"--busters.submissions.per-address=100000000", "--logging.level.root=warn"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		ApiProcess api = new ApiProcess(process, port);
		api.awaitReady(Duration.ofMinutes(30));
		return api;
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port + "/graphql");
	}

	long pid() {
		return this.process.pid();
	}

	/** CPU time the api process has used so far, all its threads together, in ms. */
	long cpuMillis() {
		return ProcessHandle.of(pid())
			.flatMap((handle) -> handle.info().totalCpuDuration())
			.map(Duration::toMillis)
			.orElse(-1L);
	}

	/**
	 * CPU time the api's JIT compiler threads have used so far, in ms, from {@code /proc}
	 * (-1 where there is none): a measurement on a JVM that has not run its code long
	 * spends part of its CPU compiling it.
	 */
	long compilerCpuMillis() throws IOException {
		Path tasks = Path.of("/proc", String.valueOf(pid()), "task");
		if (!Files.isDirectory(tasks)) {
			return -1;
		}
		long ticks = 0;
		try (var threads = Files.list(tasks)) {
			for (Path thread : threads.toList()) {
				try {
					if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
						continue;
					}
					String stat = Files.readString(thread.resolve("stat"));
					// After the name in parentheses: state, then utime and stime are the
					// 12th and 13th fields.
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				}
				catch (IOException ex) {
					// The thread ended meanwhile.
				}
			}
		}
		// The kernel counts in clock ticks of 10 ms on Linux.
		return ticks * 10;
	}

	/** The api's resident memory now and at its peak, from {@code /proc}, in MiB. */
	Memory memory() throws IOException {
		Path status = Path.of("/proc", String.valueOf(pid()), "status");
		if (!Files.exists(status)) {
			return new Memory(-1, -1, -1, -1);
		}
		long rss = -1;
		long peak = -1;
		long anon = -1;
		long file = -1;
		for (String line : Files.readAllLines(status)) {
			String[] parts = line.split("\\s+");
			switch (parts[0]) {
				case "VmRSS:" -> rss = Long.parseLong(parts[1]) / 1024;
				case "VmHWM:" -> peak = Long.parseLong(parts[1]) / 1024;
				case "RssAnon:" -> anon = Long.parseLong(parts[1]) / 1024;
				case "RssFile:" -> file = Long.parseLong(parts[1]) / 1024;
				default -> {
				}
			}
		}
		return new Memory(rss, peak, anon, file);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private void awaitReady(Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		URI readiness = URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness");
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"The api exited while starting (exit code " + this.process.exitValue() + "); see its log");
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(readiness).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The api did not get ready within " + timeout);
	}

	/** The api's classpath: this JVM's, without the test classes. */
	private static String apiClasspath() {
		return String.join(File.pathSeparator,
				Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
					.filter((entry) -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
					.toList());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Resident memory of the api process, MiB.
	 *
	 * @param rss resident now
	 * @param peak resident at most, so far
	 * @param anon of which anonymous (heap, JIT, threads, native)
	 * @param file of which file-backed (the index's memory-mapped files, jars)
	 */
	record Memory(long rss, long peak, long anon, long file) {
	}

}
