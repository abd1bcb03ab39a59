package jp.kitakyushu.busters.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Fresh data directories for test application contexts, so contexts alive at the same
 * time never share a search index (an index admits one writer).
 */
public final class TestDataDirs {

	private TestDataDirs() {
	}

	/** A new empty directory, removed when the JVM exits. */
	public static String fresh() {
		try {
			var dir = Files.createTempDirectory("busters-test-");
			dir.toFile().deleteOnExit();
			return dir.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
