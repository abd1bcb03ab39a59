package jp.kitakyushu.busters.api.problem;

import jp.kitakyushu.busters.api.privacy.Confidence;
import jp.kitakyushu.busters.api.privacy.Finding;
import jp.kitakyushu.busters.api.privacy.PersonalDataKind;

/**
 * A span of a problem's title or body that the public reads masked, as the detector found
 * it or as staff marked it: its kind, offsets and confidence, never the value itself.
 *
 * @param text the title or the body
 * @param kind what the span is
 * @param start offset of its first char (UTF-16 code units, as JavaScript counts)
 * @param end offset just past its last char
 * @param confidence how sure the detector was; a span staff masked counts as masked
 * @param reviewed whether staff have looked at it since it was found
 */
public record TextFinding(ProblemText text, PersonalDataKind kind, int start, int end, Confidence confidence,
		boolean reviewed) {

	static TextFinding detected(ProblemText text, Finding finding) {
		return new TextFinding(text, finding.kind(), finding.start(), finding.end(), finding.confidence(), false);
	}

	/** Whether it still waits for staff: flagged and not yet reviewed. */
	boolean awaitsReview() {
		return this.confidence == Confidence.FLAGGED && !this.reviewed;
	}

	boolean overlaps(TextFinding other) {
		return this.text == other.text && this.start < other.end && other.start < this.end;
	}

	boolean sameSpan(ProblemText otherText, int otherStart, int otherEnd) {
		return this.text == otherText && this.start == otherStart && this.end == otherEnd;
	}

	TextFinding asReviewed() {
		return new TextFinding(this.text, this.kind, this.start, this.end, this.confidence, true);
	}

	Finding asFinding() {
		return new Finding(this.kind, this.start, this.end, this.confidence);
	}

}
