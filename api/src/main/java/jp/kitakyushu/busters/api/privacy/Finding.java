package jp.kitakyushu.busters.api.privacy;

/**
 * One piece of personal data found in a text, as a half-open range of {@code char}
 * offsets into that text, with how sure the detector is.
 *
 * @param kind what was found
 * @param start offset of the first char
 * @param end offset just past the last char
 * @param confidence whether it is certain ({@link Confidence#MASKED}) or only possible
 * ({@link Confidence#FLAGGED})
 */
public record Finding(PersonalDataKind kind, int start, int end, Confidence confidence) {

	public Finding {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Bad range [" + start + ", " + end + ")");
		}
	}

	/**
	 * A finding the detector is sure of.
	 * @param kind what was found
	 * @param start offset of the first char
	 * @param end offset just past the last char
	 */
	public Finding(PersonalDataKind kind, int start, int end) {
		this(kind, start, end, Confidence.MASKED);
	}

	/**
	 * The length of the range in chars.
	 * @return {@code end - start}
	 */
	public int length() {
		return this.end - this.start;
	}

	/**
	 * Whether this range shares at least one char with the given range.
	 * @param otherStart start of the other range
	 * @param otherEnd end of the other range
	 * @return true if the ranges overlap
	 */
	public boolean overlaps(int otherStart, int otherEnd) {
		return this.start < otherEnd && otherStart < this.end;
	}

	/**
	 * The same finding over another range, for rules that widen what another rule found.
	 * @param newStart offset of the new first char
	 * @param newEnd offset just past the new last char
	 * @return a finding of the same kind and confidence over that range
	 */
	public Finding over(int newStart, int newEnd) {
		return new Finding(this.kind, newStart, newEnd, this.confidence);
	}

	/**
	 * The found text itself.
	 * @param text the text this finding was made in
	 * @return the substring this finding covers
	 */
	public String in(String text) {
		return text.substring(this.start, this.end);
	}

	/**
	 * Whether the detector was unsure.
	 * @return true for {@link Confidence#FLAGGED}
	 */
	public boolean flagged() {
		return this.confidence == Confidence.FLAGGED;
	}

}
