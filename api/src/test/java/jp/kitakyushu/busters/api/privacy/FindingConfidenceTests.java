package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How sure and unsure candidates become one list of findings, and how a reviewed list is
 * applied to a text.
 */
class FindingConfidenceTests {

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	@Test
	void aFindingMadeWithoutAConfidenceIsSure() {
		assertThat(new Finding(PersonalDataKind.PHONE, 0, 3).confidence()).isEqualTo(Confidence.MASKED);
		assertThat(new Finding(PersonalDataKind.PHONE, 0, 3).flagged()).isFalse();
	}

	@Test
	void flaggedFindingsAreHiddenFromThePublicLikeMaskedOnes() {
		String text = "防犯灯の件で、相沢から区役所に電話してもらいました。";
		List<Finding> findings = this.redactor.detect(text);
		assertThat(findings).singleElement().satisfies((finding) -> assertThat(finding.flagged()).isTrue());
		assertThat(this.redactor.redact(text)).isEqualTo("防犯灯の件で、［氏名］から区役所に電話してもらいました。");
	}

	@Test
	void anUnsureCandidateWidensTheSureFindingItTouches() {
		String text = "宮地 隆之";
		List<Finding> resolved = FindingResolver.resolve(text,
				new java.util.ArrayList<>(List.of(new Finding(PersonalDataKind.PERSON_NAME, 0, 2),
						new Finding(PersonalDataKind.PERSON_NAME, 0, 5, Confidence.FLAGGED))));
		assertThat(resolved).containsExactly(new Finding(PersonalDataKind.PERSON_NAME, 0, 5, Confidence.MASKED));
	}

	@Test
	void anUnsureCandidateNeverWeakensASureFindingOfAnotherKind() {
		String text = "連絡先 093-000-1234 浜野";
		List<Finding> resolved = FindingResolver.resolve(text,
				new java.util.ArrayList<>(List.of(new Finding(PersonalDataKind.PHONE, 4, 16),
						new Finding(PersonalDataKind.POSTAL_ADDRESS, 0, 16, Confidence.FLAGGED))));
		assertThat(resolved).containsExactly(new Finding(PersonalDataKind.POSTAL_ADDRESS, 0, 3, Confidence.FLAGGED),
				new Finding(PersonalDataKind.PHONE, 4, 16, Confidence.MASKED));
	}

	@Test
	void aReviewedListOfFindingsIsAppliedExactly() {
		String text = "Call Ken on 090-0000-1234 tonight.";
		List<Finding> reviewed = List.of(new Finding(PersonalDataKind.PHONE, 12, 25),
				new Finding(PersonalDataKind.PERSON_NAME, 5, 8));
		assertThat(this.redactor.redact(text, reviewed)).isEqualTo("Call [name] on [phone] tonight.");
		assertThat(this.redactor.redact(text, List.of())).isSameAs(text);
	}

	@Test
	void aReviewedListThatOverlapsOrLeavesTheTextIsRefused() {
		String text = "Call Ken tonight.";
		assertThatIllegalArgumentException().isThrownBy(() -> this.redactor.redact(text,
				List.of(new Finding(PersonalDataKind.PERSON_NAME, 5, 8), new Finding(PersonalDataKind.PHONE, 6, 10))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.redactor.redact(text, List.of(new Finding(PersonalDataKind.PERSON_NAME, 10, 40))));
	}

}
