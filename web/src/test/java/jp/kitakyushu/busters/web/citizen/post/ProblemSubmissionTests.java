package jp.kitakyushu.busters.web.citizen.post;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The posting form becomes the api's input after the checks only the page can make.
 */
class ProblemSubmissionTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	ProblemSubmissionTests() {
		this.messages.addMessage("post.landmark.inBody", Locale.JAPANESE, "場所の目印: {0}");
		LocaleContextHolder.setLocale(Locale.JAPANESE);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aCompleteFormBecomesTheInputWithTheLandmarkAddedToTheDescription() {
		LocaleContextHolder.setLocale(Locale.JAPANESE);
		ProblemForm form = new ProblemForm(" バス停に屋根がない ", "雨の日に濡れます", "TRANSPORT", "MOJI", "大里のバス停", "33.93", "130.94",
				"key-1");
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "problemForm");
		Map<String, Object> input = ProblemSubmission.input(form, binding, this.messages).orElseThrow();
		assertThat(binding.hasErrors()).isFalse();
		assertThat(input).containsEntry("title", "バス停に屋根がない")
			.containsEntry("body", "雨の日に濡れます\n\n場所の目印: 大里のバス停")
			.containsEntry("ward", "MOJI")
			.containsEntry("idempotencyKey", "key-1")
			.containsEntry("location", Map.of("lat", 33.93, "lon", 130.94));
		assertThat(ProblemSubmission.previewInput(input)).containsOnlyKeys("title", "body", "category", "location");
	}

	@Test
	void theFormsOwnChecksNameTheirFields() {
		ProblemForm form = new ProblemForm("t", "b", "OTHER", "ATLANTIS", "あ".repeat(201), "north", "", "k");
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "problemForm");
		assertThat(ProblemSubmission.input(form, binding, this.messages)).isEmpty();
		assertThat(binding.getFieldError("ward").getCode()).isEqualTo("userError.INVALID");
		assertThat(binding.getFieldError("landmark").getCode()).isEqualTo("userError.TOO_LONG");
		assertThat(binding.getFieldError("latitude").getCode()).isEqualTo("userError.INVALID");
		assertThat(binding.getFieldError("longitude").getCode()).isEqualTo("userError.REQUIRED");
	}

	@Test
	void anEmptyDescriptionStaysEmptySoTheApiAsksForIt() {
		ProblemForm form = new ProblemForm("t", "", "OTHER", "MOJI", "駅前", "", "", "k");
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "problemForm");
		assertThat(ProblemSubmission.input(form, binding, this.messages).orElseThrow()).containsEntry("body", "")
			.doesNotContainKey("location");
	}

	@Test
	void anEmptyWardIsRequiredAndRecordFormsGetAKey() {
		ProblemForm form = new ProblemForm("t", "b", "OTHER", "", null, null, null, null);
		BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "problemForm");
		ProblemSubmission.input(form, binding, this.messages);
		assertThat(binding.getFieldError("ward").getCode()).isEqualTo("userError.REQUIRED");
		assertThat(form.withKey().idempotencyKey()).isNotBlank();
		assertThat(ProblemForm.blank().idempotencyKey()).isNotEqualTo(ProblemForm.blank().idempotencyKey());
	}

}
