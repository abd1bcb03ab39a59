package jp.kitakyushu.busters.search.eval;

import java.util.Map;

/**
 * The curator-written text of a label.
 *
 * @param label the label
 * @param title theme title
 * @param description theme description
 */
record Theme(String label, String title, String description) {

	static Theme of(Map<String, String> json) {
		String label = json.get("label");
		if (label == null) {
			throw new IllegalArgumentException("theme needs a label: " + json.keySet());
		}
		return new Theme(label, json.getOrDefault("title", label), json.getOrDefault("description", ""));
	}

}
