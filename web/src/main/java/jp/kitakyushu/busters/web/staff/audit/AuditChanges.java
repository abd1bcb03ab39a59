package jp.kitakyushu.busters.web.staff.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An audit entry's change as lines a person reads: a field set to a value, or a field
 * changed from one value to another ({@code [before, after]} in the api's JSON).
 */
final class AuditChanges {

	static final int MAX_VALUE = 200;

	private AuditChanges() {
	}

	static List<String> describe(@Nullable Object change) {
		List<String> lines = new ArrayList<>();
		if (change instanceof Map<?, ?> fields) {
			fields.forEach((field, value) -> lines.add(field + ": " + value(value)));
		}
		else if (change != null) {
			lines.add(value(change));
		}
		return lines;
	}

	private static String value(@Nullable Object value) {
		if (value instanceof List<?> pair && pair.size() == 2 && !(pair.get(0) instanceof Map)) {
			return shorten(String.valueOf(pair.get(0))) + " → " + shorten(String.valueOf(pair.get(1)));
		}
		return shorten(String.valueOf(value));
	}

	private static String shorten(String text) {
		return (text.length() > MAX_VALUE) ? text.substring(0, MAX_VALUE) + "…" : text;
	}

}
