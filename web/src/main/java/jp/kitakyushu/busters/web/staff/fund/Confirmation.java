package jp.kitakyushu.busters.web.staff.fund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The confirm step of a fund action: what will be recorded, the amount in yen written
 * large, and the typed fields sent again with {@code confirmed=true}.
 *
 * @param action the path after {@code /staff/fund/}: contribute, allocate, disburse or
 * reverse
 * @param amount the amount, as the page writes yen
 * @param facts what else will be recorded, as label and value
 * @param fields the form's fields to send again
 */
record Confirmation(String action, String amount, List<Fact> facts, Map<String, String> fields) {

	static final String VIEW = "staff/fund/confirm";

	Confirmation {
		fields = new LinkedHashMap<>(fields);
	}

	/**
	 * One thing the entry will record.
	 *
	 * @param label what it is
	 * @param value what it says
	 */
	record Fact(String label, String value) {
	}

}
