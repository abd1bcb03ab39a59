package jp.kitakyushu.busters.web.staff.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.staff.moderation.MarkedOriginal.Finding;

/**
 * Turns the review form into {@code problemRedact}'s input. The api takes spans; a
 * moderator names words. The words are looked up in the original as it is now, and every
 * place they occur becomes a span to mask, except where a finding that stays already
 * covers them. What the form cannot mean (words not in the text, an unknown kind) is a
 * field error here; what only the api can judge (overlaps, a finding that is gone, the
 * problem's state) is left to it, and its errors come back next to the same fields.
 *
 * @param input the mutation's input, when the form made sense
 * @param errors field name and error code of each mistake, when it did not
 */
record RedactionRequest(Map<String, Object> input, List<FieldMistake> errors) {

	/** Longer words than these are not a name or an address but a paragraph. */
	static final int MAX_PHRASE = 200;

	/** The kinds of personal data the api knows, in the order the form offers them. */
	static final List<String> KINDS = List.of("PERSON_NAME", "POSTAL_ADDRESS", "PHONE", "EMAIL", "BANK_ACCOUNT",
			"MY_NUMBER", "NUMBER_PLATE", "DATE_OF_BIRTH");

	private static final Set<String> TEXTS = Set.of(MarkedOriginal.TITLE, MarkedOriginal.BODY);

	static RedactionRequest of(String problemId, String title, String body, List<Finding> findings, RedactForm form) {
		List<FieldMistake> errors = new ArrayList<>();
		List<Map<String, Object>> unmask = new ArrayList<>();
		List<String> shown = (form.unmask() != null) ? form.unmask() : List.of();
		for (String key : shown) {
			String[] parts = key.split(":");
			if (parts.length != 3 || !TEXTS.contains(parts[0]) || !parts[1].matches("\\d{1,6}")
					|| !parts[2].matches("\\d{1,6}")) {
				errors.add(new FieldMistake("unmask", "INVALID"));
				continue;
			}
			unmask
				.add(Map.of("text", parts[0], "start", Integer.parseInt(parts[1]), "end", Integer.parseInt(parts[2])));
		}
		List<Map<String, Object>> mask = new ArrayList<>();
		String phrase = StaffInput.text(form.phrase());
		if (!phrase.isEmpty()) {
			String where = StaffInput.text(form.where());
			String kind = StaffInput.text(form.kind());
			if (phrase.length() > MAX_PHRASE) {
				errors.add(new FieldMistake("phrase", "TOO_LONG"));
			}
			else if (!where.isEmpty() && !TEXTS.contains(where)) {
				errors.add(new FieldMistake("where", "INVALID"));
			}
			else if (!KINDS.contains(kind)) {
				errors.add(new FieldMistake("kind", kind.isEmpty() ? "REQUIRED" : "INVALID"));
			}
			else {
				List<Finding> staying = findings.stream().filter((finding) -> !shown.contains(key(finding))).toList();
				int found = 0;
				for (String text : where.isEmpty() ? List.of(MarkedOriginal.TITLE, MarkedOriginal.BODY)
						: List.of(where)) {
					String original = MarkedOriginal.TITLE.equals(text) ? title : body;
					for (int at = original.indexOf(phrase); at >= 0; at = original.indexOf(phrase,
							at + phrase.length())) {
						found++;
						if (!covered(staying, text, at, at + phrase.length())) {
							mask.add(Map.of("text", text, "start", at, "end", at + phrase.length(), "kind", kind));
						}
					}
				}
				if (found == 0) {
					errors.add(new FieldMistake("phrase", "NOT_IN_TEXT"));
				}
				else if (mask.isEmpty()) {
					errors.add(new FieldMistake("phrase", "ALREADY_MASKED"));
				}
			}
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("problemId", problemId);
		input.put("mask", mask);
		input.put("unmask", unmask);
		return new RedactionRequest(input, List.copyOf(errors));
	}

	static String key(Finding finding) {
		return finding.text() + ":" + finding.start() + ":" + finding.end();
	}

	/** Whether a finding that stays masked already holds the whole span. */
	private static boolean covered(List<Finding> staying, String text, int start, int end) {
		return staying.stream()
			.anyMatch((finding) -> finding.text().equals(text) && finding.start() <= start && end <= finding.end());
	}

	/**
	 * One mistake in the form.
	 *
	 * @param field the form's field
	 * @param code the error code, worded by the messages ({@code userError.<code>...})
	 */
	record FieldMistake(String field, String code) {
	}

}
