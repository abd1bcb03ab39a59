package jp.kitakyushu.busters.web.staff.fund;

import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * Reads an amount of yen from a fund form, with the error next to its field when it is
 * missing, not a whole number of yen, or not above zero.
 */
final class Amounts {

	private Amounts() {
	}

	static Optional<Long> positive(@Nullable String typed, BindingResult binding, String field) {
		if (StaffInput.blank(typed)) {
			FormErrors.reject(binding, field, "REQUIRED");
			return Optional.empty();
		}
		Optional<Long> amount = StaffInput.yen(typed);
		if (amount.isEmpty()) {
			FormErrors.reject(binding, field, "YEN");
			return Optional.empty();
		}
		if (amount.get() <= 0) {
			FormErrors.reject(binding, field, "OUT_OF_RANGE");
			return Optional.empty();
		}
		return amount;
	}

}
