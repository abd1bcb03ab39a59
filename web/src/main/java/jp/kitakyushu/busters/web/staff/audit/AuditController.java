package jp.kitakyushu.busters.web.staff.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Pager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail as a plain GET form of filters over a paged list, so a filtered view is
 * a link staff can share.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	/** The kinds of objects the trail names. */
	static final List<String> TYPES = List.of("Problem", "Theme", "Proposal", "Evaluation", "Company", "FundEntry",
			"OutcomeReport", "OutcomeMetrics", "Notification");

	/** The actions, grouped: "problem." stands for every problem action. */
	static final List<String> ACTIONS = List.of("problem.", "problem.submit", "problem.publish", "problem.reject",
			"problem.merge", "problem.adopt", "problem.release", "problem.resolve", "problem.support",
			"problem.withdrawSupport", "theme.", "theme.create", "theme.update", "theme.publish", "theme.cancel",
			"theme.close", "theme.award", "proposal.", "proposal.create", "proposal.update", "proposal.submit",
			"proposal.withdraw", "proposal.shortlist", "proposal.select", "proposal.decline", "proposal.start",
			"proposal.complete", "evaluation.", "evaluation.submit", "evaluation.revise", "company.",
			"company.register", "company.update", "company.verify", "company.suspend", "company.reinstate",
			"company.inviteMember", "company.join", "company.leave", "company.removeMember",
			"company.transferManagement", "fund.", "fund.contribution", "fund.allocation", "fund.disbursement",
			"fund.reversal", "outcome.", "outcome.report", "outcome.recordMetrics", "outcome.resolveProblems",
			"notification.");

	private final ApiClient api;

	AuditController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/audit")
	String audit(@RequestParam(name = "entity", required = false) @Nullable String entity,
			@RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "actor", required = false) @Nullable String actor,
			@RequestParam(name = "action", required = false) @Nullable String action,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("entity", StaffInput.text(entity));
		typed.put("type", TYPES.contains(StaffInput.text(type)) ? StaffInput.text(type) : "");
		typed.put("actor", StaffInput.text(actor));
		typed.put("action", ACTIONS.contains(StaffInput.text(action)) ? StaffInput.text(action) : "");
		typed.put("from", StaffInput.text(from));
		typed.put("to", StaffInput.text(to));
		model.addAttribute("filter", typed);
		model.addAttribute("types", TYPES);
		model.addAttribute("actions", ACTIONS);
		Map<String, Object> filter = new HashMap<>();
		put(filter, "entity", typed.get("entity"));
		put(filter, "entityType", typed.get("type"));
		put(filter, "actor", typed.get("actor"));
		put(filter, "action", typed.get("action"));
		Optional<LocalDate> fromDay = day(typed.get("from"), "from", model);
		Optional<LocalDate> toDay = day(typed.get("to"), "to", model);
		fromDay.ifPresent((day) -> filter.put("from", StaffInput.startOf(day).toString()));
		// "To" a day includes that day.
		toDay.ifPresent((day) -> filter.put("to", StaffInput.startOf(day.plusDays(1)).toString()));
		int current = Pager.page(page);
		Map<String, Object> variables = new HashMap<>(Map.of("first", PAGE_SIZE, "filter", filter));
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("staff/audit", variables);
		model.addAttribute("available", result.has("auditEntries"));
		model.addAttribute("badEntity", result.available() && !result.has("auditEntries"));
		model.addAttribute("entries", result.list("auditEntries.nodes", Entry.class));
		model.addAttribute("pager", new Pager(current, PAGE_SIZE,
				result.field("auditEntries.totalCount", Long.class).orElse(0L), "/staff/audit", typed));
		return "staff/audit/list";
	}

	private static Optional<LocalDate> day(String typed, String field, Model model) {
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		Optional<LocalDate> day = StaffInput.day(typed);
		if (day.isEmpty()) {
			model.addAttribute(field + "Error", true);
		}
		return day;
	}

	private static void put(Map<String, Object> filter, String key, String value) {
		if (!value.isEmpty()) {
			filter.put(key, value);
		}
	}

	/**
	 * One entry of the trail.
	 *
	 * @param id its global id
	 * @param actor who (a subject, or system)
	 * @param actorName their name, if known
	 * @param action what was done
	 * @param entityType the kind of object
	 * @param entityId the object's global id
	 * @param at when
	 * @param change what changed
	 */
	record Entry(String id, String actor, @Nullable String actorName, String action, String entityType, String entityId,
			Instant at, @Nullable Object change) {

		/** What changed, one line per field: "status: SUBMITTED → PUBLISHED". */
		public List<String> changes() {
			return AuditChanges.describe(this.change);
		}

	}

}
