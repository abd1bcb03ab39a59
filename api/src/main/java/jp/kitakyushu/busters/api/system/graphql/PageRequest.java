package jp.kitakyushu.busters.api.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A Relay page request ({@code first}, {@code after}) turned into an offset and a limit,
 * with the page-size cap enforced before anything is read.
 *
 * @param offset how many items to skip
 * @param limit how many items to return
 */
public record PageRequest(int offset, int limit) {

	/** The largest page a client may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	/** The page size when a client does not say. */
	public static final int DEFAULT_PAGE_SIZE = 20;

	/** Reads {@code first} and {@code after}; bad values are the client's error. */
	public static PageRequest of(@Nullable Integer first, @Nullable String after) {
		int limit = (first != null) ? first : DEFAULT_PAGE_SIZE;
		if (limit < 0 || limit > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"'first' must be between 0 and " + MAX_PAGE_SIZE + " (was " + limit + ").");
		}
		int offset = (after != null) ? decodeCursor(after) + 1 : 0;
		return new PageRequest(offset, limit);
	}

	/** The cursor of the item at the given absolute position. */
	public static String cursor(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("o:" + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int decodeCursor(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("o:")) {
				int position = Integer.parseInt(text.substring(2));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through to the error below
		}
		throw new IllegalArgumentException("'after' is not a cursor this list gave out: " + cursor);
	}

}
