package jp.kitakyushu.busters.search.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines files of flat objects whose values are strings, numbers, booleans or
 * null: all the evaluation data needs, without a JSON library on the library's classpath.
 */
final class JsonLines {

	private final String line;

	private int at;

	private final boolean skipNested;

	private JsonLines(String line) {
		this(line, false);
	}

	private JsonLines(String line, boolean skipNested) {
		this.line = line;
		this.skipNested = skipNested;
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
				rows.add(new JsonLines(line).object());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(file + ":" + number + ": " + ex.getMessage(), ex);
			}
		}
		return rows;
	}

	static Map<String, String> parse(String line) {
		return new JsonLines(line).object();
	}

	/**
	 * Reads a JSON file holding one array of objects, such as the api's demo data; nested
	 * objects and arrays are skipped.
	 */
	static List<Map<String, String>> readArray(Path file) throws IOException {
		JsonLines reader = new JsonLines(Files.readString(file, StandardCharsets.UTF_8), true);
		List<Map<String, String>> objects = new ArrayList<>();
		try {
			reader.skipSpace();
			reader.expect('[');
			reader.skipSpace();
			if (reader.peek() == ']') {
				return objects;
			}
			while (true) {
				reader.skipSpace();
				objects.add(reader.object());
				reader.skipSpace();
				char next = reader.next();
				if (next == ']') {
					return objects;
				}
				if (next != ',') {
					throw reader.error("expected , or ]");
				}
			}
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	private Map<String, String> object() {
		Map<String, String> values = new LinkedHashMap<>();
		expect('{');
		skipSpace();
		if (peek() == '}') {
			this.at++;
			return values;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			skipSpace();
			values.put(key, value());
			skipSpace();
			char next = next();
			if (next == '}') {
				return values;
			}
			if (next != ',') {
				throw error("expected , or }");
			}
		}
	}

	private String value() {
		char c = peek();
		if (c == '"') {
			return string();
		}
		if (this.skipNested && (c == '{' || c == '[')) {
			skipNestedValue();
			return "";
		}
		int start = this.at;
		while (this.at < this.line.length() && ",} \t".indexOf(this.line.charAt(this.at)) < 0) {
			this.at++;
		}
		String literal = this.line.substring(start, this.at);
		if (literal.isEmpty() || literal.startsWith("[") || literal.startsWith("{")) {
			throw error("only flat objects are supported");
		}
		return "null".equals(literal) ? "" : literal;
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (this.at + 4 > this.line.length()) {
						throw error("bad unicode escape");
					}
					out.append((char) Integer.parseInt(this.line.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> out.append(escaped);
			}
		}
	}

	private void skipNestedValue() {
		int depth = 0;
		do {
			char c = peek();
			if (c == '"') {
				string();
				continue;
			}
			this.at++;
			if (c == '{' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		while (depth > 0);
	}

	private void skipSpace() {
		while (this.at < this.line.length() && Character.isWhitespace(this.line.charAt(this.at))) {
			this.at++;
		}
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("expected " + c);
		}
	}

	private char peek() {
		if (this.at >= this.line.length()) {
			throw error("unexpected end of line");
		}
		return this.line.charAt(this.at);
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(message + " at column " + (this.at + 1));
	}

}
