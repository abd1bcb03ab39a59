package jp.kitakyushu.busters.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * The source of truth an index is rebuilt from when it is missing, corrupt or analysed
 * with an older analysis version; the api implements it over MongoDB.
 */
public interface IndexSource {

	/**
	 * How many documents {@link #all()} will return, for progress logging; an estimate is
	 * fine.
	 * @return the expected number of documents
	 */
	long count();

	/**
	 * Every document the index should hold. The stream is closed after use, so it may
	 * hold a database cursor.
	 * @return all documents
	 */
	Stream<SearchDocument> all();

	/**
	 * A source with nothing in it, for indexes filled only through writes.
	 * @return an empty source
	 */
	static IndexSource empty() {
		return of(List.of());
	}

	/**
	 * A source holding the given documents, for tests, evaluations and benchmarks.
	 * @param documents the documents, in the order they are indexed
	 * @return the source
	 */
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

}
