package jp.kitakyushu.busters.api.system.graphql;

import java.util.List;

/**
 * Something the user can fix, returned in a mutation's payload rather than as a GraphQL
 * error.
 *
 * @param field the path of the input field at fault, e.g. {@code ["input", "title"]};
 * empty when the whole request is at fault
 * @param code a stable code clients can branch on
 * @param message what went wrong and how to fix it, for people
 */
public record UserError(List<String> field, UserErrorCode code, String message) {

	/** An error about one field of the mutation's input. */
	public static UserError of(String field, UserErrorCode code, String message) {
		return new UserError(List.of("input", field), code, message);
	}

	/** An error about the request as a whole. */
	public static UserError general(UserErrorCode code, String message) {
		return new UserError(List.of(), code, message);
	}

}
