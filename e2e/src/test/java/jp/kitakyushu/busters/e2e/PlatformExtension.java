package jp.kitakyushu.busters.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link Platform} once per test run, on first use, and shares it between test
 * classes: Keycloak alone takes tens of seconds to start. It lives in the root store, so
 * JUnit closes it (and checks the shutdown) when the run ends, unless a test stopped it
 * first.
 */
final class PlatformExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PlatformExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		platform(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Platform.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return platform(context);
	}

	static Platform platform(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SharedPlatform.class, (key) -> new SharedPlatform(Platform::start), SharedPlatform.class)
			.get();
	}

	/**
	 * Remembers a failed start too, so that the next test class fails at once instead of
	 * waiting for another timeout.
	 */
	static final class SharedPlatform implements AutoCloseable {

		private final Supplier<Platform> starter;

		private Platform platform;

		private RuntimeException failure;

		SharedPlatform(Supplier<Platform> starter) {
			this.starter = starter;
		}

		synchronized Platform get() {
			if (this.platform == null && this.failure == null) {
				try {
					this.platform = this.starter.get();
					System.out.println("[e2e] platform ready in " + this.platform.startTime().toSeconds() + " s");
				}
				catch (RuntimeException ex) {
					this.failure = ex;
				}
			}
			if (this.failure != null) {
				throw new IllegalStateException("The platform did not start", this.failure);
			}
			return this.platform;
		}

		@Override
		public synchronized void close() throws IOException {
			if (this.platform != null) {
				try {
					this.platform.close();
				}
				finally {
					deleteRecursively(this.platform.dataDir());
				}
			}
		}

		private static void deleteRecursively(Path dir) throws IOException {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}

	}

}
