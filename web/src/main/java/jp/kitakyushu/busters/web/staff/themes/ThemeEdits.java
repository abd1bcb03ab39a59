package jp.kitakyushu.busters.web.staff.themes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.staff.themes.ThemeForm.CriterionRow;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Shares;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * Turns the editor into the api's {@code ThemeUpdateInput}, after the checks only the
 * page can make: amounts and days that parse, a call window that does not end before it
 * opens, and weights that add up to 100%. What the api checks (lengths, a budget cap
 * above zero, a deadline ahead, criteria names) comes back as its user errors, mapped to
 * the editor's fields by {@link #fieldNames()}.
 */
final class ThemeEdits {

	private final ThemeForm form;

	private final BindingResult binding;

	/** For each criterion sent to the api, the editor row it came from. */
	private final List<Integer> sentRows = new ArrayList<>();

	ThemeEdits(ThemeForm form, BindingResult binding) {
		this.form = form;
		this.binding = binding;
	}

	/** The api input (without the theme's id), or empty when the editor has errors. */
	Optional<Map<String, Object>> input() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", StaffInput.text(this.form.title()));
		input.put("description", StaffInput.text(this.form.description()));
		input.put("category", StaffInput.text(this.form.category()));
		input.put("problemIds", this.form.problems());
		input.put("expectedOutcomes",
				StaffInput.text(this.form.expectedOutcomes())
					.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty())
					.toList());
		String cap = StaffInput.text(this.form.budgetCap());
		if (!cap.isEmpty()) {
			StaffInput.yen(cap)
				.ifPresentOrElse((yen) -> input.put("budgetCap", yen),
						() -> FormErrors.reject(this.binding, "budgetCap", "INVALID"));
		}
		Optional<Instant> opens = moment("opensAt", this.form.opensAt(), false);
		Optional<Instant> closes = moment("closesAt", this.form.closesAt(), true);
		opens.ifPresent((moment) -> input.put("opensAt", moment.toString()));
		closes.ifPresent((moment) -> input.put("closesAt", moment.toString()));
		if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
			FormErrors.reject(this.binding, "closesAt", "WINDOW_REVERSED");
		}
		input.put("criteria", criteria());
		return this.binding.hasErrors() ? Optional.empty() : Optional.of(input);
	}

	/** The api's field names for this submission's fields, where they differ. */
	Map<String, String> fieldNames() {
		Map<String, String> names = new HashMap<>();
		for (int sent = 0; sent < this.sentRows.size(); sent++) {
			int row = this.sentRows.get(sent);
			for (String part : List.of("name", "weight", "description")) {
				names.put("criteria." + sent + "." + part, "criteria[" + row + "]." + part);
			}
		}
		for (int i = 0; i < ThemeForm.MAX_CRITERIA + 20; i++) {
			names.put("expectedOutcomes." + i, "expectedOutcomes");
		}
		return names;
	}

	private List<Map<String, Object>> criteria() {
		List<Map<String, Object>> criteria = new ArrayList<>();
		List<CriterionRow> rows = this.form.rows();
		int total = 0;
		boolean weightsRead = true;
		for (int row = 0; row < rows.size(); row++) {
			CriterionRow criterion = rows.get(row);
			if (criterion.isBlank()) {
				continue;
			}
			Optional<Integer> weight = StaffInput.integer(criterion.weight());
			if (weight.isEmpty() || weight.get() < 1 || weight.get() > 100) {
				FormErrors.reject(this.binding, "criteria[" + row + "].weight", "WEIGHT");
				weightsRead = false;
				continue;
			}
			total += weight.get();
			this.sentRows.add(row);
			criteria.add(Map.of("name", StaffInput.text(criterion.name()), "weight", weight.get(), "description",
					StaffInput.text(criterion.description())));
		}
		if (weightsRead && !criteria.isEmpty() && total != 100) {
			this.binding.rejectValue("criteria", "userError.WEIGHT_TOTAL", new Object[] { total }, null);
		}
		return criteria;
	}

	private Optional<Instant> moment(String field, @Nullable String value, boolean deadline) {
		if (StaffInput.blank(value)) {
			return Optional.empty();
		}
		Optional<Instant> moment = StaffInput.moment(value, deadline);
		if (moment.isEmpty()) {
			FormErrors.reject(this.binding, field, "MOMENT");
		}
		return moment;
	}

	/** The editor filled from a stored theme: weights as shares of 100%. */
	static ThemeForm of(ThemeView theme) {
		List<Integer> shares = Shares.percentages(theme.criteria().stream().map(ThemeView.Criterion::weight).toList());
		List<CriterionRow> rows = new ArrayList<>();
		for (int i = 0; i < theme.criteria().size(); i++) {
			ThemeView.Criterion criterion = theme.criteria().get(i);
			rows.add(new CriterionRow(criterion.name(), Integer.toString(shares.get(i)), criterion.description()));
		}
		return new ThemeForm(theme.title(), theme.description(), theme.category().code(),
				theme.problems().stream().map(ThemeView.ProblemRef::id).toList(),
				String.join("\n", theme.expectedOutcomes()),
				(theme.budgetCap() != null) ? Long.toString(theme.budgetCap()) : "",
				StaffInput.moment(theme.opensAt(), false), StaffInput.moment(theme.closesAt(), true), rows)
			.withBlankRows();
	}

}
