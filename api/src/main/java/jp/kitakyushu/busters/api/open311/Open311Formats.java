package jp.kitakyushu.busters.api.open311;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import jp.kitakyushu.busters.api.system.Xml;

/**
 * Writes Open311 answers as JSON or XML from one ordered tree: maps become objects or
 * elements, {@link Items} become arrays or repeated elements, everything else a value.
 * JSON is Jackson's, like every other JSON the api writes.
 */
final class Open311Formats {

	private Open311Formats() {
	}

	/**
	 * A list whose XML form repeats one element name.
	 *
	 * @param element the name of each item's element, e.g. {@code request}
	 * @param items the items
	 */
	record Items(String element, @JsonValue List<?> items) {
	}

	/** The format named by a path's extension, or a 400 naming the two there are. */
	static String format(String extension) {
		String format = extension.toLowerCase(Locale.ROOT);
		if (!format.equals("json") && !format.equals("xml")) {
			throw Open311Exception
				.badRequest("Unknown format '" + extension + "': ask for .json or .xml (e.g. requests.json).");
		}
		return format;
	}

	static String contentType(String format) {
		return format.equals("xml") ? "text/xml; charset=UTF-8" : "application/json; charset=UTF-8";
	}

	/** The document: {@code root} names the XML root; JSON has no root name. */
	static String write(String format, String root, Object body) {
		if (format.equals("xml")) {
			StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
			xml(xml, root, body);
			return xml.append('\n').toString();
		}
		return JsonMapper.shared().writeValueAsString(body) + "\n";
	}

	private static void xml(StringBuilder out, String name, @Nullable Object value) {
		switch (value) {
			case null -> out.append('<').append(name).append("/>");
			case Map<?, ?> map -> {
				out.append('<').append(name).append('>');
				map.forEach((key, child) -> xml(out, String.valueOf(key), child));
				out.append("</").append(name).append('>');
			}
			case Items items -> {
				out.append('<').append(name).append('>');
				items.items().forEach((item) -> xml(out, items.element(), item));
				out.append("</").append(name).append('>');
			}
			default -> out.append('<')
				.append(name)
				.append('>')
				.append(Xml.escape(value.toString()))
				.append("</")
				.append(name)
				.append('>');
		}
	}

}
