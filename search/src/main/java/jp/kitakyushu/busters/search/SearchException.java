package jp.kitakyushu.busters.search;

/**
 * An unexpected failure of an index (I/O, corruption found while serving), naming the
 * index it happened in; the api maps it to an internal error.
 */
public class SearchException extends RuntimeException {

	private final String indexName;

	public SearchException(String indexName, String message, Throwable cause) {
		super("Search index '" + indexName + "': " + message, cause);
		this.indexName = indexName;
	}

	/**
	 * The name of the index that failed.
	 * @return the index name
	 */
	public String indexName() {
		return this.indexName;
	}

}
