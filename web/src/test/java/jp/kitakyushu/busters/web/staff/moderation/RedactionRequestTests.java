package jp.kitakyushu.busters.web.staff.moderation;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.staff.moderation.MarkedOriginal.Finding;
import jp.kitakyushu.busters.web.staff.moderation.RedactionRequest.FieldMistake;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words a moderator names become the spans {@code problemRedact} takes, at every place
 * they occur that is not already masked; what the form cannot mean is a field error.
 */
class RedactionRequestTests {

	private static final String TITLE = "ひまわり荘の前の街灯";

	private static final String BODY = "相沢です。ひまわり荘の前の街灯が、ひまわり荘の住民によると三本消えています。";

	private static final Finding NAME = new Finding("BODY", "PERSON_NAME", 0, 2, "FLAGGED", false);

	private static final Finding BUILDING = new Finding("BODY", "POSTAL_ADDRESS", 5, 10, "MASKED", false);

	@Test
	void wordsAreMaskedWhereverTheyOccurExceptWhereAlreadyMasked() {
		RedactionRequest request = RedactionRequest.of("P1", TITLE, BODY, List.of(NAME, BUILDING),
				new RedactForm(List.of("BODY:0:2"), " ひまわり荘 ", "", "POSTAL_ADDRESS", "save"));
		assertThat(request.errors()).isEmpty();
		assertThat(request.input()).containsEntry("problemId", "P1")
			.containsEntry("unmask", List.of(Map.of("text", "BODY", "start", 0, "end", 2)))
			.containsEntry("mask", List.of(Map.of("text", "TITLE", "start", 0, "end", 5, "kind", "POSTAL_ADDRESS"),
					Map.of("text", "BODY", "start", 17, "end", 22, "kind", "POSTAL_ADDRESS")));
	}

	@Test
	void aMaskTheFormShowsAgainIsNoLongerCoveringAndOnlyTheChosenTextIsSearched() {
		RedactionRequest request = RedactionRequest.of("P1", TITLE, BODY, List.of(NAME, BUILDING),
				new RedactForm(List.of("BODY:5:10"), "ひまわり荘", "BODY", "POSTAL_ADDRESS", "save"));
		assertThat(request.input().get("mask"))
			.isEqualTo(List.of(Map.of("text", "BODY", "start", 5, "end", 10, "kind", "POSTAL_ADDRESS"),
					Map.of("text", "BODY", "start", 17, "end", 22, "kind", "POSTAL_ADDRESS")));
	}

	@Test
	void nothingNamedConfirmsTheFindingsAsTheyAre() {
		RedactionRequest request = RedactionRequest.of("P1", TITLE, BODY, List.of(NAME), RedactForm.blank());
		assertThat(request.errors()).isEmpty();
		assertThat(request.input()).containsEntry("mask", List.of()).containsEntry("unmask", List.of());
	}

	@Test
	void wordsNotInTheTextOrAlreadyMaskedAndUnknownChoicesAreFieldErrors() {
		assertThat(mistakes(new RedactForm(null, "木村", "", "PERSON_NAME", "save")))
			.containsExactly(new FieldMistake("phrase", "NOT_IN_TEXT"));
		assertThat(mistakes(new RedactForm(null, "相沢です", "TITLE", "PERSON_NAME", "save")))
			.containsExactly(new FieldMistake("phrase", "NOT_IN_TEXT"));
		assertThat(mistakes(new RedactForm(null, "相沢", "BODY", "PERSON_NAME", "save")))
			.containsExactly(new FieldMistake("phrase", "ALREADY_MASKED"));
		assertThat(mistakes(new RedactForm(null, "街灯", "", "", "save")))
			.containsExactly(new FieldMistake("kind", "REQUIRED"));
		assertThat(mistakes(new RedactForm(null, "街灯", "", "PET", "save")))
			.containsExactly(new FieldMistake("kind", "INVALID"));
		assertThat(mistakes(new RedactForm(null, "街灯", "FOOTER", "PHONE", "save")))
			.containsExactly(new FieldMistake("where", "INVALID"));
		assertThat(mistakes(new RedactForm(null, "街".repeat(201), "", "PHONE", "save")))
			.containsExactly(new FieldMistake("phrase", "TOO_LONG"));
		assertThat(mistakes(new RedactForm(List.of("BODY:0", "HEAD:1:2", "BODY:0:2"), "", "", "", "save")))
			.containsExactly(new FieldMistake("unmask", "INVALID"), new FieldMistake("unmask", "INVALID"));
	}

	private static List<FieldMistake> mistakes(RedactForm form) {
		return RedactionRequest.of("P1", TITLE, BODY, List.of(NAME, BUILDING), form).errors();
	}

}
