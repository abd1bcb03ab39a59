package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;

/**
 * The evaluations' in-memory index sources and temporary directories.
 */
final class Sources {

	private Sources() {
	}

	static IndexSource of(List<SearchDocument> documents) {
		return new IndexSource() {

			@Override
			public long count() {
				return documents.size();
			}

			@Override
			public Stream<SearchDocument> all() {
				return documents.stream();
			}

		};
	}

	static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
