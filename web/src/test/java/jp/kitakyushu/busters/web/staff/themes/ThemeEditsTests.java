package jp.kitakyushu.busters.web.staff.themes;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.ui.Shares;
import org.junit.jupiter.api.Test;

import org.springframework.core.ResolvableType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.ServletRequestDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's own checks before anything reaches the api: weights as shares that must
 * add up to 100%, a window that does not close before it opens, amounts and days that
 * parse; and the editor as the browser posts it, rows and all.
 */
class ThemeEditsTests {

	@Test
	void theEditorBindsItsRowsAsTheBrowserSendsThem() {
		ThemeForm form = bind(
				Map.of("title", "移動の支え", "problemIds", "UHJvYmxlbTox", "criteria[0].name", "適合性", "criteria[0].weight",
						"60", "criteria[0].description", "課題に合うか", "criteria[1].name", "費用", "criteria[1].weight", "40",
						"criteria[1].description", "費用対効果", "criteria[2].name", "", "criteria[2].weight", ""));
		assertThat(form.problems()).containsExactly("UHJvYmxlbTox");
		assertThat(form.rows()).hasSize(3);
		assertThat(form.rows().get(1).name()).isEqualTo("費用");
		assertThat(form.rows().get(2).isBlank()).isTrue();
		assertThat(form.weightTotal()).isEqualTo(100);
	}

	@Test
	void weightsThatDoNotAddUpTo100AreRefusedNextToTheCriteria() {
		ThemeForm form = form("3,000,000", "2026-04-01", "2026-04-30", row("適合性", "60"), row("費用", "30"));
		BindingResult errors = errors(form);
		assertThat(new ThemeEdits(form, errors).input()).isEmpty();
		assertThat(errors.getFieldError("criteria").getCode()).isEqualTo("userError.WEIGHT_TOTAL");
		assertThat(errors.getFieldError("criteria").getArguments()).containsExactly(90);
	}

	@Test
	void aWeightThatIsNotAPercentageIsRefusedOnItsRow() {
		ThemeForm form = form("3,000,000", "2026-04-01", "2026-04-30", row("適合性", "abc"), row("費用", "0"));
		BindingResult errors = errors(form);
		assertThat(new ThemeEdits(form, errors).input()).isEmpty();
		assertThat(errors.getFieldError("criteria[0].weight").getCode()).isEqualTo("userError.WEIGHT");
		assertThat(errors.getFieldError("criteria[1].weight").getCode()).isEqualTo("userError.WEIGHT");
	}

	@Test
	void aWindowThatClosesBeforeItOpensIsRefusedOnTheClosingDay() {
		ThemeForm form = form("3,000,000", "2026-05-01", "2026-04-30", row("適合性", "100"));
		BindingResult errors = errors(form);
		assertThat(new ThemeEdits(form, errors).input()).isEmpty();
		assertThat(errors.getFieldError("closesAt").getCode()).isEqualTo("userError.WINDOW_REVERSED");
	}

	@Test
	void aGoodEditBecomesTheApisInputWithDaysInCityTimeAndRowsMapped() {
		ThemeForm form = form("3,000,000円", "2026-04-01", "2026-04-30", row("", ""), row("適合性", "70"), row("費用", "30"));
		BindingResult errors = errors(form);
		ThemeEdits edits = new ThemeEdits(form, errors);
		Map<String, Object> input = edits.input().orElseThrow();
		assertThat(input).containsEntry("budgetCap", 3_000_000L)
			.containsEntry("opensAt", "2026-03-31T15:00:00Z")
			.containsEntry("closesAt", "2026-04-30T14:59:00Z")
			.containsEntry("expectedOutcomes", List.of("通院が楽になる", "買い物に行ける"));
		assertThat((List<?>) input.get("criteria")).hasSize(2);
		// The api counts the criteria it got; the editor's rows had a blank one first.
		assertThat(edits.fieldNames()).containsEntry("criteria.0.name", "criteria[1].name")
			.containsEntry("criteria.1.weight", "criteria[2].weight")
			.containsEntry("expectedOutcomes.1", "expectedOutcomes");
	}

	@Test
	void aZeroBudgetCapGoesToTheApiWhichRefusesIt() {
		ThemeForm form = form("0", "", "", row("適合性", "100"));
		Map<String, Object> input = new ThemeEdits(form, errors(form)).input().orElseThrow();
		assertThat(input).containsEntry("budgetCap", 0L).doesNotContainKeys("opensAt", "closesAt");
		ThemeForm typo = form("三百万", "", "", row("適合性", "100"));
		BindingResult errors = errors(typo);
		assertThat(new ThemeEdits(typo, errors).input()).isEmpty();
		assertThat(errors.getFieldError("budgetCap").getCode()).isEqualTo("userError.INVALID");
	}

	@Test
	void storedWeightsAreShownAsSharesOf100() {
		assertThat(Shares.percentages(List.of(3, 2, 2, 2, 1))).containsExactly(30, 20, 20, 20, 10);
		assertThat(Shares.percentages(List.of(1, 1, 1))).containsExactly(34, 33, 33);
		assertThat(Shares.percentages(List.of(3, 2, 2, 1))).containsExactly(38, 25, 25, 12);
		assertThat(Shares.percentages(List.of(3, 2, 2, 2))).containsExactly(34, 22, 22, 22);
		assertThat(Shares.percentages(List.of(3, 2, 2, 2)).stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
		assertThat(Shares.percentages(List.of())).isEmpty();
	}

	private static ThemeForm.CriterionRow row(String name, String weight) {
		return new ThemeForm.CriterionRow(name, weight, name.isEmpty() ? "" : name + "を見る");
	}

	private static ThemeForm form(String budgetCap, String opensAt, String closesAt, ThemeForm.CriterionRow... rows) {
		return new ThemeForm("移動の支え", "坂の上の暮らし", "ELDERLY", List.of("UHJvYmxlbTox"), "通院が楽になる\n\n買い物に行ける\n", budgetCap,
				opensAt, closesAt, List.of(rows));
	}

	private static BindingResult errors(ThemeForm form) {
		return new DataBinder(form, "themeForm").getBindingResult();
	}

	private static ThemeForm bind(Map<String, String> fields) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/themes/x");
		fields.forEach(request::addParameter);
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "themeForm");
		binder.setTargetType(ResolvableType.forClass(ThemeForm.class));
		binder.construct(request);
		return (ThemeForm) binder.getTarget();
	}

}
