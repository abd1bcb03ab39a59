package jp.kitakyushu.busters.web.staff.moderation;

import jp.kitakyushu.busters.web.staff.moderation.PublicText.Run;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public text is cut at each span the api masked, and the findings count each kind.
 */
class PublicTextTests {

	@Test
	void maskedSpansAreMarkedAndCountedByKind() {
		PublicText text = PublicText.of("［氏名］さんの家の前", "［氏名］さんから電話（［電話番号］）。［氏名］さんの話では、夜は暗い。");
		assertThat(text.title()).containsExactly(new Run("［氏名］", true), new Run("さんの家の前", false));
		assertThat(text.body()).filteredOn(Run::masked).extracting(Run::text).containsExactly("［氏名］", "［電話番号］", "［氏名］");
		assertThat(text.findings()).containsEntry("［氏名］", 3L).containsEntry("［電話番号］", 1L);
		assertThat(text.summary()).isEqualTo("［氏名］×3、［電話番号］×1");
	}

	@Test
	void englishTextHasItsOwnMarkers() {
		PublicText text = PublicText.of("Ask [name]", "Call [phone] about the [broken] bench.");
		assertThat(text.findings()).containsOnlyKeys("[name]", "[phone]");
	}

	@Test
	void textWithoutMasksIsOneRunAndBracketsInProseAreNotFindings() {
		PublicText text = PublicText.of("公園が暗い", "［ お知らせ ］ではなく、夜の公園が暗いです。");
		assertThat(text.title()).containsExactly(new Run("公園が暗い", false));
		assertThat(text.findings()).isEmpty();
		assertThat(text.summary()).isEmpty();
	}

}
