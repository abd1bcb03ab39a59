package jp.kitakyushu.busters.web.staff.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.staff.outcomes.OutcomeForms.MetricsForm;
import jp.kitakyushu.busters.web.staff.outcomes.OutcomeForms.ReportForm;
import jp.kitakyushu.busters.web.staff.outcomes.OutcomeForms.ResolveForm;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demonstrations and what they achieved: a list, and for each one its reports, its
 * metrics and the problems it resolved, with a form for each.
 */
@Controller
class OutcomesController {

	static final String VIEW = "staff/outcomes/outcome";

	static final int MAX_TEXT = 4000;

	private final ApiClient api;

	OutcomesController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/outcomes")
	String list(Model model) {
		ApiResult result = this.api.execute("staff/outcomes");
		model.addAttribute("available", result.has("selected"));
		List<OutcomeView> demonstrations = new ArrayList<>();
		for (String alias : List.of("inProgress", "selected", "completed")) {
			demonstrations.addAll(result.list(alias + ".nodes", OutcomeView.class));
		}
		model.addAttribute("demonstrations", demonstrations);
		return "staff/outcomes/list";
	}

	@GetMapping("/staff/outcomes/{id}")
	String show(@PathVariable String id, Model model) {
		return page(id, model);
	}

	@PostMapping("/staff/outcomes/{id}/report")
	String report(@PathVariable String id, @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String text = StaffInput.text(form.text());
		if (text.isEmpty()) {
			FormErrors.reject(binding, "text", "REQUIRED");
		}
		else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
			FormErrors.reject(binding, "text", "TOO_LONG");
		}
		if (binding.hasErrors()) {
			return page(id, model);
		}
		return run(id, "outcomeReport", Map.of("proposalId", id, "text", text), binding, "staff.outcome.flash.reported",
				model, redirect);
	}

	@PostMapping("/staff/outcomes/{id}/metrics")
	String metrics(@PathVariable String id, @ModelAttribute("metricsForm") MetricsForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Optional<LocalDate> asOf = StaffInput.day(form.asOf());
		if (asOf.isEmpty()) {
			FormErrors.reject(binding, "asOf", StaffInput.blank(form.asOf()) ? "REQUIRED" : "DAY");
		}
		Optional<Integer> hours = whole(form.staffHours(), "staffHours", binding);
		Optional<Integer> reached = whole(form.citizensReached(), "citizensReached", binding);
		Optional<Double> satisfaction = StaffInput.decimal(form.satisfaction());
		if (satisfaction.isEmpty()) {
			FormErrors.reject(binding, "satisfaction", StaffInput.blank(form.satisfaction()) ? "REQUIRED" : "NUMBER");
		}
		if (binding.hasErrors()) {
			return page(id, model);
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("proposalId", id);
		input.put("asOf", StaffInput.startOf(asOf.get()).toString());
		input.put("staffHoursSavedPerYear", hours.get());
		input.put("citizensReached", reached.get());
		input.put("satisfactionChangePoints", satisfaction.get());
		if (!StaffInput.blank(form.note())) {
			input.put("note", StaffInput.text(form.note()));
		}
		return run(id, "outcomeRecordMetrics", input, binding, "staff.outcome.flash.metrics", model, redirect);
	}

	@PostMapping("/staff/outcomes/{id}/resolve")
	String resolve(@PathVariable String id, @ModelAttribute("resolveForm") ResolveForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		List<String> problems = (form.problemIds() != null)
				? form.problemIds().stream().filter((problem) -> !StaffInput.blank(problem)).toList() : List.of();
		if (problems.isEmpty()) {
			FormErrors.reject(binding, "problemIds", "REQUIRED");
			return page(id, model);
		}
		return run(id, "outcomeResolveProblems", Map.of("proposalId", id, "problemIds", problems), binding,
				"staff.outcome.flash.resolved", model, redirect);
	}

	private Optional<Integer> whole(@Nullable String typed, String field, BindingResult binding) {
		Optional<Integer> value = StaffInput.integer(typed);
		if (value.isEmpty()) {
			FormErrors.reject(binding, field, StaffInput.blank(typed) ? "REQUIRED" : "NUMBER");
		}
		return value;
	}

	private String run(String id, String mutation, Map<String, Object> input, BindingResult binding, String flash,
			Model model, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("staff/" + mutation, Map.of("input", input));
		if (FormErrors.addUserErrors(result, mutation, binding, Map.of("staffHoursSavedPerYear", "staffHours",
				"satisfactionChangePoints", "satisfaction", "proposalId", "", "problemIds", "problemIds"))) {
			return page(id, model);
		}
		Optional<String> error = StaffActions.error(result, mutation);
		if (error.isPresent()) {
			binding.reject(error.get());
			return page(id, model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/staff/outcomes/" + id;
	}

	private String page(String id, Model model) {
		ApiResult result = this.api.execute("staff/outcome", Map.of("id", id));
		model.addAttribute("available", result.available());
		Map.of("reportForm", new ReportForm(""), "metricsForm", new MetricsForm("", "", "", "", ""), "resolveForm",
				new ResolveForm(List.of()))
			.forEach((name, blank) -> {
				if (!model.containsAttribute(name)) {
					model.addAttribute(name, blank);
				}
			});
		if (!result.available()) {
			return VIEW;
		}
		OutcomeView demonstration = result.field("node", OutcomeView.class)
			.filter((node) -> "Proposal".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("demonstration", demonstration);
		return VIEW;
	}

}
