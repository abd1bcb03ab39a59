package jp.kitakyushu.busters.api.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes a data set as CSV or JSON with stable formats, so the same data always gives the
 * same bytes: RFC 4180 CSV with CRLF line ends, integers as digits, other numbers with at
 * most six decimals and no exponent, instants in ISO 8601 UTC to the second.
 */
final class Formats {

	/** The UTF-8 byte-order mark spreadsheet programs look for. */
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Formats() {
	}

	static void csv(DataSet set, OutputStream out, boolean bom) {
		try {
			if (bom) {
				out.write(BOM);
			}
			write(out, String.join(",", set.columns().stream().map(Column::name).toList()) + "\r\n");
			set.rows()
				.each((row) -> write(out, String.join(",", row.stream().map(Formats::csvField).toList()) + "\r\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void json(DataSet set, OutputStream out) {
		StringBuilder head = new StringBuilder();
		head.append("{\n  \"dataset\": ").append(quote(set.name()));
		head.append(",\n  \"title\": {\"ja\": ")
			.append(quote(set.titleJa()))
			.append(", \"en\": ")
			.append(quote(set.titleEn()))
			.append('}');
		head.append(",\n  \"licence\": {\"name\": ")
			.append(quote(Licence.NAME))
			.append(", \"url\": ")
			.append(quote(Licence.URL))
			.append(", \"ja\": ")
			.append(quote(Licence.COMPATIBILITY_JA))
			.append(", \"en\": ")
			.append(quote(Licence.COMPATIBILITY_EN))
			.append(", \"attribution\": ")
			.append(quote(Licence.ATTRIBUTION))
			.append('}');
		head.append(",\n  \"columns\": [");
		List<Column> columns = set.columns();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			head.append((i == 0) ? "\n" : ",\n")
				.append("    {\"name\": ")
				.append(quote(column.name()))
				.append(", \"type\": ")
				.append(quote(column.type()))
				.append(", \"ja\": ")
				.append(quote(column.meaningJa()))
				.append(", \"en\": ")
				.append(quote(column.meaningEn()))
				.append('}');
		}
		head.append("\n  ],\n  \"records\": [");
		write(out, head.toString());
		boolean[] first = { true };
		set.rows().each((row) -> {
			StringBuilder record = new StringBuilder(first[0] ? "\n    {" : ",\n    {");
			first[0] = false;
			for (int i = 0; i < columns.size(); i++) {
				record.append((i == 0) ? "" : ", ")
					.append(quote(columns.get(i).name()))
					.append(": ")
					.append(jsonValue(row.get(i)));
			}
			write(out, record.append('}').toString());
		});
		write(out, first[0] ? "]\n}\n" : "\n  ]\n}\n");
	}

	static String csvField(@Nullable Object value) {
		String text = text(value);
		if (text.isEmpty() || !(value instanceof String)) {
			return text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static String jsonValue(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String || value instanceof Instant) {
			return quote(text(value));
		}
		return text(value);
	}

	/** The stable text of a value: how CSV shows it, and JSON outside quotes. */
	static String text(@Nullable Object value) {
		return switch (value) {
			case null -> "";
			case Instant instant -> DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
			case Double number -> decimal(number);
			case Float number -> decimal(number.doubleValue());
			default -> value.toString();
		};
	}

	private static String decimal(double number) {
		String text = new java.math.BigDecimal(number).setScale(6, java.math.RoundingMode.HALF_EVEN)
			.stripTrailingZeros()
			.toPlainString();
		return text.equals("-0") ? "0" : text;
	}

	/** A JSON string, escaped by Jackson like every other JSON the api writes. */
	static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		JsonStringEncoder.getInstance().quoteAsString(text, quoted);
		return quoted.append('"').toString();
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
