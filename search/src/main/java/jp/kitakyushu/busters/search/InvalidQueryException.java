package jp.kitakyushu.busters.search;

/**
 * A query or matching request the caller can fix (empty, too long, a bare wildcard, too
 * many terms); its message is written for the end user and the api returns it as a user
 * error.
 */
public class InvalidQueryException extends IllegalArgumentException {

	private final String code;

	public InvalidQueryException(String code, String message) {
		super(message);
		this.code = code;
	}

	/**
	 * A stable machine-readable reason such as {@code EMPTY}, {@code NO_WORDS},
	 * {@code TOO_LONG}, {@code WILDCARD}, {@code TOO_MANY_TERMS}, {@code BAD_PAGE} or
	 * {@code NOT_FOUND}.
	 * @return the reason code
	 */
	public String code() {
		return this.code;
	}

}
