package jp.kitakyushu.busters.api.opendata;

import java.util.List;
import java.util.function.Consumer;

/**
 * One published data set: its name, titles, columns and rows in a stable order. Row
 * values are {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code Instant} or null, one per column.
 *
 * @param name the file name without extension, e.g. {@code problems}
 * @param titleJa the Japanese title
 * @param titleEn the English title
 * @param columns the columns, in order
 * @param rows writes the rows, in a stable order, to a sink
 */
record DataSet(String name, String titleJa, String titleEn, List<Column> columns, Rows rows) {

	/** Writes a data set's rows in a stable order. */
	@FunctionalInterface
	interface Rows {

		void each(Consumer<List<Object>> sink);

	}

}
