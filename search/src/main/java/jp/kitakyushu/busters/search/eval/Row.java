package jp.kitakyushu.busters.search.eval;

import java.util.Map;

/**
 * One labelled text of the evaluation data.
 *
 * @param id row id
 * @param text the text
 * @param label the theme it belongs to
 */
record Row(String id, String text, String label) {

	static Row of(Map<String, String> json) {
		String id = json.get("id");
		String text = json.get("text");
		String label = json.get("label");
		if (id == null || text == null || label == null) {
			throw new IllegalArgumentException("row needs id, text and label: " + json.keySet());
		}
		return new Row(id, text, label);
	}

}
