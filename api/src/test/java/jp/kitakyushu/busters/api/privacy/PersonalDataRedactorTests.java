package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalDataRedactorTests {

	private final PersonalDataRedactor redactor = PersonalDataRedactor.standard();

	@Test
	void emptyTextHasNothingToRedact() {
		assertThat(this.redactor.detect("")).isEmpty();
		assertThat(this.redactor.redact("")).isEmpty();
		assertThat(this.redactor.containsPersonalData("")).isFalse();
	}

	@Test
	void textWithoutPersonalDataComesBackAsItWas() {
		String text = "43番のバスがいつも10分遅れます。予算は500万円です。";
		assertThat(this.redactor.redact(text)).isSameAs(text);
		assertThat(this.redactor.containsPersonalData(text)).isFalse();
	}

	@Test
	void japaneseTextGetsJapaneseMarkersAndKeepsHonorifics() {
		assertThat(this.redactor.redact("民生委員の渡辺さん（090-0000-6666）が訪問してくれます。"))
			.isEqualTo("民生委員の［氏名］さん（［電話番号］）が訪問してくれます。");
	}

	@Test
	void latinOnlyTextGetsEnglishMarkers() {
		assertThat(this.redactor.redact("Please contact Ms. Ito on 080-0000-2020 or ito@example.jp."))
			.isEqualTo("Please contact Ms. [name] on [phone] or [email].");
	}

	@Test
	void everyKindHasBothMarkers() {
		assertThat(List.of(PersonalDataKind.values())).allSatisfy((kind) -> {
			assertThat(kind.japaneseMarker()).startsWith("［").endsWith("］");
			assertThat(kind.englishMarker()).startsWith("[").endsWith("]");
		});
	}

	@Test
	void oneAddressGetsOneMarkerEvenWithItsPostalCode() {
		assertThat(this.redactor.redact("〒806-0000 福岡県北九州市八幡西区陣原2丁目1番5号 メゾン陣原101 まで")).isEqualTo("［住所］ まで");
	}

	@Test
	void findingsAreSortedAndDoNotOverlap() {
		String text = "氏名：田村 陽子　住所：北九州市八幡西区折尾4丁目7-2　電話：093-000-1010　生年月日：昭和30年7月7日";
		List<Finding> findings = this.redactor.detect(text);
		assertThat(findings).extracting(Finding::kind)
			.containsExactly(PersonalDataKind.PERSON_NAME, PersonalDataKind.POSTAL_ADDRESS, PersonalDataKind.PHONE,
					PersonalDataKind.DATE_OF_BIRTH);
		for (int i = 1; i < findings.size(); i++) {
			assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
		}
	}

	@Test
	void findingsPointIntoTheOriginalTextEvenWhenItIsFullWidth() {
		String text = "電話番号は０９３－０００－４５６７です。";
		Finding phone = this.redactor.detect(text).get(0);
		assertThat(phone.in(text)).isEqualTo("０９３－０００－４５６７");
	}

	@Test
	void namesWithCharactersOutsideTheBasicPlaneAreRedactedWhole() {
		assertThat(this.redactor.redact("𠮷田さんが来ました。")).isEqualTo("［氏名］さんが来ました。");
	}

	@Test
	void givesTheSameAnswersFromManyThreads() {
		List<String> texts = LabelledSentence.load(LabelledSentence.TUNING)
			.stream()
			.map(LabelledSentence::text)
			.toList();
		Map<String, String> sequential = texts.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), this.redactor::redact));
		for (int round = 0; round < 5; round++) {
			Map<String, String> parallel = texts.parallelStream()
				.distinct()
				.collect(Collectors.toConcurrentMap(Function.identity(), this.redactor::redact));
			assertThat(parallel).isEqualTo(sequential);
		}
	}

	@Test
	void findingRejectsEmptyOrBackwardRanges() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(PersonalDataKind.PHONE, 3, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> new Finding(PersonalDataKind.PHONE, -1, 2));
	}

}
