package jp.kitakyushu.busters.web.citizen.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Wards;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * Turns the posting form into the api's {@code ProblemSubmitInput}, after the checks only
 * the page can make: a ward the api's enum knows (anything else would fail the whole
 * request rather than one field), a point given as two numbers, and a landmark of
 * reasonable length. Everything else (lengths, category, a point outside the city) is the
 * api's to say, through its user errors.
 */
final class ProblemSubmission {

	/** The api's input field names that differ from the form's. */
	static final Map<String, String> FIELD_NAMES = Map.of("location", "latitude", "location.lat", "latitude",
			"location.lon", "longitude");

	static final int MAX_LANDMARK = 200;

	private ProblemSubmission() {
	}

	/**
	 * The api input, or empty when the form already has errors (added to
	 * {@code binding}).
	 */
	static Optional<Map<String, Object>> input(ProblemForm form, BindingResult binding, MessageSource messages) {
		Map<String, Object> input = candidate(form, binding, messages);
		return binding.hasErrors() ? Optional.empty() : Optional.of(input);
	}

	/**
	 * The api input as far as it can be built, with the page's own errors added to
	 * {@code binding}; the api can still check the rest of it.
	 */
	static Map<String, Object> candidate(ProblemForm form, BindingResult binding, MessageSource messages) {
		String ward = text(form.ward());
		if (ward.isEmpty()) {
			FormErrors.reject(binding, "ward", "REQUIRED");
		}
		else if (!Wards.isKnown(ward)) {
			FormErrors.reject(binding, "ward", "INVALID");
		}
		String landmark = text(form.landmark());
		if (landmark.codePointCount(0, landmark.length()) > MAX_LANDMARK) {
			FormErrors.reject(binding, "landmark", "TOO_LONG");
		}
		Map<String, Object> location = location(form, binding);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", text(form.title()));
		input.put("body", body(form, messages));
		input.put("category", text(form.category()));
		input.put("ward", ward);
		if (location != null) {
			input.put("location", location);
		}
		input.put("idempotencyKey", text(form.idempotencyKey()));
		return input;
	}

	/**
	 * The description as posted: the body, and the landmark on a line of its own, so that
	 * staff and the public read both and the masking covers both.
	 */
	static String body(ProblemForm form, MessageSource messages) {
		String body = text(form.body());
		String landmark = text(form.landmark());
		if (landmark.isEmpty() || body.isEmpty()) {
			// An empty description stays empty, so the api asks for it.
			return body;
		}
		String line = messages.getMessage("post.landmark.inBody", new Object[] { landmark },
				LocaleContextHolder.getLocale());
		return body + "\n\n" + line;
	}

	private static @Nullable Map<String, Object> location(ProblemForm form, BindingResult binding) {
		String lat = text(form.latitude());
		String lon = text(form.longitude());
		if (lat.isEmpty() && lon.isEmpty()) {
			return null;
		}
		Double latitude = number(lat);
		Double longitude = number(lon);
		if (latitude == null) {
			FormErrors.reject(binding, "latitude", lat.isEmpty() ? "REQUIRED" : "INVALID");
		}
		if (longitude == null) {
			FormErrors.reject(binding, "longitude", lon.isEmpty() ? "REQUIRED" : "INVALID");
		}
		return (latitude != null && longitude != null) ? Map.of("lat", latitude, "lon", longitude) : null;
	}

	private static @Nullable Double number(String text) {
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The api's {@code ProblemPreviewInput} taken from a submission input. */
	static Map<String, Object> previewInput(Map<String, Object> submission) {
		Map<String, Object> preview = new LinkedHashMap<>();
		for (String field : new String[] { "title", "body", "category", "location" }) {
			if (submission.containsKey(field)) {
				preview.put(field, submission.get(field));
			}
		}
		return preview;
	}

	/** What similar problems are looked up by: the title and the description. */
	static String similarityText(@Nullable String title, @Nullable String body) {
		String text = (text(title) + "\n" + text(body)).strip();
		return (text.length() > 2000) ? text.substring(0, 2000) : text;
	}

	static String text(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
