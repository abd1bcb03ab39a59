package jp.kitakyushu.busters.api.report;

/**
 * The key of one of reporting's counter documents: a dimension, a month and, but for the
 * month's total, the dimension's value ({@code t|2026-04}, {@code cat|2026-04|ROAD},
 * {@code c|2026-04|ROAD|TOBATA|WEB}). The dimension comes first so that one dimension's
 * documents for a period share a prefix of the store's {@code _id} index.
 *
 * @param dimension {@link #TOTAL}, {@link #CATEGORY}, {@link #WARD}, {@link #CHANNEL} or
 * {@link #CELL}
 * @param month the month counted, {@code 2026-04}
 * @param value the category, ward, channel or cell ({@code category|ward|channel}); empty
 * for the total
 */
record CounterKey(String dimension, String month, String value) {

	static final String TOTAL = "t";

	static final String CATEGORY = "cat";

	static final String WARD = "ward";

	static final String CHANNEL = "ch";

	/** The full cube: one document per category, ward and channel. */
	static final String CELL = "c";

	static CounterKey total(String month) {
		return new CounterKey(TOTAL, month, "");
	}

	static CounterKey cell(String month, String cell) {
		return new CounterKey(CELL, month, cell);
	}

	/** The key of a stored document's {@code _id}. */
	static CounterKey parse(String id) {
		String[] parts = id.split("\\|", 3);
		return new CounterKey(parts[0], parts[1], (parts.length > 2) ? parts[2] : "");
	}

	String id() {
		return this.value.isEmpty() ? this.dimension + "|" + this.month
				: this.dimension + "|" + this.month + "|" + this.value;
	}

}
