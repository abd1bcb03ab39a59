package jp.kitakyushu.busters.web.staff;

import java.util.List;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.ApiResult.UserError;

/**
 * The outcome of a one-button action (publish, verify, shortlist…) that has no form field
 * to put an error on: the message key of what went wrong, or nothing when it worked.
 */
public final class StaffActions {

	private StaffActions() {
	}

	/**
	 * The message key of the first user error of the mutation, of a refusal by the api
	 * (e.g. RATE_LIMITED), or of an api that did not answer; empty on success.
	 */
	public static Optional<String> error(ApiResult result, String mutation) {
		List<UserError> errors = result.userErrors(mutation);
		if (!errors.isEmpty()) {
			return Optional.of("userError." + errors.get(0).code());
		}
		if (!result.has(mutation)) {
			return Optional.of("userError."
					+ result.errorCode().filter((code) -> code.equals("RATE_LIMITED")).orElse("UNAVAILABLE"));
		}
		return Optional.empty();
	}

}
