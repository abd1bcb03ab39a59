package jp.kitakyushu.busters.web.company.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The plan's lines as the editor lays them out: those typed (each with its errors, worded
 * in the page's language), then empty lines to type into, so the plan grows without
 * JavaScript. Built here rather than in the template because the empty lines are not part
 * of the bound form.
 */
final class PlanRows {

	private PlanRows() {
	}

	static List<Row> of(ProposalForm form, @Nullable BindingResult binding, int extraRows, MessageSource messages,
			Locale locale) {
		List<MilestoneRow> typed = new ArrayList<>(form.rows());
		while (!typed.isEmpty() && typed.get(typed.size() - 1).isBlank()) {
			typed.remove(typed.size() - 1);
		}
		int wanted = Math.min(ProposalForm.MAX_ROWS,
				Math.max(ProposalForm.STARTING_ROWS, typed.size() + Math.max(1, extraRows)));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(wanted, typed.size()); i++) {
			MilestoneRow row = (i < typed.size()) ? typed.get(i) : MilestoneRow.blank();
			rows.add(new Row(i, ProposalForm.text(row.title()), ProposalForm.text(row.dueDate()),
					ProposalForm.text(row.amount()), error(binding, i, "title", messages, locale),
					error(binding, i, "dueDate", messages, locale), error(binding, i, "amount", messages, locale)));
		}
		return rows;
	}

	private static @Nullable String error(@Nullable BindingResult binding, int index, String field,
			MessageSource messages, Locale locale) {
		if (binding == null) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (FieldError error : binding.getFieldErrors("milestones[" + index + "]." + field)) {
			words.add(messages.getMessage(error, locale));
		}
		return words.isEmpty() ? null : String.join(" ", words);
	}

	/**
	 * One line of the plan on the page.
	 *
	 * @param index its position, 0 first
	 * @param title what, as typed
	 * @param dueDate when, as typed
	 * @param amount how much, as typed
	 * @param titleError what is wrong with the title
	 * @param dueDateError what is wrong with the date
	 * @param amountError what is wrong with the amount
	 */
	record Row(int index, String title, String dueDate, String amount, @Nullable String titleError,
			@Nullable String dueDateError, @Nullable String amountError) {

		/** The form field name of one of the line's fields, also its element id. */
		public String name(String field) {
			return "milestones[" + this.index + "]." + field;
		}

		/** The line's number as people count, 1 first. */
		public int number() {
			return this.index + 1;
		}

	}

}
