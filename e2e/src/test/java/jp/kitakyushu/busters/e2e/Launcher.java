package jp.kitakyushu.busters.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the repository's {@code ./busters} launcher as a user would, and looks at the
 * processes and ports it leaves behind.
 */
final class Launcher {

	private Launcher() {
	}

	/**
	 * The repository root: the directory holding {@code busters} and the root pom.
	 */
	static Path root() {
		String configured = System.getProperty("busters.root");
		Path start = (configured != null) ? Path.of(configured) : Path.of("").toAbsolutePath();
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (Files.isExecutable(dir.resolve("busters")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No ./busters launcher above " + start);
	}

	/**
	 * A process builder for {@code ./busters args...} in the repository root, with stderr
	 * merged into stdout and {@code env} added to the inherited environment.
	 */
	static ProcessBuilder builder(Map<String, String> env, String... args) {
		List<String> command = new ArrayList<>();
		command.add(root().resolve("busters").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
		builder.environment().putAll(env);
		return builder;
	}

	/**
	 * Runs the launcher to completion (killing it after {@code timeout}) and returns what
	 * it printed and its exit code.
	 */
	static Result run(Duration timeout, Map<String, String> env, String... args) {
		try {
			Process process = builder(env, args).start();
			CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("./busters " + String.join(" ", args) + " still running after " + timeout
						+ "; output so far: " + output.getNow(""));
			}
			return new Result(process.exitValue(), output.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String readAll(InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends SIGINT, as Ctrl-C in a terminal would.
	 */
	static void interrupt(Process process) {
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A port nothing listens on right now.
	 */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Command lines of running processes (other than this JVM and its ancestors) that
	 * contain any of {@code markers}. Reads {@code /proc} because
	 * {@link ProcessHandle.Info#commandLine()} may be cut short for long class paths.
	 */
	static List<String> processesMentioning(String... markers) {
		Set<Long> own = Stream.iterate(ProcessHandle.current(), (handle) -> handle.parent().orElse(null))
			.takeWhile((handle) -> handle != null)
			.map(ProcessHandle::pid)
			.collect(Collectors.toSet());
		try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
			return entries.filter((entry) -> entry.getFileName().toString().matches("\\d+"))
				.filter((entry) -> !own.contains(Long.parseLong(entry.getFileName().toString())))
				.map(Launcher::commandLine)
				.filter((line) -> Stream.of(markers).anyMatch(line::contains))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String commandLine(Path procEntry) {
		try {
			return new String(Files.readAllBytes(procEntry.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0',
					' ');
		}
		catch (IOException ex) {
			// The process ended while we looked: it is not left over.
			return "";
		}
	}

	/**
	 * What one launcher run printed, and how it ended.
	 *
	 * @param exitCode the exit code
	 * @param output stdout and stderr, interleaved
	 */
	record Result(int exitCode, String output) {

		List<String> lines() {
			return output.lines().filter((line) -> !line.isBlank()).toList();
		}

		String lastLine() {
			List<String> lines = lines();
			return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
		}

	}

}
