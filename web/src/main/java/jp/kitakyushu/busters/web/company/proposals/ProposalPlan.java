package jp.kitakyushu.busters.web.company.proposals;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Formats;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * Reads the editor's text fields as the api's input and checks the money and the dates
 * against the theme before anything is sent: the request within the cap, the plan within
 * the request (equal to it to submit), every milestone after the deadline and within
 * three years of it. The api checks the same again; checking here words each problem next
 * to its field. Plan lines left empty are dropped, so the api numbers lines differently:
 * {@link #fieldNames()} maps its numbers back to the form's.
 *
 * @param input the api input (without ids), when the form had no error
 * @param requested the amount requested, when it could be read
 * @param planned the sum of the plan's amounts that could be read
 * @param lineIndexes the form index of each line sent to the api, in order
 */
record ProposalPlan(Map<String, Object> input, @Nullable Long requested, long planned, List<Integer> lineIndexes) {

	/** A plan may run this many years after the call. */
	static final int MAX_YEARS_AFTER_CALL = 3;

	private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

	/**
	 * Reads the form; errors go to {@code binding}.
	 * @param form what was typed
	 * @param theme the theme's cap and deadline
	 * @param submitting whether the proposal is being submitted (then it must be
	 * complete)
	 */
	static ProposalPlan read(ProposalForm form, ThemeTerms theme, boolean submitting, BindingResult binding) {
		Long requested = yen(form.requestedAmount(), "requestedAmount", binding);
		List<Map<String, Object>> milestones = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		long planned = 0;
		List<MilestoneRow> rows = form.rows();
		for (int i = 0; i < rows.size(); i++) {
			MilestoneRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String field = "milestones[" + i + "].";
			String title = ProposalForm.text(row.title());
			if (title.isEmpty()) {
				FormErrors.reject(binding, field + "title", "REQUIRED");
			}
			Instant due = date(row.dueDate(), field + "dueDate", binding);
			if (due != null && theme.closesAt() != null) {
				checkDate(due, theme.closesAt(), field + "dueDate", binding);
			}
			Long amount = yen(row.amount(), field + "amount", binding);
			if (amount != null) {
				planned += amount;
			}
			if (!title.isEmpty() && due != null && amount != null) {
				milestones.add(Map.of("title", title, "dueDate", due.toString(), "amount", amount));
				indexes.add(i);
			}
		}
		if (requested != null && theme.budgetCap() != null && requested > theme.budgetCap()) {
			FormErrors.reject(binding, "requestedAmount", "OVER_LIMIT");
		}
		long asked = (requested != null) ? requested : 0;
		if (planned > asked && !binding.hasFieldErrors("requestedAmount")) {
			FormErrors.reject(binding, "milestones", "OVER_LIMIT");
		}
		if (submitting) {
			checkComplete(form, requested, planned, indexes.isEmpty(), binding);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", ProposalForm.text(form.title()));
		input.put("summary", ProposalForm.text(form.summary()));
		input.put("approach", ProposalForm.text(form.approach()));
		input.put("requestedAmount", asked);
		input.put("milestones", milestones);
		return new ProposalPlan(input, requested, planned, indexes);
	}

	private static void checkComplete(ProposalForm form, @Nullable Long requested, long planned, boolean noLines,
			BindingResult binding) {
		if (ProposalForm.text(form.approach()).isEmpty()) {
			FormErrors.reject(binding, "approach", "REQUIRED");
		}
		if (requested == null || requested == 0) {
			if (!binding.hasFieldErrors("requestedAmount")) {
				FormErrors.reject(binding, "requestedAmount", "REQUIRED");
			}
			return;
		}
		if (noLines && !binding.hasFieldErrors("milestones")) {
			FormErrors.reject(binding, "milestones", "REQUIRED");
		}
		else if (planned < requested && !binding.hasFieldErrors("milestones")) {
			FormErrors.reject(binding, "milestones", "INVALID");
		}
	}

	private static void checkDate(Instant due, Instant closes, String field, BindingResult binding) {
		Instant latest = closes.atZone(ZoneOffset.UTC).plusYears(MAX_YEARS_AFTER_CALL).toInstant();
		if (!due.isAfter(closes)) {
			binding.rejectValue(field, "company.proposal.milestone.beforeDeadline");
		}
		else if (due.isAfter(latest)) {
			binding.rejectValue(field, "company.proposal.milestone.tooLate");
		}
	}

	/**
	 * The api's names for the form's fields: plan lines by the api's numbering, and the
	 * ids, which are not fields of the form (their errors go to the whole form).
	 */
	Map<String, String> fieldNames() {
		Map<String, String> names = new HashMap<>();
		for (int sent = 0; sent < this.lineIndexes.size(); sent++) {
			int index = this.lineIndexes.get(sent);
			for (String field : List.of("title", "dueDate", "amount")) {
				names.put("milestones." + sent + "." + field, "milestones[" + index + "]." + field);
			}
		}
		names.put("proposalId", "");
		names.put("themeId", "");
		return names;
	}

	/**
	 * Yen as people type them: digits, full-width or not, with or without separators and
	 * 円. Empty is null, an error only on a plan line (the request may wait for the draft
	 * to be complete).
	 */
	static @Nullable Long yen(@Nullable String typed, String field, BindingResult binding) {
		String text = Normalizer.normalize(ProposalForm.text(typed), Normalizer.Form.NFKC).replaceAll("[,\\s円¥]", "");
		if (text.isEmpty()) {
			if (field.startsWith("milestones[")) {
				FormErrors.reject(binding, field, "REQUIRED");
			}
			return null;
		}
		if (!text.matches("\\d{1,15}")) {
			FormErrors.reject(binding, field, "INVALID");
			return null;
		}
		return Long.parseLong(text);
	}

	/**
	 * A date as people type it (2027-06-30, 2027/6/30, 2027年6月30日), at midnight in the
	 * city.
	 */
	static @Nullable Instant date(@Nullable String typed, String field, BindingResult binding) {
		String text = Normalizer.normalize(ProposalForm.text(typed), Normalizer.Form.NFKC).replace(" ", "");
		if (text.isEmpty()) {
			FormErrors.reject(binding, field, "REQUIRED");
			return null;
		}
		Matcher matcher = DATE.matcher(text);
		if (!matcher.matches()) {
			FormErrors.reject(binding, field, "INVALID");
			return null;
		}
		try {
			return LocalDate
				.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)))
				.atStartOfDay(Formats.CITY_TIME)
				.toInstant();
		}
		catch (DateTimeException ex) {
			FormErrors.reject(binding, field, "INVALID");
			return null;
		}
	}

	/**
	 * What the editor needs to know of the theme to check a plan.
	 *
	 * @param budgetCap the most a proposal may request
	 * @param closesAt the deadline
	 */
	record ThemeTerms(@Nullable Long budgetCap, @Nullable Instant closesAt) {
	}

}
