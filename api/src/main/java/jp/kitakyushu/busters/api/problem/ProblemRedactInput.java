package jp.kitakyushu.busters.api.problem;

import java.util.List;

import jp.kitakyushu.busters.api.privacy.PersonalDataKind;
import org.jspecify.annotations.Nullable;

/**
 * Staff's decision on a problem's personal data: spans to mask besides the detector's,
 * masked or flagged spans to show after all; every other finding is confirmed as it is.
 *
 * @param problemId the problem's global id
 * @param mask spans to mask, with what they are
 * @param unmask spans to show, each exactly a masked or flagged one
 */
record ProblemRedactInput(String problemId, @Nullable List<MaskInput> mask, @Nullable List<SpanInput> unmask) {

	List<MaskInput> masks() {
		return (this.mask != null) ? this.mask : List.of();
	}

	List<SpanInput> unmasks() {
		return (this.unmask != null) ? this.unmask : List.of();
	}

	/**
	 * A span to mask.
	 *
	 * @param text the title or the body
	 * @param start offset of its first char
	 * @param end offset just past its last char
	 * @param kind what it is, which decides its marker
	 */
	record MaskInput(ProblemText text, int start, int end, PersonalDataKind kind) {
	}

	/**
	 * A masked or flagged span to show.
	 *
	 * @param text the title or the body
	 * @param start offset of its first char
	 * @param end offset just past its last char
	 */
	record SpanInput(ProblemText text, int start, int end) {
	}

}
