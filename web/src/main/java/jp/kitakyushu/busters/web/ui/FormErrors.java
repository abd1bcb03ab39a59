package jp.kitakyushu.busters.web.ui;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.ApiResult.UserError;

import org.springframework.validation.BindingResult;

/**
 * The one way a mutation's {@code userErrors} reach a form: each becomes an error on the
 * form field it names, worded by the page's messages in the user's language.
 * <p>
 * An error with code {@code TOO_LONG} on field {@code title} of the form
 * {@code problemForm} is looked up as {@code userError.TOO_LONG.problemForm.title}, then
 * {@code userError.TOO_LONG.title}, then {@code userError.TOO_LONG} (Spring's message
 * codes), so a page words what it must and the general wording covers the rest. The api's
 * English text is only the last resort. Errors on fields the form does not have, or on
 * the whole request, become the form's global errors.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Adds the result's user errors of the given mutation to the form; returns whether
	 * there were any.
	 * @param result the api's answer
	 * @param mutation the mutation's field, e.g. {@code problemSubmit}
	 * @param form the form's binding result
	 * @param fieldNames the api's input field names mapped to the form's, where they
	 * differ (e.g. {@code location} → {@code latitude})
	 */
	public static boolean addUserErrors(ApiResult result, String mutation, BindingResult form,
			Map<String, String> fieldNames) {
		List<UserError> errors = result.userErrors(mutation);
		errors.forEach((error) -> add(error, form, fieldNames));
		return !errors.isEmpty();
	}

	/** Adds one error the page found itself, in the same words as the api's. */
	public static void reject(BindingResult form, String field, String code) {
		form.rejectValue(field, "userError." + code);
	}

	private static void add(UserError error, BindingResult form, Map<String, String> fieldNames) {
		String field = fieldNames.getOrDefault(error.fieldName(), error.fieldName());
		String code = "userError." + error.code();
		if (!field.isEmpty() && form.getTarget() != null && hasField(form, field)) {
			form.rejectValue(field, code, error.message());
		}
		else {
			form.reject(code, error.message());
		}
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			form.getFieldType(field);
			return form.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
