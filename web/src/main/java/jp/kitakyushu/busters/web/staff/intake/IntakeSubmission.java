package jp.kitakyushu.busters.web.staff.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Wards;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * Turns the intake form into the api's {@code ProblemSubmitOnBehalfInput} after the
 * checks only the page can make (a ward and an intake method the api's enums know, so the
 * request does not fail as a whole); lengths, the category and "at least one way to reach
 * the caller" are the api's to say.
 */
final class IntakeSubmission {

	static final List<String> METHODS = List.of("PHONE", "COUNTER", "PAPER");

	/** The api's input field names that differ from the form's. */
	static final Map<String, String> FIELD_NAMES = Map.of("contact", "contactName", "contact.name", "contactName",
			"contact.phone", "contactPhone", "contact.email", "contactEmail", "contact.address", "contactAddress",
			"contact.note", "contactNote");

	private IntakeSubmission() {
	}

	static Optional<Map<String, Object>> input(IntakeForm form, BindingResult binding) {
		String ward = StaffInput.text(form.ward());
		if (ward.isEmpty()) {
			FormErrors.reject(binding, "ward", "REQUIRED");
		}
		else if (!Wards.isKnown(ward)) {
			FormErrors.reject(binding, "ward", "INVALID");
		}
		String method = StaffInput.text(form.intakeMethod());
		if (!METHODS.contains(method)) {
			FormErrors.reject(binding, "intakeMethod", "REQUIRED");
		}
		if (binding.hasErrors()) {
			return Optional.empty();
		}
		Map<String, Object> contact = new LinkedHashMap<>();
		put(contact, "name", form.contactName());
		put(contact, "phone", form.contactPhone());
		put(contact, "email", form.contactEmail());
		put(contact, "address", form.contactAddress());
		put(contact, "note", form.contactNote());
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", StaffInput.text(form.title()));
		input.put("body", StaffInput.text(form.body()));
		input.put("category", StaffInput.text(form.category()));
		input.put("ward", ward);
		input.put("intakeMethod", method);
		input.put("contact", contact);
		input.put("idempotencyKey", StaffInput.text(form.idempotencyKey()));
		return Optional.of(input);
	}

	private static void put(Map<String, Object> map, String key, @Nullable String value) {
		if (!StaffInput.blank(value)) {
			map.put(key, StaffInput.text(value));
		}
	}

}
