package jp.kitakyushu.busters.api.system.graphql;

import java.util.List;

/**
 * Carries user errors out of domain code; the mutation turns it into a payload with
 * {@code userErrors} and changes nothing.
 */
public class UserErrorException extends RuntimeException {

	private final List<UserError> errors;

	public UserErrorException(List<UserError> errors) {
		super(errors.isEmpty() ? "user error" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public UserErrorException(UserError error) {
		this(List.of(error));
	}

	/** The errors to report. */
	public List<UserError> errors() {
		return this.errors;
	}

}
