package jp.kitakyushu.busters.web.staff.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.staff.evaluation.ProposalPage.DeclineForm;
import jp.kitakyushu.busters.web.staff.evaluation.ScoreForm.ScoreRow;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One proposal: reading it, scoring it (blind to the others until my own scores are in,
 * which the api enforces), and deciding on it.
 */
@Controller
class ProposalController {

	static final int MAX_REASON = 1000;

	static final int MAX_COMMENT = 2000;

	/** The one-button decisions, by the path that asks for them. */
	static final Map<String, String> STEPS = Map.of("shortlist", "Shortlist", "select", "Select", "start", "Start",
			"complete", "Complete");

	private final ApiClient api;

	private final ProposalPage page;

	ProposalController(ApiClient api, ProposalPage page) {
		this.api = api;
		this.page = page;
	}

	@GetMapping("/staff/proposals/{id}")
	String show(@PathVariable String id, Model model) {
		this.page.load(id, model);
		return ProposalPage.VIEW;
	}

	@PostMapping("/staff/proposals/{id}/score")
	String score(@PathVariable String id, @ModelAttribute(ProposalPage.SCORE_FORM) ScoreForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		List<Map<String, Object>> scores = new ArrayList<>();
		Map<String, String> fieldNames = new HashMap<>();
		List<ScoreRow> rows = form.rows();
		for (int i = 0; i < rows.size(); i++) {
			ScoreRow row = rows.get(i);
			String field = "scores[" + i + "]";
			Optional<Integer> score = StaffInput.integer(row.score());
			if (StaffInput.blank(row.score())) {
				FormErrors.reject(binding, field + ".score", "REQUIRED");
			}
			else if (score.isEmpty() || score.get() < 0 || score.get() > 5) {
				FormErrors.reject(binding, field + ".score", "OUT_OF_RANGE");
			}
			String comment = StaffInput.text(row.comment());
			if (comment.isEmpty()) {
				FormErrors.reject(binding, field + ".comment", "REQUIRED");
			}
			else if (comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
				FormErrors.reject(binding, field + ".comment", "TOO_LONG");
			}
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("criterion", StaffInput.text(row.criterion()));
			input.put("score", score.orElse(-1));
			input.put("comment", comment);
			scores.add(input);
			for (String part : List.of("criterion", "score", "comment")) {
				fieldNames.put("scores." + i + "." + part, field + "." + ("criterion".equals(part) ? "score" : part));
			}
		}
		if (binding.hasErrors()) {
			this.page.load(id, model);
			return ProposalPage.VIEW;
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("proposalId", id);
		input.put("scores", scores);
		if (!StaffInput.blank(form.comment())) {
			input.put("comment", StaffInput.text(form.comment()));
		}
		ApiResult result = this.api.execute("staff/evaluationSubmit", Map.of("input", input));
		if (FormErrors.addUserErrors(result, "evaluationSubmit", binding, fieldNames)) {
			this.page.load(id, model);
			return ProposalPage.VIEW;
		}
		return done(id, result, "evaluationSubmit", "staff.proposal.flash.scored", model, redirect);
	}

	@PostMapping("/staff/proposals/{id}/{step:shortlist|select|start|complete}")
	String step(@PathVariable String id, @PathVariable String step, Model model, RedirectAttributes redirect) {
		String mutation = "proposal" + STEPS.get(step);
		ApiResult result = this.api.execute("staff/" + mutation, Map.of("id", id));
		return done(id, result, mutation, "staff.proposal.flash." + step, model, redirect);
	}

	@PostMapping("/staff/proposals/{id}/decline")
	String decline(@PathVariable String id, @ModelAttribute(ProposalPage.DECLINE_FORM) DeclineForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String reason = StaffInput.text(form.reason());
		if (reason.isEmpty()) {
			FormErrors.reject(binding, "reason", "REQUIRED");
		}
		else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
			FormErrors.reject(binding, "reason", "TOO_LONG");
		}
		if (binding.hasErrors()) {
			this.page.load(id, model);
			return ProposalPage.VIEW;
		}
		ApiResult result = this.api.execute("staff/proposalDecline", Map.of("id", id, "reason", reason));
		if (FormErrors.addUserErrors(result, "proposalDecline", binding, Map.of())) {
			this.page.load(id, model);
			return ProposalPage.VIEW;
		}
		return done(id, result, "proposalDecline", "staff.proposal.flash.declined", model, redirect);
	}

	private String done(String id, ApiResult result, String mutation, String flash, Model model,
			RedirectAttributes redirect) {
		Optional<String> error = StaffActions.error(result, mutation);
		if (error.isPresent()) {
			this.page.load(id, model);
			model.addAttribute("actionError", error.get());
			return ProposalPage.VIEW;
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/staff/proposals/" + id;
	}

}
