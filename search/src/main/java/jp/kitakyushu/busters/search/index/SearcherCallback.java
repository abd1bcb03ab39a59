package jp.kitakyushu.busters.search.index;

import java.io.IOException;

import org.apache.lucene.search.IndexSearcher;

/**
 * Work done with an acquired searcher; I/O failures are wrapped by the index that runs
 * it.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SearcherCallback<T> {

	/**
	 * Runs with a searcher that stays valid until this returns.
	 * @param searcher the searcher
	 * @return the result
	 * @throws IOException on index I/O failure
	 */
	T apply(IndexSearcher searcher) throws IOException;

}
