package jp.kitakyushu.busters.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (objects become maps, arrays lists, numbers doubles) for the
 * synonym compiler's build step and the evaluation tools, so the library needs no JSON
 * dependency for either. Not meant for the api, which has its own JSON stack.
 */
public final class JsonReader {

	private final String text;

	private int at;

	private JsonReader(String text) {
		this.text = text;
	}

	/**
	 * Reads one JSON value.
	 * @param text the JSON text
	 * @return a map, list, string, double, boolean or {@code null}
	 * @throws IllegalArgumentException naming the first character that is not valid JSON
	 */
	public static Object read(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.at != text.length()) {
			throw reader.error("trailing characters");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		char c = peek();
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> values = new LinkedHashMap<>();
		this.at++;
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

	private List<Object> array() {
		List<Object> values = new ArrayList<>();
		this.at++;
		skipSpace();
		if (peek() == ']') {
			this.at++;
			return values;
		}
		while (true) {
			values.add(value());
			skipSpace();
			char next = next();
			if (next == ']') {
				return values;
			}
			if (next != ',') {
				throw error("expected , or ]");
			}
		}
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
					if (this.at + 4 > this.text.length()) {
						throw error("bad unicode escape");
					}
					out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
					this.at += 4;
				}
				default -> out.append(escaped);
			}
		}
	}

	private Double number() {
		int start = this.at;
		while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
			this.at++;
		}
		try {
			return Double.valueOf(this.text.substring(start, this.at));
		}
		catch (NumberFormatException ex) {
			throw error("unexpected character");
		}
	}

	private Object literal(String word, Object value) {
		if (!this.text.startsWith(word, this.at)) {
			throw error("unexpected character");
		}
		this.at += word.length();
		return value;
	}

	private void skipSpace() {
		while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
			this.at++;
		}
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("expected " + c);
		}
	}

	private char peek() {
		if (this.at >= this.text.length()) {
			throw error("unexpected end of input");
		}
		return this.text.charAt(this.at);
	}

	private char next() {
		char c = peek();
		this.at++;
		return c;
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(message + " at character " + (this.at + 1));
	}

}
