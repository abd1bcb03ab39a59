package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * What the standard redactor finds in a text, as substrings, for compact assertions.
 */
final class Detected {

	private Detected() {
	}

	/** The substrings found of one kind, in order. */
	static List<String> of(PersonalDataKind kind, String text) {
		return PersonalDataRedactor.standard()
			.detect(text)
			.stream()
			.filter((finding) -> finding.kind() == kind)
			.map((finding) -> finding.in(text))
			.toList();
	}

	/**
	 * The substrings found of one kind with their confidence, as
	 * {@code substring:MASKED}.
	 */
	static List<String> withConfidence(PersonalDataKind kind, String text) {
		return PersonalDataRedactor.standard()
			.detect(text)
			.stream()
			.filter((finding) -> finding.kind() == kind)
			.map((finding) -> finding.in(text) + ":" + finding.confidence())
			.toList();
	}

	/** Every finding as {@code KIND=substring}, in order. */
	static List<String> all(String text) {
		return PersonalDataRedactor.standard()
			.detect(text)
			.stream()
			.map((finding) -> finding.kind() + "=" + finding.in(text))
			.toList();
	}

}
