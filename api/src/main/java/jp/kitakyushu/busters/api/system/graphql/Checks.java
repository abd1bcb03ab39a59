package jp.kitakyushu.busters.api.system.graphql;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects every problem with an input before anything is written, so a user sees all
 * their mistakes at once and a failed mutation changes nothing.
 */
public final class Checks {

	private final List<UserError> errors = new ArrayList<>();

	/** Requires a non-blank text of at most {@code max} characters. */
	public Checks text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return add(field, UserErrorCode.REQUIRED, "Enter " + field + ".");
		}
		return optionalText(field, value, max);
	}

	/** Allows a missing text but limits its length. */
	public Checks optionalText(String field, @Nullable String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			add(field, UserErrorCode.TOO_LONG, field + " must be at most " + max + " characters (it has "
					+ value.codePointCount(0, value.length()) + ").");
		}
		return this;
	}

	/** Requires a value to be present. */
	public Checks required(String field, @Nullable Object value) {
		if (value == null) {
			add(field, UserErrorCode.REQUIRED, "Enter " + field + ".");
		}
		return this;
	}

	/** Records an error when the condition does not hold. */
	public Checks check(boolean condition, String field, UserErrorCode code, String message) {
		if (!condition) {
			add(field, code, message);
		}
		return this;
	}

	/** Records an error. */
	public Checks add(String field, UserErrorCode code, String message) {
		this.errors.add(UserError.of(field, code, message));
		return this;
	}

	/** Whether nothing was wrong so far. */
	public boolean ok() {
		return this.errors.isEmpty();
	}

	/** Throws the collected errors, if any. */
	public void orThrow() {
		if (!this.errors.isEmpty()) {
			throw new UserErrorException(this.errors);
		}
	}

}
