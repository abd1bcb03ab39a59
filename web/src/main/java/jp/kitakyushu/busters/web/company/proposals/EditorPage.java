package jp.kitakyushu.busters.web.company.proposals;

import java.util.List;

import jp.kitakyushu.busters.web.company.proposals.NewProposalContext.CompanyOption;
import jp.kitakyushu.busters.web.company.proposals.ProposalView.ThemeView;
import jp.kitakyushu.busters.web.ui.Option;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Lays out the editor page: the theme's terms (cap, deadline, time left), the form with
 * its plan lines and their errors, the running totals, and the fit panel.
 */
@Component
class EditorPage {

	static final String VIEW = "company/proposals/editor";

	private final MessageSource messages;

	private final FitPanel fitPanel;

	EditorPage(MessageSource messages, FitPanel fitPanel) {
		this.messages = messages;
		this.fitPanel = fitPanel;
	}

	/**
	 * The editor.
	 * @param form the input, already in the model under
	 * {@link ProposalEditorController#FORM}
	 * @param binding its errors, if any
	 * @param theme the theme it answers (null when the proposal is no longer ours)
	 * @param proposal the stored proposal, when editing one
	 * @param options my organisations that may propose, when starting one
	 * @param fit the fit panel's content, if worked out; else worked out here from the
	 * form's text, so the panel never comes back empty with a form error
	 * @param extraRows empty plan lines to add
	 */
	String render(Model model, ProposalForm form, @Nullable BindingResult binding, @Nullable ThemeView theme,
			@Nullable ProposalView proposal, List<CompanyOption> options, FitPanel.@Nullable Fit fit, int extraRows) {
		model.addAttribute("available", true);
		model.addAttribute("theme", theme);
		model.addAttribute("proposal", proposal);
		model.addAttribute("companyOptions", options);
		model.addAttribute("companySelect",
				options.stream().map((option) -> new Option(option.id(), option.name())).toList());
		model.addAttribute("planRows",
				PlanRows.of(form, binding, extraRows, this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("totals", Totals.of(form));
		model.addAttribute("fit", (fit != null || theme == null) ? fit : this.fitPanel.of(form.textForMatching()));
		model.addAttribute("currentThemeId", (theme != null) ? theme.id() : null);
		return VIEW;
	}

	/** The editor's page saying that the api does not answer. */
	String unavailable(Model model) {
		model.addAttribute("available", false);
		return VIEW;
	}

	/** A binding result for a form the request did not bind, in the model. */
	BindingResult bindingFor(Model model, ProposalForm form) {
		BindingResult binding = new BeanPropertyBindingResult(form, ProposalEditorController.FORM);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + ProposalEditorController.FORM, binding);
		return binding;
	}

	/**
	 * The request and what the plan adds up to, as far as they can be read, for the line
	 * under the plan ("the plan adds up to … of …").
	 *
	 * @param requested the yen requested, if readable
	 * @param planned the sum of the readable plan amounts
	 */
	record Totals(@Nullable Long requested, long planned) {

		static Totals of(ProposalForm form) {
			BindingResult scratch = new BeanPropertyBindingResult(form, "scratch");
			Long requested = ProposalPlan.yen(form.requestedAmount(), "requestedAmount", scratch);
			long planned = 0;
			for (MilestoneRow row : form.rows()) {
				String amount = ProposalForm.text(row.amount());
				if (!amount.isEmpty()) {
					Long yen = ProposalPlan.yen(amount, "requestedAmount", scratch);
					planned += (yen != null) ? yen : 0;
				}
			}
			return new Totals(requested, planned);
		}

		public boolean matches() {
			return this.requested != null && this.requested == this.planned;
		}

	}

}
