package jp.kitakyushu.busters.api.system;

/**
 * The stable codes a client finds in {@code extensions.code} of every GraphQL error.
 */
public enum ErrorCode {

	/** No valid token was presented where one is needed. */
	UNAUTHENTICATED,

	/** The token is valid but its holder may not do this. */
	FORBIDDEN,

	/** The thing asked for does not exist, or the caller may not know it exists. */
	NOT_FOUND,

	/** The request itself is malformed: syntax, validation, limits. */
	BAD_REQUEST,

	/** Too many requests from this user or address; the message says when to retry. */
	RATE_LIMITED,

	/**
	 * Something failed on our side; the message carries an id to quote, never a stack
	 * trace.
	 */
	INTERNAL

}
