package jp.kitakyushu.busters.web.company.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's own checks of money and dates against the theme, each error on the field
 * to fix, and the api input they lead to.
 */
class ProposalPlanTests {

	static final Instant DEADLINE = Instant.parse("2027-01-31T08:00:00Z");

	static final ProposalPlan.ThemeTerms THEME = new ProposalPlan.ThemeTerms(6_000_000L, DEADLINE);

	static ProposalForm form(String requested, MilestoneRow... rows) {
		return new ProposalForm("theme-1", "company-1", "見守りの仕組み", "要約", "方法", requested,
				new ArrayList<>(List.of(rows)), "key");
	}

	static BindingResult binding(ProposalForm form) {
		return new BeanPropertyBindingResult(form, "proposalForm");
	}

	static List<String> errors(BindingResult binding) {
		return binding.getAllErrors()
			.stream()
			.map((error) -> ((error instanceof FieldError field) ? field.getField() : "") + ":" + error.getCode())
			.toList();
	}

	@Test
	void aPlanWithinTheCapAfterTheDeadlineBecomesTheApiInput() {
		ProposalForm form = form("４,８００,０００円", new MilestoneRow("設置", "2027/3/31", "1,500,000"), MilestoneRow.blank(),
				new MilestoneRow("運用", "2027年9月30日", "3300000"));
		BindingResult binding = binding(form);
		ProposalPlan plan = ProposalPlan.read(form, THEME, true, binding);
		assertThat(errors(binding)).isEmpty();
		assertThat(plan.input()).containsEntry("requestedAmount", 4_800_000L);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> milestones = (List<Map<String, Object>>) plan.input().get("milestones");
		assertThat(milestones).hasSize(2);
		assertThat(milestones.get(0)).containsEntry("dueDate", "2027-03-30T15:00:00Z")
			.containsEntry("amount", 1_500_000L);
		// The api numbers the lines it got: its second line is the form's third.
		assertThat(plan.fieldNames()).containsEntry("milestones.1.amount", "milestones[2].amount")
			.containsEntry("proposalId", "");
	}

	@Test
	void overTheCapAndAPlanOverTheRequestAreErrorsOnTheirFields() {
		ProposalForm form = form("7000000", new MilestoneRow("設置", "2027-03-31", "8000000"));
		BindingResult binding = binding(form);
		ProposalPlan.read(form, THEME, false, binding);
		assertThat(errors(binding)).containsExactly("requestedAmount:userError.OVER_LIMIT");

		ProposalForm over = form("5000000", new MilestoneRow("設置", "2027-03-31", "6000000"));
		BindingResult overBinding = binding(over);
		ProposalPlan.read(over, THEME, false, overBinding);
		assertThat(errors(overBinding)).containsExactly("milestones:userError.OVER_LIMIT");
	}

	@Test
	void datesBeforeTheDeadlineOrTooLateOrUnreadableAreErrorsOnTheirLine() {
		ProposalForm form = form("3000000", new MilestoneRow("設置", "2027-01-31", "1000000"),
				new MilestoneRow("運用", "2031-01-01", "1000000"), new MilestoneRow("報告", "来年の春", "1000000"),
				new MilestoneRow("", "2027-05-01", "十万"));
		BindingResult binding = binding(form);
		ProposalPlan.read(form, THEME, false, binding);
		assertThat(errors(binding)).containsExactlyInAnyOrder(
				"milestones[0].dueDate:company.proposal.milestone.beforeDeadline",
				"milestones[1].dueDate:company.proposal.milestone.tooLate", "milestones[2].dueDate:userError.INVALID",
				"milestones[3].title:userError.REQUIRED", "milestones[3].amount:userError.INVALID");
		assertThat(binding.getFieldValue("milestones[2].dueDate")).isEqualTo("来年の春");
	}

	@Test
	void aDraftMayBeIncompleteButASubmissionMustAddUp() {
		ProposalForm form = new ProposalForm("theme-1", "company-1", "見守り", "要約", "", "3000000",
				List.of(new MilestoneRow("設置", "2027-03-31", "1000000")), "key");
		BindingResult draft = binding(form);
		ProposalPlan.read(form, THEME, false, draft);
		assertThat(errors(draft)).isEmpty();

		BindingResult submission = binding(form);
		ProposalPlan.read(form, THEME, true, submission);
		assertThat(errors(submission)).containsExactlyInAnyOrder("approach:userError.REQUIRED",
				"milestones:userError.INVALID");

		ProposalForm empty = new ProposalForm("theme-1", "company-1", "見守り", "要約", "方法", "", List.of(), "key");
		BindingResult nothing = binding(empty);
		ProposalPlan.read(empty, THEME, true, nothing);
		assertThat(errors(nothing)).containsExactly("requestedAmount:userError.REQUIRED");
	}

}
