package jp.kitakyushu.busters.api.opendata;

/**
 * One column of a data set, as its data dictionary describes it.
 *
 * @param name the column's name in CSV headers and JSON keys
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean} or
 * {@code datetime} (ISO 8601 in UTC, to the second)
 * @param meaningJa what it holds, in Japanese
 * @param meaningEn what it holds, in English
 */
record Column(String name, String type, String meaningJa, String meaningEn) {

	static Column string(String name, String ja, String en) {
		return new Column(name, "string", ja, en);
	}

	static Column integer(String name, String ja, String en) {
		return new Column(name, "integer", ja, en);
	}

	static Column number(String name, String ja, String en) {
		return new Column(name, "number", ja, en);
	}

	static Column datetime(String name, String ja, String en) {
		return new Column(name, "datetime", ja, en);
	}

	static Column bool(String name, String ja, String en) {
		return new Column(name, "boolean", ja, en);
	}

}
