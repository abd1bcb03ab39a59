package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sudachi's synonym dictionary as published on npm ({@code sudachi-synonyms-dictionary}):
 * a JSON array of groups, each with its headwords ({@code midashi}) and whether each may
 * trigger an expansion ({@code expandControl}: 0 always, 1 only as a target, 2 never).
 */
final class SudachiSynonyms {

	/** The package version the build fetches (see the module's pom). */
	static final String VERSION = "18.0.0";

	private SudachiSynonyms() {
	}

	/**
	 * The groups of the dictionary file, without the headwords it marks as never to be
	 * used.
	 */
	static List<List<Entry>> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Sudachi's synonym dictionary (npm sudachi-synonyms-dictionary " + VERSION
					+ ") is missing at " + file + ": the search module's build downloads it from registry.npmjs.org "
					+ "(cached in the local Maven repository); run the build with network access once");
		}
		Object root = JsonReader.read(Files.readString(file, StandardCharsets.UTF_8));
		if (!(root instanceof List<?> groups)) {
			throw new IllegalArgumentException(file + " is not a JSON array of synonym groups");
		}
		List<List<Entry>> result = new ArrayList<>(groups.size());
		for (Object group : groups) {
			List<Entry> entries = new ArrayList<>();
			for (Object item : list(map(group).get("items"))) {
				Map<?, ?> fields = map(item);
				int control = number(fields.get("expandControl"), 0);
				if (control != 2 && fields.get("midashi") instanceof String headword && !headword.isBlank()) {
					entries.add(new Entry(headword.strip(), control == 0));
				}
			}
			if (entries.size() > 1) {
				result.add(List.copyOf(entries));
			}
		}
		return result;
	}

	private static Map<?, ?> map(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new IllegalArgumentException("expected an object in the synonym dictionary, found " + value);
	}

	private static List<?> list(Object value) {
		if (value instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException("expected an array in the synonym dictionary, found " + value);
	}

	private static int number(Object value, int fallback) {
		return (value instanceof Number number) ? number.intValue() : fallback;
	}

	/**
	 * One headword of a group.
	 *
	 * @param headword the word as written
	 * @param trigger whether finding it in a text expands to the rest of the group
	 */
	record Entry(String headword, boolean trigger) {
	}

}
