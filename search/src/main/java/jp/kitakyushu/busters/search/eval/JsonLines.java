package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.analysis.JsonReader;

/**
 * The evaluation data as flat string maps: JSON Lines files of objects, or one JSON array
 * of objects (the api's demo data, whose nested values are left out), read with
 * {@link JsonReader}.
 */
final class JsonLines {

	private JsonLines() {
	}

	static List<Map<String, String>> read(Path file) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				rows.add(parse(line));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(file + ":" + number + ": " + ex.getMessage(), ex);
			}
		}
		return rows;
	}

	/** One line: an object whose values are strings, numbers, booleans or null. */
	static Map<String, String> parse(String line) {
		return flat(JsonReader.read(line), false);
	}

	/**
	 * Reads a JSON file holding one array of objects, such as the api's demo data; nested
	 * objects and arrays are left out.
	 */
	static List<Map<String, String>> readArray(Path file) throws IOException {
		try {
			if (!(JsonReader.read(Files.readString(file, StandardCharsets.UTF_8)) instanceof List<?> items)) {
				throw new IllegalArgumentException("expected an array of objects");
			}
			List<Map<String, String>> objects = new ArrayList<>(items.size());
			items.forEach((item) -> objects.add(flat(item, true)));
			return objects;
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * An object's values as text (null as empty, whole numbers without a decimal point);
	 * a nested value is left out as empty text, or refused.
	 */
	private static Map<String, String> flat(Object value, boolean skipNested) {
		if (!(value instanceof Map<?, ?> object)) {
			throw new IllegalArgumentException("expected an object");
		}
		Map<String, String> values = new LinkedHashMap<>();
		object.forEach((key, item) -> {
			if ((item instanceof Map || item instanceof List) && !skipNested) {
				throw new IllegalArgumentException("only flat objects are supported (" + key + ")");
			}
			values.put((String) key, text(item));
		});
		return values;
	}

	private static String text(Object item) {
		if (item instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
			return String.valueOf(number.longValue());
		}
		return (item == null || item instanceof Map || item instanceof List) ? "" : String.valueOf(item);
	}

}
