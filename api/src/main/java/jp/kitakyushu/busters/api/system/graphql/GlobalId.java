package jp.kitakyushu.busters.api.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque global ids for {@code Node}: the GraphQL type name and the store id,
 * base64url-encoded, so a client can refetch any object with {@code node(id:)} without
 * knowing where it lives.
 *
 * @param type the GraphQL type name, e.g. {@code Problem}
 * @param id the id in the store
 */
public record GlobalId(String type, String id) {

	/** Encodes a type and a store id. */
	public static String encode(String type, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** Decodes a global id, or empty when it is not one of ours. */
	public static Optional<GlobalId> decode(String globalId) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon <= 0 || colon == text.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new GlobalId(text.substring(0, colon), text.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The store id of a global id of the expected type, or empty if it is another type.
	 */
	public static Optional<String> idOf(String globalId, String expectedType) {
		return decode(globalId).filter((decoded) -> decoded.type().equals(expectedType)).map(GlobalId::id);
	}

	/** This id, encoded. */
	public String encoded() {
		return encode(this.type, this.id);
	}

}
